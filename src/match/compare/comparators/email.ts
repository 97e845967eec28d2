// Emails on their match key (lower-cased, gmail dots and +tags removed by normalization): same key,
// same or nearly same mailbox name at another domain (work vs personal), different.
// Mailbox names are mostly built from the person's name ("sandrabrown87", "anneliese.johnson"), so two
// namesakes' mailboxes look alike at different domains; when both contain their record's family name
// (the cross field), a near-same mailbox repeats what the name comparisons already said and counts
// as no evidence, instead of a second, seemingly independent 10-bit agreement.

import { NO_EVIDENCE, type ComparatorDef } from '../definition.js';
import { jaroWinkler } from '../jaro-winkler.js';

export interface EmailValue {
  value: string;
  local: string;
  /** The mailbox name contains the record's family name. */
  nameDerived: boolean;
}

/** Letters only, accents removed: "Gómez-Ortega" and "gomez.ortega" compare as "gomezortega". */
function letters(s: string): string {
  // Plain ASCII, the common case, needs no decomposition: its letters are A–Z and a–z.
  if (!NON_ASCII.test(s)) return s.replace(NOT_ASCII_LETTER, '');
  return s.normalize('NFD').replace(NOT_LETTER_OR_MARK, '');
}

const NON_ASCII = /[^\u0000-\u007f]/;
const NOT_ASCII_LETTER = /[^A-Za-z]+/g;
const NOT_LETTER_OR_MARK = /[^\p{L}]|\p{M}/gu;

/** Family names shorter than this ("ng", "li") appear inside unrelated mailbox names. */
const MIN_FAMILY_LETTERS = 3;

export const email: ComparatorDef<EmailValue> = {
  id: 'email',
  description: 'Emails: same match key, same or nearly same local part (unless both are built from the family name), different',
  levels: ['exact', 'local part fuzzy', 'different'],
  roles: ['email'],
  reads: ['email'],
  keySuffix: 'match',
  exactLevel: 0,
  identicalIsExact: true,
  prepare(value, cross) {
    const at = value.lastIndexOf('@');
    const local = at < 0 ? value : value.slice(0, at);
    const family = cross === undefined ? '' : letters(cross);
    return { value, local, nameDerived: family.length >= MIN_FAMILY_LETTERS && letters(local).includes(family) };
  },
  compare(a, b) {
    if (a.value === b.value) return 0;
    // Short mailbox names (jo@, info@) collide between people; demand some length before trusting them.
    if (a.local.length >= 4 && b.local.length >= 4 && jaroWinkler(a.local, b.local) >= 0.92) return a.nameDerived || b.nameDerived ? NO_EVIDENCE : 1;
    return 2;
  },
};
