import { describe, expect, it } from 'vitest';
import { match, CONFLICT_CODES } from '../../src/match/index.js';
import { clusterEdges, conflictBetween, identityViews, representatives } from '../../src/match/cluster/index.js';
import { makeRecords, PERSON_FIELDS } from './records.js';
import { population } from './population.js';

const home = { street_number: '12', street: 'acacia ave', city: 'springfield', postcode: '10007', phone: '+14155550100' };

/** The planted groups, each with the indices (into `planted`) that must or must not share a cluster. */
const planted: Record<string, string>[] = [
  // 0-1: one person twice (nickname, email case, typo in street) — must merge.
  { ...home, first_name: 'william', last_name: 'okafor', dob: '1961-04-02', email: 'w.okafor@mail.com' },
  { ...home, first_name: 'bill', last_name: 'okafor', dob: '1961-04-02', email: 'w.okafor@mail.com', street: 'acacia avenue' },
  // 2-3: household — same surname, address and phone; other first name and dob.
  { ...home, first_name: 'margaret', last_name: 'okafor', dob: '1963-09-30' },
  { ...home, first_name: 'kevin', last_name: 'okafor', dob: '1990-01-15' },
  // 4-5: twins — same dob, surname, address and phone; other first names.
  { ...home, first_name: 'hannah', last_name: 'okafor', dob: '1994-06-06' },
  { ...home, first_name: 'sophie', last_name: 'okafor', dob: '1994-06-06' },
  // 6-7: Jr / Sr — same name and address, dob decades apart, suffixes.
  { ...home, first_name: 'william', last_name: 'okafor', suffix: 'Jr', dob: '1985-11-20' },
  { ...home, first_name: 'william', last_name: 'okafor', suffix: 'Sr', dob: '1958-11-20' },
  // 8: Jr / Sr without suffix: same name and address, dob 27 years from record 0.
  { ...home, first_name: 'william', last_name: 'okafor', dob: '1988-04-02' },
];

describe('anti-chaining guard on a household', () => {
  const background = population(600, 11);
  const records = makeRecords([...background, ...planted]);
  const base = background.length;
  const result = match(records, PERSON_FIELDS);
  const cluster = (k: number) => result.clusterOf[base + k];

  it('merges the same person written twice', () => {
    expect(cluster(1)).toBe(cluster(0));
    expect(cluster(0)).toBe(base);
  });

  it.each([
    ['household members', 2, 3],
    ['household member and the person', 2, 0],
    ['twins', 4, 5],
    ['Jr and Sr', 6, 7],
    ['Sr-like record and Jr', 0, 6],
    ['father and son without suffix', 0, 8],
  ])('keeps %s apart (%i, %i)', (_label, x, y) => {
    expect(cluster(x)).not.toBe(cluster(y));
  });

  it('leaves the background unmerged (distinct people)', () => {
    const merged = new Set<number>();
    for (let i = 0; i < base; i++) if (result.clusterOf[i] !== i) merged.add(i);
    expect(merged.size).toBeLessThanOrEqual(2);
  });
});

describe('conflictBetween', () => {
  const views = (rows: Record<string, string>[]) => identityViews(makeRecords(rows), PERSON_FIELDS);
  it.each([
    ['twins', { first_name: 'hannah', last_name: 'okafor', dob: '1994-06-06' }, { first_name: 'sophie', last_name: 'okafor', dob: '1994-06-06' }, CONFLICT_CODES.firstName],
    ['Jr/Sr suffix', { first_name: 'al', last_name: 'okafor', suffix: 'jr.' }, { first_name: 'al', last_name: 'okafor', suffix: 'Sr' }, CONFLICT_CODES.suffix],
    ['dob decades apart', { first_name: 'al', dob: '1950-01-01' }, { first_name: 'al', dob: '1980-05-05' }, CONFLICT_CODES.dob],
    ['ids and names differ', { first_name: 'al', national_id: '123456789' }, { first_name: 'zoe', national_id: '987654321' }, CONFLICT_CODES.nationalId],
    ['nickname', { first_name: 'robert', last_name: 'ng' }, { first_name: 'bob', last_name: 'ng' }, undefined],
    ['initial', { first_name: 'r', last_name: 'ng' }, { first_name: 'robert', last_name: 'ng' }, undefined],
    ['typo in name', { first_name: 'amy', last_name: 'ng' }, { first_name: 'any', last_name: 'ng' }, undefined],
    ['swapped names', { first_name: 'joel', last_name: 'ryan' }, { first_name: 'ryan', last_name: 'joel' }, undefined],
    ['dob typo', { first_name: 'al', dob: '1950-01-01' }, { first_name: 'al', dob: '1980-01-01' }, undefined],
    ['dob day/month swap', { first_name: 'al', dob: '1950-03-04' }, { first_name: 'al', dob: '1950-04-03' }, undefined],
    ['dob 1 year apart', { first_name: 'al', dob: '1950-03-04' }, { first_name: 'al', dob: '1951-06-20' }, undefined],
    ['same id overrides a replaced first name', { first_name: 'luke', last_name: 'ng', national_id: '8099933' }, { first_name: 'mia', last_name: 'ng', national_id: '8099933' }, undefined],
    ['id typo alone', { first_name: 'al', national_id: '123456789' }, { first_name: 'al', national_id: '123456780' }, undefined],
    ['missing values never conflict', { first_name: 'al' }, { last_name: 'ng', dob: '1950-01-01' }, undefined],
    ['middle initial in the given-name box', { first_name: 'peggy a', last_name: 'ng' }, { first_name: 'margaret', last_name: 'ng' }, undefined],
    ['middle initial with a dot', { first_name: 'joseph e.', last_name: 'ng' }, { first_name: 'joey', last_name: 'ng' }, undefined],
    ['typo in a formal name', { first_name: 'jffrey', last_name: 'ng' }, { first_name: 'jeff', last_name: 'ng' }, undefined],
    ['typo in a nickname', { first_name: 'cnidy', last_name: 'ng' }, { first_name: 'cynthia', last_name: 'ng' }, undefined],
    ['short nickname with swapped letters', { first_name: 'jeo', last_name: 'ng' }, { first_name: 'joseph', last_name: 'ng' }, undefined],
    ['spanish hypocorism', { first_name: 'pepe', last_name: 'ng' }, { first_name: 'josé'.normalize('NFD').replace(/\p{M}/gu, ''), last_name: 'ng' }, undefined],
    ['a double given name is not an initial', { first_name: 'mary ann', last_name: 'ng' }, { first_name: 'margaret', last_name: 'ng' }, CONFLICT_CODES.firstName],
    ['a nickname read through a typo keeps its first letter', { first_name: 'bimmy', last_name: 'ng' }, { first_name: 'james', last_name: 'ng' }, CONFLICT_CODES.firstName],
  ])('%s', (_label, a, b, code) => {
    const [va, vb] = views([a, b]);
    expect(conflictBetween(va!, vb!)).toBe(code);
    expect(conflictBetween(vb!, va!)).toBe(code);
  });
});

describe('twins with consecutive ids', () => {
  it.each([
    ['consecutive ids stay apart', '2583901', '2583902', 'match.conflict.first_name'],
    ['same id overrides', '2583901', '2583901', undefined],
    ['a transposition far from the next number overrides', '6243938', '6249338', undefined],
  ])('%s', (_label, idA, idB, code) => {
    const [a, b] = identityViews(
      makeRecords([
        { first_name: 'kate', last_name: 'rawlings', dob: '1933-09-25', national_id: idA },
        { first_name: 'connor', last_name: 'rawlings', dob: '1933-09-25', national_id: idB },
      ]),
      PERSON_FIELDS,
    );
    expect(conflictBetween(a!, b!)).toBe(code);
  });
});

describe('cluster representatives', () => {
  const views = (rows: Record<string, string>[]) => identityViews(makeRecords(rows), PERSON_FIELDS);
  const blake = { first_name: 'blakeston', last_name: 'nikolec', national_id: '7244613' };
  it.each([
    // One record with a replaced first name does not speak for its cluster.
    [[blake, blake, blake, { ...blake, first_name: 'jack' }], [0, 1, 2]],
    // Missing values never disqualify.
    [[blake, blake, { last_name: 'nikolec' }], [0, 1, 2]],
    // Two records: both speak.
    [[blake, { ...blake, first_name: 'jack' }], [0, 1]],
    // Nobody agrees with every majority: everybody speaks.
    [[{ first_name: 'al', dob: '1950-01-01' }, { first_name: 'al', dob: '1970-01-01' }, { first_name: 'bo', dob: '1960-01-01' }, { first_name: 'cy', dob: '1960-01-01' }], [0, 1, 2, 3]],
  ])('%#', (rows, expected) => {
    expect(representatives(views(rows), rows.map((_, i) => i))).toEqual(expected);
  });

  // Edges strongest first: Jack (name replaced, same id) joins the Blakestons, then a Blakeston with a
  // replaced id arrives. Jack and it conflict (other id and other name), the cluster's majority does not.
  const rows = [blake, blake, blake, { ...blake, first_name: 'jack' }, { ...blake, national_id: '8778791' }];
  const edge = (a: number, b: number, weight: number) => ({ a, b, weight });
  it('one corrupted member does not veto its cluster', () => {
    const { root } = clusterEdges(5, [edge(0, 1, 40), edge(1, 2, 40), edge(2, 3, 30), edge(0, 4, 20)], views(rows), [], new Set());
    expect(Array.from(root)).toEqual([0, 0, 0, 0, 0]);
  });

  it('a record without a first name cannot chain twins', () => {
    const twins = [
      { first_name: 'hannah', last_name: 'okafor', dob: '1994-06-06' },
      { first_name: 'hannah', last_name: 'okafor', dob: '1994-06-06' },
      { last_name: 'okafor', dob: '1994-06-06' },
      { first_name: 'sophie', last_name: 'okafor', dob: '1994-06-06' },
    ];
    const { root, refused } = clusterEdges(4, [edge(0, 1, 40), edge(1, 2, 30), edge(2, 3, 30)], views(twins), [], new Set());
    expect(Array.from(root)).toEqual([0, 0, 0, 3]);
    expect(refused.map((r) => r.reason)).toEqual([CONFLICT_CODES.firstName]);
  });
});
