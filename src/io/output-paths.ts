// Where a command may write: never over, into or around a path the run reads or replaces (an
// input, the config, a master's own files).

import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';

/** A path the run reads or replaces; `what` names it for a person ("the input", "the master"). */
export interface GuardedPath {
  path: string;
  what: string;
}

/** The absolute path with the symlinks of its existing part resolved, so that two spellings of one
 * file (`./a.csv`, a link to it) compare equal. */
async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  const missing: string[] = [];
  for (let head = absolute; ; head = dirname(head)) {
    try {
      return join(await realpath(head), ...missing.reverse());
    } catch {
      if (dirname(head) === head) return absolute;
      missing.push(basename(head));
    }
  }
}

function isWithin(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Refuses (`output.overlaps_input`, exit 2) an output that is, holds or lies inside a guarded path:
 * writing it would replace an input, the config or a master's own files.
 */
export async function refuseOverlap(flag: string, target: string, guarded: readonly GuardedPath[]): Promise<void> {
  const out = await canonicalPath(target);
  for (const { path, what } of guarded) {
    if (path === '-') continue;
    const read = await canonicalPath(path);
    const relation = read === out ? 'is' : isWithin(read, out) ? 'holds' : isWithin(out, read) ? 'is inside' : undefined;
    if (relation === undefined) continue;
    throw new UsageError(
      'output.overlaps_input',
      `${flag} ${target} ${relation} ${what} ${path}; cdm never writes over what a run reads or replaces — choose another ${flag}`,
    );
  }
}
