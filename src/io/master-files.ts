// Reads the state an earlier `cdm clean` left in its output directory, for incremental runs
// (`--master DIR`) and the commands that work on a master (explain, export, subject, audit).

import { access, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { recoverOutputSet } from './atomic-write.js';

/** The master's member records, one JSON object a line (written by `cdm clean`, read by `--master`). */
export const MEMBERS_FILE = 'members.ndjson';

export interface MasterFiles {
  /** members.ndjson's path: read it with `readLines`, as at a million rows it is longer than a string can be. */
  membersPath: string;
  mergedIds: string;
  model?: string;
}

/** Reads a whole small text file; a missing or unreadable one is an InputError naming it. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError('input.unreadable', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, path);
  }
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

export async function readMaster(dir: string): Promise<MasterFiles> {
  // A run killed mid-swap leaves the previous or the next complete set beside DIR: finish it first.
  await recoverOutputSet(dir);
  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new InputError('master.not_found', `master directory ${dir} does not exist; run \`cdm clean … --out ${dir}\` first`, dir);
  const membersPath = join(dir, MEMBERS_FILE);
  const readable = await access(membersPath).then(() => true, () => false);
  if (!readable) {
    throw new InputError('master.incomplete', `${dir} is not a cdm master: members.ndjson is missing (it is written by \`cdm clean --out\`)`, dir);
  }
  const mergedIds = (await readOptional(join(dir, 'merged-ids.csv'))) ?? 'from,into\n';
  const model = await readOptional(join(dir, 'model.json'));
  return { membersPath, mergedIds, ...(model !== undefined ? { model } : {}) };
}
