// Where a command may write: never over, into or around a path the run reads or replaces (an
// input, the config, a master), and only where a file or directory can be created. Both checks run
// before any work starts, so that a long run never ends in an error about its output.

import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import { assertReplaceable } from './atomic-write.js';

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

/** The nearest ancestor of `path` (itself included) that exists, with what it is. */
async function nearestExisting(path: string): Promise<{ path: string; isDirectory: boolean }> {
  for (let head = resolve(path); ; head = dirname(head)) {
    try {
      return { path: head, isDirectory: (await stat(head)).isDirectory() };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // ENOTDIR: a file stands where a directory of the path should be; the walk up finds it.
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(head) === head) throw err;
    }
  }
}

/**
 * Refuses (exit 2) an output that cannot be written: `file` is written through a temporary file
 * beside it, `set` is a directory written as a whole through a sibling temporary directory, so in
 * both cases the parent directory must be (or be creatable in) a writable directory.
 */
export async function refuseUnwritable(flag: string, target: string, kind: 'file' | 'set'): Promise<void> {
  const self = await nearestExisting(target);
  if (self.path === resolve(target)) {
    if (kind === 'file' && self.isDirectory) {
      throw new UsageError('output.is_directory', `${flag} ${target} is a directory; name the file to write (a new path, or a file cdm may replace)`);
    }
    if (kind === 'set') await assertReplaceable(self.path, flag);
  }
  const parent = self.path === resolve(target) ? await nearestExisting(dirname(self.path)) : self;
  if (!parent.isDirectory) {
    throw new UsageError('output.not_writable', `${flag} ${target} cannot be written: ${parent.path} is a file, not a directory; choose another ${flag}`);
  }
  try {
    await access(parent.path, constants.W_OK | constants.X_OK);
  } catch (err) {
    const readOnly = (err as NodeJS.ErrnoException).code === 'EROFS';
    throw new UsageError(
      'output.not_writable',
      `${flag} ${target} cannot be written: ${readOnly ? `${parent.path} is on a read-only file system` : `no permission to write in ${parent.path}`}; choose another ${flag} or make that directory writable`,
    );
  }
}
