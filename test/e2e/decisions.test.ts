// The review loop: a reviewer fills review.csv's `decision` column and the next run applies it.
import { readFileSync, writeFileSync } from 'node:fs';
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
    const text = readFileSync(join(work, 'first/review.csv'), 'utf8').trimEnd().split('\n');
    review = readCsv(join(work, 'first/review.csv'));
    expect(review.length).toBeGreaterThanOrEqual(5);
    // Decisions in a reviewer's own words; row 4's source written as ./path; row 5 names no row.
    const words = ['no-match', 'Match', 'maybe', 'no', 'match'];
    const lines = text.slice(1).map((line, i) => {
      if (i >= words.length) return line;
      let filled = `${line.replace(/,$/, '')},${words[i]}`;
      if (i === 3) filled = `./${filled}`;
      if (i === 4) filled = filled.replace(/^([^,]*),(\d+),/, '$1,99999,');
      return filled;
    });
    writeFileSync(join(work, 'decisions.csv'), `${[text[0], ...lines].join('\n')}\n`);
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
