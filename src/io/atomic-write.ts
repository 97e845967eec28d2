// Writes outputs so that a crash never leaves half a file or half a set: a file goes to a temp file
// in the same directory, is fsynced and renamed over the target; a set of files is written into a
// fresh sibling directory and swapped in.
//
// The set swap has one tiny window, between "rename old away" and "rename new in", where DIR does not
// exist. A run killed there leaves DIR.cdm-old (the previous complete set) and DIR.cdm-new (the new
// complete set: it is renamed in only after every file was written and fsynced). recoverOutputSet()
// — called at the start of every writeOutputSet — finishes such a swap, and removes a DIR.cdm-new
// left half-written by a run killed before its swap.

import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';

/** Present in every directory writeOutputSet made; only such a directory is ever replaced. */
export const OUTPUT_MARKER = '.cdm-output';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** A file's contents: one string or buffer, or chunks written in order (outputs of a million rows
 * pass V8's ~512 MB string limit, and chunks never need one buffer of the whole file). The chunks
 * may be produced lazily while the file is written, so the whole file is never in memory. */
export type OutputData = string | Buffer | Iterable<Buffer>;

async function writeAndSync(path: string, data: OutputData): Promise<void> {
  await syncAndClose(await writeData(path, data));
}

/** Writes the data to a new file and hands back the open handle, not yet synced. Chunks are built
 * while the previous one is being written: rendering (CPU) overlaps the copy to the kernel, which
 * libuv's thread does on the other core; one chunk is in flight at a time, so memory stays bounded. */
async function writeData(path: string, data: OutputData): Promise<FileHandle> {
  const handle = await open(path, 'w');
  try {
    if (typeof data === 'string' || Buffer.isBuffer(data)) {
      await handle.writeFile(data);
    } else {
      let inFlight: Promise<void> | undefined;
      try {
        for (const chunk of data) {
          if (inFlight !== undefined) await inFlight;
          inFlight = handle.writeFile(chunk);
        }
      } finally {
        // A chunk that failed to render still lets the write in flight settle before the close.
        if (inFlight !== undefined) await inFlight;
      }
    }
    return handle;
  } catch (err) {
    await handle.close();
    throw err;
  }
}

async function syncAndClose(handle: FileHandle): Promise<void> {
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable; some filesystems do not allow opening a directory, which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}

export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  const dir = dirname(resolve(path));
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeAndSync(temp, data);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => {});
    throw asOutputError(err, path);
  }
  await syncDirectory(dir);
}

function siblings(dir: string): { target: string; fresh: string; old: string } {
  const target = resolve(dir);
  return { target, fresh: `${target}.cdm-new`, old: `${target}.cdm-old` };
}

/** Completes or rolls back a swap that a killed run left behind (see the note at the top). */
export async function recoverOutputSet(dir: string): Promise<void> {
  const { target, fresh, old } = siblings(dir);
  const hasTarget = await exists(target);
  const hasOld = await exists(old);
  const hasFresh = await exists(fresh);
  if (!hasTarget && hasOld) {
    // Killed between the two renames: the new set is complete if present, else put the old one back.
    await rename(hasFresh ? fresh : old, target);
  }
  await rm(old, { recursive: true, force: true });
  await rm(fresh, { recursive: true, force: true });
}

/** Refuses to swap away a file, or a directory that cdm did not write (think `--out .` or `--out ~/Documents`). */
export async function assertReplaceable(target: string, flag = '--out'): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new UsageError('output.not_directory', `Output ${target} exists and is not a directory; choose another ${flag}.`);
  }
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw new UsageError('output.not_cdm_dir', `Output directory ${target} holds files that cdm did not write; choose an empty or new directory for ${flag}.`);
  }
}

/** Errors of the file system's refusal (permissions, a read-only disk, a file where a directory
 * should be) are the user's to fix, not cdm bugs: they become `output.not_writable` (exit 2). */
const REFUSALS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR', 'EEXIST']);

function asOutputError(err: unknown, output: string): unknown {
  const { code, path, syscall } = err as NodeJS.ErrnoException;
  // A directory that cannot be made although its parent exists (a pseudo file system such as /proc).
  if (code === 'ENOENT' && syscall === 'mkdir') {
    return new UsageError('output.not_writable', `Output ${output} cannot be written: ${path ?? output} cannot be created here; choose another output path.`);
  }
  if (code === undefined || !REFUSALS.has(code)) return err;
  const where = path ?? output;
  const reason =
    code === 'EROFS' ? `${where} is on a read-only file system`
    : code === 'EACCES' || code === 'EPERM' ? `no permission to create ${where} (make ${dirname(where)} writable)`
    : code === 'EISDIR' ? `${output} is a directory`
    : code === 'EEXIST' ? `${where} exists and is in the way`
    : `a file stands where a directory of ${where} should be`;
  return new UsageError('output.not_writable', `Output ${output} cannot be written: ${reason}; choose another output path.`);
}

/**
 * Replaces the whole set of files in `dir` (files not in `files` disappear). File names must be plain
 * names; they are written in the given order, the marker file last.
 */
export async function writeOutputSet(dir: string, files: readonly { name: string; data: OutputData }[]): Promise<void> {
  try {
    await writeSet(dir, files);
  } catch (err) {
    throw asOutputError(err, dir);
  }
}

async function writeSet(dir: string, files: readonly { name: string; data: OutputData }[]): Promise<void> {
  const { target, fresh, old } = siblings(dir);
  for (const { name } of files) {
    if (name === '' || name !== basename(name) || name === '.' || name === '..' || name === OUTPUT_MARKER) {
      throw new Error(`writeOutputSet: invalid output file name ${JSON.stringify(name)}`);
    }
  }
  await mkdir(dirname(target), { recursive: true });
  await recoverOutputSet(target);
  await assertReplaceable(target);
  await mkdir(fresh);
  // Each file's fsync runs while the next one is rendered; all are done before the swap.
  const syncs: Promise<void>[] = [];
  let written = false;
  try {
    for (const { name, data } of files) {
      const synced = syncAndClose(await writeData(join(fresh, name), data));
      synced.catch(() => {}); // handled below, after the loop: never an unhandled rejection meanwhile
      syncs.push(synced);
    }
    written = true;
  } finally {
    // Every handle is closed before leaving; a write's own error wins over a sync's.
    const failed = (await Promise.allSettled(syncs)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (written && failed !== undefined) throw failed.reason;
  }
  await writeAndSync(join(fresh, OUTPUT_MARKER), 'Written by cdm; this directory is replaced as a whole on the next run.\n');
  await syncDirectory(fresh);
  const hadTarget = await exists(target);
  if (hadTarget) await rename(target, old);
  await rename(fresh, target);
  await syncDirectory(dirname(target));
  if (hadTarget) await rm(old, { recursive: true, force: true });
}
