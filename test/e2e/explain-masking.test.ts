// `cdm explain` shows personal values masked, in JSON exactly as in text, unless --show-pii; and one
// row ref explains that row's golden record.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdm, readCsv, SAMPLE, tempDir } from './run-cdm.js';

const PII_FIELDS = new Set(['first_name', 'last_name', 'email', 'phone', 'phone_2', 'street']);

describe('cdm explain --json masks personal data', () => {
  const out = tempDir();
  let goldenId: string;
  let refs: [string, string];

  beforeAll(() => {
    expect(cdm(['clean', ...SAMPLE, '--out', out, '-q']).code).toBe(0);
    const byGolden = new Map<string, Record<string, string>[]>();
    for (const r of readCsv(join(out, 'crosswalk.csv'))) if (r.golden_id) byGolden.set(r.golden_id, [...(byGolden.get(r.golden_id) ?? []), r]);
    const [id, members] = [...byGolden.entries()].find(([, m]) => m.length >= 2)!;
    goldenId = id;
    refs = [`${members[0]!.source}:${members[0]!.row}`, `${members[1]!.source}:${members[1]!.row}`];
  });

  it('a golden record: no raw value of a personal field, the same masked values as the text', () => {
    const raw = JSON.parse(cdm(['explain', goldenId, '--master', out, '--json', '--show-pii']).stdout);
    const run = cdm(['explain', goldenId, '--master', out, '--json']);
    expect(run.code).toBe(0);
    const masked = JSON.parse(run.stdout);
    const personal = raw.values.filter((v: { field: string }) => PII_FIELDS.has(v.field));
    expect(personal.length).toBeGreaterThan(2);
    for (const v of personal) expect(run.stdout).not.toContain(v.value);
    const text = cdm(['explain', goldenId, '--master', out]).stdout;
    for (const v of masked.values) expect(text).toContain(`${v.field.padEnd(14)} ${v.value}`);
    for (const link of raw.links) for (const c of link.explanation.comparisons) {
      if (!PII_FIELDS.has(c.field)) continue;
      for (const value of [c.valueA, c.valueB]) if (value) expect(run.stdout).not.toContain(`"${value}"`);
    }
  });

  it('a pair: valueA and valueB masked as in the waterfall', () => {
    const raw = JSON.parse(cdm(['explain', ...refs, '--master', out, '--json', '--show-pii']).stdout);
    const run = cdm(['explain', ...refs, '--master', out, '--json']);
    expect(run.code).toBe(0);
    const masked = JSON.parse(run.stdout);
    const text = cdm(['explain', ...refs, '--master', out]).stdout;
    let checked = 0;
    raw.explanation.comparisons.forEach((c: { field: string; valueA?: string; valueB?: string }, i: number) => {
      const m = masked.explanation.comparisons[i];
      if (PII_FIELDS.has(c.field) && c.valueA) {
        expect(m.valueA).not.toBe(c.valueA);
        checked++;
      }
      expect(text).toContain(`${m.valueA ?? '—'} | ${m.valueB ?? '—'}`);
    });
    expect(checked).toBeGreaterThan(1);
  });
});
