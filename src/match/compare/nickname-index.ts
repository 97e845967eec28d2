// Lookup over the nickname groups: name → the groups it belongs to, built once at module load.

import { isAdjacentTransposition, isOneTypo } from './edit-distance.js';
import { NICKNAME_GROUPS } from './nicknames.js';

const groupsOf = new Map<string, number[]>();
NICKNAME_GROUPS.forEach((group, g) => {
  for (const name of group.split(' ')) {
    const list = groupsOf.get(name);
    if (list) list.push(g);
    else groupsOf.set(name, [g]);
  }
});

const NONE: readonly number[] = [];
const NAMES = [...groupsOf.keys()];
const typoGroupCache = new Map<string, readonly number[]>();

/** Group ids of a lower-cased given name (empty when it is in no group). */
export function nicknameGroups(name: string): readonly number[] {
  return groupsOf.get(name) ?? NONE;
}

export function shareGroup(a: readonly number[], b: readonly number[]): boolean {
  for (const x of a) for (const y of b) if (x === y) return true;
  return false;
}

export function areNicknames(a: string, b: string): boolean {
  return shareGroup(nicknameGroups(a), nicknameGroups(b));
}

/** Groups of a name, or, for a name in no group, of the table names one typo away ("jffrey" →
 * Jeffrey's, "cnidy" → Cindy's), so a typo'd nickname is still a nickname. Names under four letters
 * only match a swap of their last two letters ("jeo" → joe): any other edit of a short name makes
 * another real name. Cached per name: the scan over the table runs once per distinct spelling. */
export function givenNameGroups(name: string): readonly number[] {
  const exact = groupsOf.get(name);
  if (exact) return exact;
  if (name.length < 3) return NONE;
  let cached = typoGroupCache.get(name);
  if (cached) return cached;
  const found = new Set<number>();
  for (const known of NAMES) {
    if (known.charCodeAt(0) !== name.charCodeAt(0)) continue;
    const typo = name.length >= 4 && known.length >= 4 ? isOneTypo(name, known) : isAdjacentTransposition(name, known);
    if (typo) for (const g of groupsOf.get(known)!) found.add(g);
  }
  cached = found.size === 0 ? NONE : [...found].sort((a, b) => a - b);
  typoGroupCache.set(name, cached);
  return cached;
}
