// readMaster: a master directory's files for an incremental run, and its fields in the master's order.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMaster } from '../../src/io/index.js';

function master(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdm-master-files-'));
  writeFileSync(join(dir, 'members.ndjson'), '');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const report = (fields: [string, string][]) => JSON.stringify({ fields: fields.map(([name, role]) => ({ name, role, rows: 1 })) });

describe('readMaster fields', () => {
  it.each<[string, Record<string, string>, (string | boolean)[][] | undefined]>([
    [
      'golden.csv order, the report’s other fields where the report has them',
      { 'golden.csv': 'golden_id,first_name,email,dob,title,source_count,source_ids\nG-1,a,b,c,d,1,x\n', 'report.json': report([['crm_id', 'id'], ['email', 'email'], ['first_name', 'first_name'], ['secret', 'text']]) },
      [['crm_id', 'id'], ['first_name', 'first_name'], ['email', 'email'], ['secret', 'text'], ['dob', 'dob'], ['title', 'title']],
    ],
    ['roles from names when there is no report', { 'golden.csv': 'golden_id,phone_2,source_count\n' }, [['phone_2', 'phone']]],
    ['the report alone when golden is not CSV', { 'golden.json': '[]', 'report.json': report([['email', 'email']]) }, [['email', 'email']]],
    ['fields.json first, with retain: false', { 'fields.json': '[{"name":"crm_id","role":"id"},{"name":"dob","role":"dob","retain":false}]', 'golden.csv': 'golden_id,email\n' }, [['crm_id', 'id'], ['dob', 'dob', false]]],
    ['a cut-off golden.csv header is no header', { 'golden.csv': 'golden_id,"email', 'report.json': report([['email', 'email']]) }, [['email', 'email']]],
    ['nothing to read', {}, undefined],
  ])('%s', async (_name, files, expected) => {
    const read = await readMaster(master(files));
    expect(read.fields?.map((f) => (f.retain === false ? [f.name, f.role, false] : [f.name, f.role]))).toEqual(expected);
  });
});
