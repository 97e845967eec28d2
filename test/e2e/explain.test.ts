// `cdm explain` on a master: the per-field waterfall of two rows and a golden record's provenance.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdm, readCsv, SAMPLE, tempDir } from './run-cdm.js';

describe('cdm explain', () => {
  const out = tempDir();
  let pair: { a: Record<string, string>; b: Record<string, string> };
  let goldenId: string;

  beforeAll(() => {
    expect(cdm(['clean', ...SAMPLE, '--out', out, '-q']).code).toBe(0);
    const crosswalk = readCsv(join(out, 'crosswalk.csv'));
    const byGolden = new Map<string, Record<string, string>[]>();
    for (const r of crosswalk) if (r.golden_id) byGolden.set(r.golden_id, [...(byGolden.get(r.golden_id) ?? []), r]);
    const [id, members] = [...byGolden.entries()].find(([, m]) => m.length >= 2)!;
    goldenId = id;
    pair = { a: members[0]!, b: members[1]! };
  });

  it('prints each comparison level and weight of two rows, summing to the total', () => {
    const run = cdm(['explain', `${pair.a.source}:${pair.a.row}`, `${pair.b.source}:${pair.b.row}`, '--master', out, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.a.golden_id).toBe(goldenId);
    expect(json.b.golden_id).toBe(goldenId);
    const e = json.explanation;
    const sum = e.priorWeight + e.comparisons.reduce((s: number, c: { weight: number }) => s + c.weight, 0);
    expect(sum).toBeCloseTo(e.totalWeight, 6);
    expect(e.probability).toBeGreaterThan(0.5);
  });

  it('gives a review pair the probability and weight the run gave it (term frequencies included)', () => {
    const review = readCsv(join(out, 'review.csv')).slice(0, 5);
    expect(review.length).toBeGreaterThan(0);
    for (const r of review) {
      const run = cdm(['explain', `${r.a_source}:${r.a_row}`, `${r.b_source}:${r.b_row}`, '--master', out, '--json']);
      expect(run.code).toBe(0);
      const e = JSON.parse(run.stdout).explanation;
      expect(e.probability).toBeCloseTo(Number(r.match_probability), 5);
      expect(e.totalWeight).toBeCloseTo(Number(r.match_weight), 5);
    }
  });

  it('masks values in the human waterfall unless --show-pii', () => {
    const run = cdm(['explain', `${pair.a.source}:${pair.a.row}`, `${pair.b.source}:${pair.b.row}`, '--master', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/match probability/);
    expect(run.stdout).toMatch(/\*\*\*/);
  });

  it('lists a golden record\'s members and the source row of each golden value', () => {
    const run = cdm(['explain', goldenId, '--master', out, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const members = new Set(json.members.map((m: { source: string; row: number }) => `${m.source}:${m.row}`));
    expect(members.has(`${pair.a.source}:${pair.a.row}`)).toBe(true);
    expect(json.values.length).toBeGreaterThan(3);
    for (const v of json.values) expect(members.has(`${v.source}:${v.row}`)).toBe(true);
    expect(json.links.length).toBe(json.members.length - 1);
  });

  it('names a missing row or id with exit 2', () => {
    expect(cdm(['explain', 'nope.csv:1', 'nope.csv:2', '--master', out]).code).toBe(2);
    expect(cdm(['explain', 'G-000000000000', '--master', out]).code).toBe(2);
  });
});
