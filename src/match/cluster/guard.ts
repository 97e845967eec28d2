// The anti-chaining guard: two records that carry conflicting strong identity evidence are
// different people however many weak links connect them — households (same surname and address,
// other first name), twins (same dob too), Jr/Sr (same name and address, dob decades apart), and
// different national ids. Only a reviewer's decision overrides it.

import type { CustomerRecord, FieldDef } from '../../core/record.js';
import type { Role } from '../../core/roles.js';
import { RecordColumns, type Column } from '../record-columns.js';
import { isOneTypo, levenshtein } from '../compare/edit-distance.js';
import { jaroWinkler } from '../compare/jaro-winkler.js';
import { prepareGivenName, type GivenNameValue } from '../compare/comparators/first-name.js';
import { isDateTypo, isDayMonthSwap, prepareDate, type DateValue } from '../compare/comparators/date.js';
import { shareGroup } from '../compare/nickname-index.js';
import { soundsAlike } from '../compare/comparators/phonetic.js';

export const CONFLICT_CODES = {
  nationalId: 'match.conflict.national_id',
  dob: 'match.conflict.dob',
  suffix: 'match.conflict.suffix',
  firstName: 'match.conflict.first_name',
  decision: 'match.decision.no_match',
} as const;

/** Generational suffixes: Jr and Sr (or II and III) are father and son, not typos of each other. */
const GENERATION: Record<string, string> = { jr: 'jr', junior: 'jr', sr: 'sr', senior: 'sr', i: 'i', ii: 'ii', iii: 'iii', iv: 'iv', '2nd': 'ii', '3rd': 'iii' };

/** The identity evidence of one record, prepared once. */
export interface IdentityView {
  nationalId?: string;
  dob?: DateValue;
  generation?: string;
  first?: GivenNameValue;
  last?: string;
}

export function identityViews(records: readonly CustomerRecord[], fields: readonly FieldDef[], columns = new RecordColumns(records)): IdentityView[] {
  const byRole = (role: Role) => fields.find((f) => f.role === role)?.name;
  const column = (role: Role): Column | undefined => {
    const name = byRole(role);
    return name === undefined ? undefined : columns.column(name);
  };
  const nid = column('national_id');
  const dob = column('dob');
  const suffix = column('suffix');
  const first = column('first_name');
  const last = column('last_name');
  // Given names repeat: each distinct one is prepared once.
  const givenNames = new Map<string, GivenNameValue>();
  return records.map((_, i) => {
    const view: IdentityView = {};
    const n = nid?.[i];
    if (n) view.nationalId = n.replace(/\W/g, '');
    const d = dob?.[i];
    if (d && /^\d{4}-\d{2}-\d{2}/.test(d)) view.dob = prepareDate(d.slice(0, 10));
    const s = suffix?.[i];
    if (s) view.generation = GENERATION[s.replace(/\./g, '')];
    const f = first?.[i];
    if (f) {
      let given = givenNames.get(f);
      if (given === undefined) givenNames.set(f, (given = prepareGivenName(f, undefined)));
      view.first = given;
    }
    const l = last?.[i];
    if (l) view.last = l;
    return view;
  });
}

function dayNumber(d: DateValue): number {
  return Date.UTC(Number(d.year), Number(d.month) - 1, Number(d.day)) / 86_400_000;
}

const TWO_YEARS_DAYS = 2 * 365.25;

/** True when two given names cannot be one person's: not equal, not nicknames, not an initial, not a typo. */
export function givenNamesConflict(a: GivenNameValue, b: GivenNameValue): boolean {
  if (a.value === b.value) return false;
  if (a.value[0] === b.value[0] && (a.value.length === 1 || b.value.length === 1)) return false;
  if (shareGroup(a.groups, b.groups)) return false;
  if (jaroWinkler(a.value, b.value) >= 0.8 || soundsAlike(a, b) || isOneTypo(a.value, b.value)) return false;
  return true;
}

/** The conflict code that keeps two records apart, or undefined when they may be one person.
 * A different national id on its own is treated as an entry error (same name, same dob, same
 * address, other id is one person with a mistyped or swapped id), but it turns any other
 * disagreement on identity into a refusal; the same id overrides one replaced dob or first name. */
export function conflictBetween(a: IdentityView, b: IdentityView): string | undefined {
  if (a.generation && b.generation && a.generation !== b.generation) return CONFLICT_CODES.suffix;
  const bothIds = a.nationalId !== undefined && b.nationalId !== undefined;
  const sameId = bothIds && a.nationalId === b.nationalId;
  const nearId = sameId || (bothIds && idsWithinEntryError(a.nationalId!, b.nationalId!));
  const idsDiffer = bothIds && !nearId;
  const namesConflict = a.first !== undefined && b.first !== undefined && givenNamesConflict(a.first, b.first) && !namesSwapped(a, b);
  const datesConflict = a.dob !== undefined && b.dob !== undefined && datesFarApart(a.dob, b.dob);
  if (idsDiffer && (namesConflict || datesConflict)) return CONFLICT_CODES.nationalId;
  if (datesConflict && !nearId) return CONFLICT_CODES.dob;
  // Same family name with an unrelated given name is another member of the household (or a twin).
  // Twins' ids are often issued consecutively, so only the same id, or one mistyped far from the
  // other numerically (a typo, not the next number), overrides.
  const idOverride = sameId || (nearId && !numericallyClose(a.nationalId!, b.nationalId!));
  if (namesConflict && !idOverride && a.last && b.last && jaroWinkler(a.last, b.last) >= 0.92) return CONFLICT_CODES.firstName;
  return undefined;
}

/** Two slips (two digits wrong, or a digit swap plus one wrong) still read as one id when it is
 * long enough: two random 7+ digit ids are that close about once in ten thousand pairs. */
function idsWithinEntryError(a: string, b: string): boolean {
  if (isOneTypo(a, b)) return true;
  return Math.min(a.length, b.length) >= 7 && levenshtein(a, b) <= 2;
}

const CONSECUTIVE_ID_DISTANCE = 100;

function numericallyClose(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return true;
  return Math.abs(x - y) <= CONSECUTIVE_ID_DISTANCE;
}

/** "Joel Ryan" and "Ryan Joel" are one name typed into the wrong boxes, not two people. */
function namesSwapped(a: IdentityView, b: IdentityView): boolean {
  const close = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && jaroWinkler(x, y) >= 0.92;
  return close(a.first?.value, b.last) || close(a.last, b.first?.value);
}

function datesFarApart(a: DateValue, b: DateValue): boolean {
  if (a.digits === b.digits || isDayMonthSwap(a, b) || isDateTypo(a, b)) return false;
  return Math.abs(dayNumber(a) - dayNumber(b)) > TWO_YEARS_DAYS;
}

const ATTRIBUTES: readonly ((v: IdentityView) => string | undefined)[] = [
  (v) => v.nationalId,
  (v) => v.dob?.digits,
  (v) => v.generation,
  (v) => v.first?.value,
  (v) => v.last,
];

/** The members that speak for a cluster: those whose every identity value is (one of) the cluster's
 * most frequent for that attribute, or missing. A record with one corrupted field (a replaced first
 * name, a mistyped id) stays in its cluster when the rest of it agrees, but it does not veto what
 * the majority of its cluster says; when no member is fully representative, all of them speak. */
export function representatives(views: readonly IdentityView[], members: readonly number[]): readonly number[] {
  if (members.length <= 2) return members;
  const top = ATTRIBUTES.map((read) => {
    const counts = new Map<string, number>();
    let best = 0;
    for (const x of members) {
      const v = read(views[x]!);
      if (v === undefined) continue;
      const c = (counts.get(v) ?? 0) + 1;
      counts.set(v, c);
      if (c > best) best = c;
    }
    return { counts, best };
  });
  const out = members.filter((x) =>
    ATTRIBUTES.every((read, k) => {
      const v = read(views[x]!);
      return v === undefined || top[k]!.counts.get(v) === top[k]!.best;
    }),
  );
  return out.length > 0 ? out : members;
}
