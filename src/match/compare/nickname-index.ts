// Lookup over the nickname groups: name → the groups it belongs to, built once at module load.

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
