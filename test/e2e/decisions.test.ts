// The review loop: a reviewer fills review.csv's `decision` column and the next run applies it.
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdm, readCsv, SAMPLE, tempDir } from './run-cdm.js';

const ref = (source: string, row: string) => `${source}:${row}`;

describe('cdm clean --decisions review.csv', () => {
  const work = tempDir('cdm-decisions-');
  let review: Record<string, string>[];
  let after: { review: Record<string, string>[]; golden: Map<string, string>; diagnostics: Record<string, string>[] };

  beforeAll(() => {
    expect(cdm(['clean', ...SAMPLE, '--out', join(work, 'first'), '-q']).code).toBe(0);
    review = readCsv(join(work, 'first/review.csv'));
    expect(review.length).toBeGreaterThanOrEqual(5);
    expect(review.every((r) => r.a_key !== '' && r.b_key !== '')).toBe(true);
    // Decisions in a reviewer's own words; row 4's source written as ./path, row 5 names no row, and
    // neither has its keys (a reviewer's sheet without them).
    const words = ['no-match', 'Match', 'maybe', 'no', 'match'];
    const filled = review.map((r, i) => {
      if (i >= words.length) return r;
      const row = { ...r, decision: words[i]! };
      if (i === 3) Object.assign(row, { a_source: `./${r.a_source}`, a_key: '', b_key: '' });
      if (i === 4) Object.assign(row, { a_row: '99999', a_key: '', b_key: '' });
      return row;
    });
    writeFileSync(join(work, 'decisions.csv'), stringify(filled, { header: true, columns: Object.keys(review[0]!) }));
    expect(cdm(['clean', ...SAMPLE, '--decisions', join(work, 'decisions.csv'), '--out', join(work, 'second'), '-q']).code).toBe(0);
    after = {
      review: readCsv(join(work, 'second/review.csv')),
      golden: new Map(readCsv(join(work, 'second/crosswalk.csv')).map((r) => [ref(r.source!, r.row!), r.golden_id!])),
      diagnostics: readCsv(join(work, 'second/diagnostics.csv')).filter((d) => d.code!.startsWith('decisions.')),
    };
  });

  const pairOf = (r: Record<string, string>) => [ref(r.a_source!, r.a_row!), ref(r.b_source!, r.b_row!)] as const;
  const inReview = (r: Record<string, string>) => after.review.some((p) => pairOf(p).join() === pairOf(r).join());

  it('keeps a no-match pair apart and does not ask about it again', () => {
    for (const r of [review[0]!, review[3]!]) {
      const [a, b] = pairOf(r);
      expect(after.golden.get(a)).not.toBe(after.golden.get(b));
      expect(inReview(r)).toBe(false);
    }
  });

  it('merges a match pair', () => {
    const [a, b] = pairOf(review[1]!);
    expect(after.golden.get(a)).toBe(after.golden.get(b));
  });

  it('reports what it applied, and each decision it could not read or place', () => {
    expect(after.diagnostics.map((d) => [d.code, d.row])).toEqual([
      ['decisions.unrecognized', '3'],
      ['decisions.unresolved', '5'],
      ['decisions.applied', '0'],
    ]);
    expect(after.diagnostics[0]!.value).toBe('maybe');
    expect(after.diagnostics[2]!.message).toContain('3 decision(s) applied: 1 match, 2 no-match');
    expect(inReview(review[2]!)).toBe(true);
  });
});

describe('cdm clean --decisions that contradict each other', () => {
  it('cancels two answers for one pair, refuses a row paired with itself, and says when a no-match is overruled through a third row', () => {
    const work = tempDir('cdm-decisions-conflict-');
    const [crm] = SAMPLE;
    const d = (a: number, b: number, decision: string) => ({ a_source: crm!, a_row: String(a), b_source: crm!, b_row: String(b), decision });
    const rows = [d(1, 2, 'match'), d(2, 1, 'no-match'), d(1, 2, 'match'), d(3, 3, 'match'), d(4, 5, 'match'), d(5, 6, 'match'), d(4, 6, 'no-match')];
    writeFileSync(join(work, 'decisions.csv'), stringify(rows, { header: true }));
    expect(cdm(['clean', ...SAMPLE, '--decisions', join(work, 'decisions.csv'), '--out', join(work, 'out'), '-q']).code).toBe(0);
    const found = readCsv(join(work, 'out/diagnostics.csv')).filter((x) => x.code!.startsWith('decisions.'));
    const codes = (code: string) => found.filter((x) => x.code === code);
    expect(codes('decisions.conflict').map((x) => [x.row, x.message])).toEqual([
      ['2', 'The pair is also decided match on row 1; neither is applied. Keep one decision per pair.'],
    ]);
    expect(codes('decisions.unresolved').map((x) => x.message)).toEqual(['The decision pairs a row with itself; it is not applied.']);
    expect(codes('decisions.applied')[0]?.message).toMatch(/^3 decision\(s\) applied: 2 match, 1 no-match/);
    expect(codes('decisions.overruled')[0]?.message).toContain(`${crm}:4 and ${crm}:6 are decided no-match`);
    const golden = new Map(readCsv(join(work, 'out/crosswalk.csv')).map((r) => [ref(r.source!, r.row!), r.golden_id!]));
    // The cancelled pair follows the model alone; the matches through row 5 stand.
    expect(golden.get(ref(crm!, '4'))).toBe(golden.get(ref(crm!, '6')));
  });
});

describe('cdm clean --master --decisions after the file was exported again in another order', () => {
  it("applies a decision to the rows its keys name, and refuses a source:row that names two nights' rows", () => {
    const work = tempDir('cdm-decisions-incremental-');
    const crm = 'crm-contacts.csv';
    const [header, ...rows] = readFileSync(SAMPLE[0]!, 'utf8').trimEnd().split('\n');
    writeFileSync(join(work, crm), `${[header, ...rows].join('\n')}\n`);
    const run = (args: string[]) => cdm(args, { cwd: work });
    expect(run(['clean', crm, '--out', 'm', '-q']).code).toBe(0);
    // The least certain pair of two CRM contacts (ids in their keys): the reviewer says match.
    const pair = readCsv(join(work, 'm/review.csv'))
      .filter((r) => r.a_key!.startsWith(`${crm}#`) && r.b_key!.startsWith(`${crm}#`))
      .sort((x, y) => Number(x.match_probability) - Number(y.match_probability))[0]!;
    const goldenOf = () => new Map(readFileSync(join(work, 'm/members.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((m) => [m.key, m.golden_id]));
    expect(goldenOf().get(pair.a_key)).not.toBe(goldenOf().get(pair.b_key));
    // Tonight's export lists the contacts in reverse and no longer holds the first one: every row
    // number names someone else now, and row 1 names the missing contact and tonight's first row.
    writeFileSync(join(work, crm), `${[header, ...rows.slice(1).reverse()].join('\n')}\n`);
    const blank = Object.fromEntries(Object.keys(pair).map((k) => [k, '']));
    const byRow = { ...blank, a_source: crm, a_row: '1', b_source: crm, b_row: '2', decision: 'match' };
    // A key that names nobody now (the contact left the export) is not replaced by its row number.
    const goneKey = { ...pair, a_key: `${crm}#no-such-contact`, decision: 'match' };
    writeFileSync(join(work, 'decisions.csv'), stringify([{ ...pair, decision: 'match' }, byRow, goneKey], { header: true, columns: Object.keys(pair) }));
    expect(run(['clean', crm, '--master', 'm', '--decisions', 'decisions.csv', '-q']).code).toBe(0);
    expect(goldenOf().get(pair.a_key)).toBe(goldenOf().get(pair.b_key));
    const findings = readCsv(join(work, 'm/diagnostics.csv')).filter((d) => d.code!.startsWith('decisions.'));
    expect(findings.map((d) => [d.code, d.row])).toEqual([
      ['decisions.unresolved', '2'],
      ['decisions.unresolved', '3'],
      ['decisions.applied', '0'],
    ]);
    expect(findings[0]!.message).toContain('more than one run');
    expect(findings[1]!.message).toContain(`${crm}#no-such-contact is no row of this run`);
    expect(findings[2]!.message).toContain('1 decision(s) applied');
  });
});
