// Which `sources` entry of a config applies to an input. An entry's `path` is a path or glob; it
// matches the input path as given, the same path resolved against the config's directory, or — for
// a pattern without `/` — the input's file name, so `crm.csv` matches `exports/crm.csv`.

import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { Config, SourceConfig } from './schema.js';
import { configDir } from './load.js';

// `**` crosses directories, `*` and `?` do not; `{a,b}` alternates.
function globToRegExp(pattern: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '.*';
        i++;
        if (pattern[i + 1] === '/') i++;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

function clean(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

export function sourcePatternMatches(pattern: string, source: string, baseDir?: string): boolean {
  const re = globToRegExp(clean(pattern));
  const given = clean(source);
  if (re.test(given)) return true;
  if (!pattern.includes('/') && re.test(basename(given))) return true;
  if (baseDir !== undefined && source !== '-') {
    // Config paths are relative to the config file; input paths to the working directory.
    const absolute = resolve(source);
    const fromConfig = clean(relative(baseDir, absolute));
    if (re.test(fromConfig)) return true;
    if (isAbsolute(pattern) && re.test(clean(absolute))) return true;
  }
  return false;
}

/** The first `sources` entry that matches an input, with its index (for key paths in messages). */
export function sourceConfigFor(config: Config | undefined, source: string): { entry: SourceConfig; index: number } | undefined {
  const entries = config?.sources ?? [];
  const baseDir = config ? configDir(config) : undefined;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    if (sourcePatternMatches(entry.path, source, baseDir)) return { entry, index };
  }
  return undefined;
}
