// Plugins named in the config register rules and survivorship strategies exactly like built-ins.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdm, readCsv, SAMPLE, tempDir } from './run-cdm.js';

describe('a plugin from the config (fixtures/plugins/vip-rules.mjs)', () => {
  const out = tempDir();
  beforeAll(() => {
    expect(cdm(['clean', ...SAMPLE, 'fixtures/consent/unsubscribes.csv', '-c', 'fixtures/configs/with-plugin.yaml', '--out', out, '-q']).code).toBe(0);
  });

  it('adds a rule whose findings reach diagnostics.csv', () => {
    const findings = readCsv(join(out, 'diagnostics.csv')).filter((d) => d.code === 'acme.freemail');
    expect(findings.length).toBeGreaterThan(0);
    for (const d of findings) expect(d.value).toMatch(/@(gmail|yahoo|hotmail|outlook)\./i);
  });

  it('adds a survivorship strategy the merge uses', () => {
    const members = readFileSync(join(out, 'members.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { golden_id: string; values: Record<string, string> });
    const consents = new Map<string, string[]>();
    for (const m of members) if (m.golden_id && m.values.consent) consents.set(m.golden_id, [...(consents.get(m.golden_id) ?? []), m.values.consent]);
    let differing = 0;
    for (const g of readCsv(join(out, 'golden.csv'))) {
      const values = consents.get(g.golden_id!) ?? [];
      if (new Set(values).size < 2) continue;
      differing++;
      // Any opt-out would win by default (most_restrictive); the plugin's strategy picks 'true'.
      expect(g.consent).toBe([...values].sort().at(-1));
    }
    expect(differing).toBe(5);
  });

  it('refuses a plugin named like a package, with exit 2', () => {
    const dir = tempDir();
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, 'version: 1\nplugins: [lodash]\n');
    const run = cdm(['validate', 'fixtures/clean/contacts.csv', '-c', config, '--out', join(dir, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/plugins\.not_a_path/);
  });
});
