import { describe, expect, it } from 'vitest';
import { comparators, jaro, jaroWinkler } from '../../src/match/compare/index.js';
import { NICKNAME_GROUPS } from '../../src/match/compare/nicknames.js';

describe('jaro-winkler pins (Winkler 1990)', () => {
  it.each([
    ['martha', 'marhta', 0.9611],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.8133],
    ['abc', 'abc', 1],
    ['abc', 'xyz', 0],
    ['', 'abc', 0],
  ])('%s / %s = %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 4);
    expect(jaroWinkler(b, a)).toBeCloseTo(expected, 4);
  });
  it('jaro without the prefix bonus', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 4);
  });
});

function level(id: string, a: string, b: string, cross?: [string, string]): string {
  const c = comparators.get(id)!;
  const i = c.compare(c.prepare(a, cross?.[0]), c.prepare(b, cross?.[1]), { options: {} });
  const j = c.compare(c.prepare(b, cross?.[1]), c.prepare(a, cross?.[0]), { options: {} });
  expect(j).toBe(i); // comparators are symmetric
  return c.levels[i]!;
}

describe('comparator levels', () => {
  it.each([
    ['exact', 'nsw', 'nsw', 'exact'],
    ['exact', 'nsw', 'vic', 'different'],
    ['jaro-winkler', 'main street', 'main street', 'exact'],
    ['jaro-winkler', 'main street', 'main stret', 'jw>=0.92'],
    ['jaro-winkler', 'martha', 'marhta', 'jw>=0.92'],
    ['jaro-winkler', 'dwayne', 'duane', 'jw>=0.80'],
    ['jaro-winkler', 'oak avenue', 'king road', 'different'],
    ['levenshtein', '2040', '2040', 'exact'],
    ['levenshtein', '2040', '2004', '1 edit'],
    ['levenshtein', '2040', '2041', '1 edit'],
    ['levenshtein', '2040', '2914', 'different'],
    ['levenshtein', '12345', '12399', '2 edits'],
    ['phonetic', 'smith', 'smith', 'exact'],
    ['phonetic', 'smith', 'smyth', 'sounds alike'],
    ['phonetic', 'smith', 'jones', 'different'],
    ['numeric', '100', '100', 'exact'],
    ['numeric', '1000', '1005', 'within 1%'],
    ['numeric', '100', '95', 'within 10%'],
    ['numeric', '100', 'abc', 'different'],
    ['date', '1980-03-04', '1980-03-04', 'exact'],
    ['date', '1980-03-04', '1980-04-03', 'day-month swap'],
    ['date', '1980-03-04', '1980-03-05', 'one-digit typo'],
    ['date', '1980-03-04', '1908-03-04', 'one-digit typo'],
    ['date', '1980-03-04', '1980-11-21', 'same year'],
    ['date', '1980-03-04', '1955-07-19', 'different'],
    ['email', 'john.smith@gmail.com', 'john.smith@gmail.com', 'exact'],
    ['email', 'john.smith@gmail.com', 'john.smith@acme.com', 'local part fuzzy'],
    ['email', 'jo@gmail.com', 'jo@acme.com', 'different'],
    ['email', 'john.smith@gmail.com', 'mary.jones@gmail.com', 'different'],
    ['national-id', '123456789', '123456789', 'exact'],
    ['national-id', '123456789', '123456780', 'one typo'],
    ['national-id', '123456789', '123457689', 'one typo'],
    ['national-id', '123456789', '987654321', 'different'],
    ['phone', '+14155550123', '+14155550123', 'exact'],
    ['phone', '+14155550123', '+16505550123', 'last 7 digits'],
    ['phone', '+14155550123', '+14155550999', 'different'],
    ['company', 'acme, inc.', 'ACME Incorporated'.toLowerCase(), 'exact'],
    ['company', 'acme widgets ltd', 'acme widgets international', 'tokens>=0.5'],
    ['company', 'acme widgets', 'globex', 'different'],
    ['first-name', 'william', 'william', 'exact'],
    ['first-name', 'william', 'bill', 'nickname'],
    ['first-name', 'margaret', 'peggy', 'nickname'],
    ['first-name', 'elizabeth', 'liz', 'nickname'],
    ['first-name', 'katherine', 'katherina', 'jw>=0.92'],
    ['first-name', 'j', 'john', 'initial'],
    ['first-name', 'j.', 'john', 'initial'],
    ['first-name', 'kristy', 'christy', 'jw>=0.80|phonetic'],
    ['first-name', 'john', 'mary', 'different'],
    ['first-name', 'peggy a', 'margaret', 'nickname'],
    ['first-name', 'joseph r.', 'joseph', 'exact'],
    ['first-name', 'jffrey', 'jeff', 'nickname'],
    ['first-name', 'thwmas', 'tommy', 'nickname'],
    ['last-name', 'smith', 'smith', 'exact'],
    ['last-name', 'mcdonald', 'macdonald', 'jw>=0.92'],
    ['last-name', 'garcia', 'garcia-lopez', 'shared part'],
    ['last-name', 'smith', 'smyth', 'jw>=0.80|phonetic'],
    ['last-name', 'smith', 'jones', 'different'],
  ])('%s: %s vs %s → %s', (id, a, b, expected) => {
    expect(level(id, a, b)).toBe(expected);
  });

  it.each([
    ['first-name', 'ryan', 'joel', ['joel', 'ryan']],
    ['last-name', 'joel', 'ryan', ['ryan', 'joel']],
  ] as const)('%s detects first/last swapped (%s vs %s)', (id, a, b, cross) => {
    expect(level(id, a, b, [cross[0], cross[1]])).toBe('swapped');
  });
});

describe('email mailboxes built from the family name', () => {
  const email = comparators.get('email')!;
  const compare = (a: string, b: string, familyA?: string, familyB?: string) => {
    const i = email.compare(email.prepare(a, familyA), email.prepare(b, familyB), { options: {} });
    expect(email.compare(email.prepare(b, familyB), email.prepare(a, familyA), { options: {} })).toBe(i);
    return i < 0 ? 'no evidence' : email.levels[i];
  };
  it.each([
    // Namesakes' mailboxes look alike: no evidence beyond the names themselves.
    ['sandrabrown87@optusnet.com.au', 'sandrabrown@verizon.net', 'brown', 'brown', 'no evidence'],
    ['anneliese.johnson@me.com', 'anneliese.johnson@aol.com', 'johnson', 'johnson', 'no evidence'],
    ['amandagomezortega@att.net', 'amanda.gomezortega@gmail.com', 'gómez ortega', 'gomez-ortega', 'no evidence'],
    // One side's family name typo'd (or another family name): the near-same mailbox is still built
    // from a name, so it still says nothing the names did not (namesakes at 100k+ rows).
    ['thomas.evelyn@icloud.com', 'thomas.evelyn@aol.com', 'thomas', 'thomsa', 'no evidence'],
    ['timothy.miller60@gmail.com', 'timothy.miller@hotmail.com', 'mliler', 'mliler', 'local part fuzzy'],
    // The same mailbox is still the strongest evidence there is.
    ['sandrabrown87@gmail.com', 'sandrabrown87@gmail.com', 'brown', 'brown', 'exact'],
    // A mailbox that is not the name keeps its near-match level; so does a record without a family name.
    ['cooldude77@gmail.com', 'cooldude78@yahoo.com', 'brown', 'brown', 'local part fuzzy'],
    ['sandrabrown87@gmail.com', 'sandrabrown@yahoo.com', undefined, undefined, 'local part fuzzy'],
    // Two-letter family names occur inside unrelated mailbox names.
    ['rngarcia@gmail.com', 'rngarcia1@yahoo.com', 'ng', 'ng', 'local part fuzzy'],
    ['george_james@gmail.com', 'gjames@summitmedia.com', 'james', 'james', 'different'],
  ])('%s vs %s (%s / %s) → %s', (a, b, familyA, familyB, expected) => {
    expect(compare(a, b, familyA, familyB)).toBe(expected);
  });
});

describe('nickname table', () => {
  it('has at least 150 groups of lower-case names', () => {
    expect(NICKNAME_GROUPS.length).toBeGreaterThanOrEqual(150);
    for (const g of NICKNAME_GROUPS) expect(g).toMatch(/^[\p{Ll}-]+( [\p{Ll}-]+)+$/u);
  });
});

describe('identicalIsExact: a comparator that says so gives exactLevel for two equal values', () => {
  const samples = ['', 'a', 'smith', "o'brien", 'josé', '1990-02-30', 'x@y.com', '+14155550123', 'acme inc', '123', 'n/a'];
  const flagged = comparators.ids().map((id) => comparators.get(id)!).filter((c) => c.identicalIsExact === true);
  it('most built-in comparators say so', () => expect(flagged.length).toBeGreaterThanOrEqual(10));
  it.each(flagged.map((c) => [c.id, c] as const))('%s', (_, comparator) => {
    for (const value of samples) {
      for (const cross of [undefined, 'smith']) {
        const prepared = comparator.prepare(value, cross);
        expect([value, comparator.compare(prepared, comparator.prepare(value, cross), { options: {} })]).toEqual([value, comparator.exactLevel]);
      }
    }
  });
});
