import { it } from 'vitest';
import type { CustomerRecord, FieldDef } from '../../src/core/record.js';
import { createSurvivorshipRegistry, goldenIdFor, mergeClusters } from '../../src/merge/index.js';
it('bench', () => {
  const roles = ['id','first_name','last_name','email','phone','phone','street','city','state','postcode','country','dob','consent','timestamp'] as const;
  const fields: FieldDef[] = roles.map((role, i) => ({ name: i === 5 ? 'phone_2' : role, role }));
  const n = 1_000_000;
  const records: CustomerRecord[] = [];
  for (let i = 0; i < n; i++) {
    const values: Record<string, string> = { id: 'C' + i, first_name: 'Ann', last_name: 'Lee' + (i % 1000), email: `a${i}@x.com`, phone: '+1555' + i, street: '1 Main St', city: 'Reno', state: 'NV', postcode: '89501', country: 'US', dob: '1980-01-01', consent: 'true', timestamp: '2021-01-01T00:00:00Z' };
    records.push({ index: i, source: 'a.csv', row: i + 1, raw: values, values, keys: {}, codes: [], quarantine: [] });
  }
  const clusterOf = new Int32Array(n).map((_, i) => Math.floor(i / 1.3));
  let t = performance.now();
  let g = mergeClusters(records, clusterOf, fields, { registry: createSurvivorshipRegistry(), idOf: (m) => 'G' + m[0]!.index });
  console.log('golden (cheap id)', g.length, 'ms', Math.round(performance.now() - t));
  t = performance.now();
  for (let i = 0; i < 770000; i++) goldenIdFor(['a.csv:' + i]);
  console.log('ids ms', Math.round(performance.now() - t));
}, 120000);
