// Expands the input arguments: globs through tinyglobby, literal paths checked to exist, '-' kept.

import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../core/errors.js';

/**
 * Arguments keep their order (it is the sources' order, which source_priority may use); each glob's
 * matches are sorted; a path named twice is kept once, at its first place.
 */
export async function expandInputs(patterns: string[]): Promise<string[]> {
  const out: string[] = [];
  // By the file, not the spelling: `a.csv ./a.csv`, or a link to it, read twice would make every
  // customer in it a duplicate of themselves. The first spelling names the source.
  const seen = new Set<string>();
  const keep = async (path: string): Promise<void> => {
    const file = path === '-' ? path : await realpath(path).catch(() => resolve(path));
    if (seen.has(file)) return;
    seen.add(file);
    out.push(path);
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      await keep(pattern);
      continue;
    }
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) {
        throw new InputError('input.not_found', `No file matches ${pattern}; check the pattern (quote it so the shell does not expand it).`, pattern);
      }
      for (const match of matches.sort()) await keep(match);
      continue;
    }
    try {
      await stat(pattern);
    } catch {
      throw new InputError('input.not_found', `Input ${pattern} does not exist; check the path.`, pattern);
    }
    await keep(pattern);
  }
  return out;
}
