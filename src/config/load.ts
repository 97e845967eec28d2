// Reads, parses and validates a config file once, at the edge (YAML or JSON; JSON is YAML). Every
// problem becomes a ConfigError (exit 2) whose code is stable and whose path names the key.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { type Config, ConfigSchema } from './schema.js';
import { allowedKeys, closestKey } from './suggest.js';

export interface ConfigIssue {
  /** `config.unknown_key`, `config.missing_key`, `config.wrong_type`, `config.invalid_value`, … */
  code: string;
  /** Dotted key path, e.g. `fields.email.role`, `sources.0.columns`. */
  path: string;
  message: string;
}

/** Where each loaded config came from, so that relative paths (plugins, sources) resolve against it. */
const baseDirs = new WeakMap<Config, string>();

/** The directory of the file a config was loaded from (undefined for a config built in code). */
export function configDir(config: Config): string | undefined {
  return baseDirs.get(config);
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function issueFromZod(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): ConfigIssue[] {
  const fullPath = [...prefix, ...issue.path];
  const at = joinPath(fullPath);
  const missing = 'input' in issue && issue.input === undefined;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(fullPath);
      return issue.keys.map((key) => {
        const near = closestKey(key, allowed);
        return {
          code: 'config.unknown_key',
          path: at ? `${at}.${key}` : key,
          message: `unknown key "${key}"${at ? ` in ${at}` : ''}${near ? `; did you mean "${near}"?` : ''}`,
        };
      });
    }
    case 'invalid_type':
      if (missing) return [{ code: 'config.missing_key', path: at, message: `${at} is required (${issue.expected})` }];
      return [{ code: 'config.wrong_type', path: at, message: `${at || 'the config'} must be ${issue.expected}` }];
    case 'invalid_union': {
      // A union (`Mobile: phone` or `Mobile: { field: phone }`): report the branch whose type fit,
      // so that a bad field name reads as a bad value, not as "wrong type".
      // A branch whose issues all lie inside the value (`[email, 3]`: its item 1) fits better than one
      // refusing the value whole (not the word `defaults`).
      const fits = issue.errors.filter((branch) => branch.length > 0 && branch.every((i) => i.code !== 'invalid_type' || i.path.length > 0));
      const fitting = fits.find((branch) => branch.every((i) => i.path.length > 0)) ?? fits[0];
      if (fitting) return fitting.flatMap((i) => issueFromZod(i, fullPath));
      return [{ code: 'config.wrong_type', path: at, message: issue.message }];
    }
    case 'invalid_key':
      return [{ code: 'config.invalid_key', path: at, message: issue.message }];
    case 'invalid_value': {
      if (missing) return [{ code: 'config.missing_key', path: at, message: `${at} is required` }];
      // An enum (a role, a strategy): name the value given and the nearest allowed one.
      const allowed = issue.values.filter((v): v is string => typeof v === 'string');
      if (!('input' in issue) || typeof issue.input !== 'string' || allowed.length === 0) return [{ code: 'config.invalid_value', path: at, message: issue.message }];
      const near = closestKey(issue.input, allowed);
      const list = allowed.length <= 8 ? `: ${allowed.join(', ')}` : ` (${allowed.length} values; see the README)`;
      return [{ code: 'config.invalid_value', path: at, message: `"${issue.input}" is not allowed${near ? `; did you mean "${near}"?` : '.'} Allowed${list}.` }];
    }
    default:
      if (missing) return [{ code: 'config.missing_key', path: at, message: `${at} is required` }];
      return [{ code: 'config.invalid_value', path: at, message: issue.message }];
  }
}

// Checks across keys that a per-key schema cannot express.
function crossChecks(config: Config): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const { matchThreshold, reviewThreshold } = config.matching ?? {};
  if (matchThreshold !== undefined && reviewThreshold !== undefined && reviewThreshold > matchThreshold) {
    issues.push({ code: 'config.invalid_value', path: 'matching.reviewThreshold', message: 'matching.reviewThreshold must not exceed matching.matchThreshold' });
  }
  config.sources?.forEach((source, i) => {
    const seen = new Map<string, string>();
    for (const [header, target] of Object.entries(source.columns ?? {})) {
      const field = typeof target === 'string' ? target : target.field;
      const earlier = seen.get(field);
      if (earlier !== undefined) {
        issues.push({
          code: 'config.duplicate_mapping',
          path: `sources.${i}.columns.${header}`,
          message: `columns "${earlier}" and "${header}" both map to field "${field}"; name them ${field} and ${field}_2`,
        });
      }
      seen.set(field, header);
    }
  });
  return issues;
}

function fail(issues: ConfigIssue[], file: string): never {
  const first = issues[0]!;
  const list = issues.map((i) => `  ${i.path || '(root)'}: ${i.message} [${i.code}]`).join('\n');
  throw new ConfigError(first.code, `invalid config ${file}:\n${list}`, first.path, true);
}

/** Validates an already-parsed config object (e.g. from the library API). */
export function validateConfig(data: unknown, file = 'config'): Config {
  const result = ConfigSchema.safeParse(data, { reportInput: true });
  if (!result.success) fail(result.error.issues.flatMap((issue) => issueFromZod(issue)), file);
  const cross = crossChecks(result.data);
  if (cross.length > 0) fail(cross, file);
  return result.data;
}

/** Parses YAML (or JSON) text; syntax errors carry line:column. */
export function parseConfig(text: string, file = 'config'): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    throw new ConfigError('config.syntax', `${file}:${line}:${col}: ${syntax.message.split('\n')[0]}`, `${line}:${col}`);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    throw new ConfigError('config.empty', `${file} is empty; it needs at least "version: 1"`);
  }
  return validateConfig(data, file);
}

/** Reads and validates a config file. Relative paths in it resolve against its directory. */
export async function loadConfig(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigError('config.unreadable', `cannot read config ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const config = parseConfig(text.replace(/^\uFEFF/, ''), path);
  baseDirs.set(config, dirname(resolve(path)));
  return config;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** sha256 of the config's canonical JSON (sorted keys): same settings, same hash, whatever the layout. */
export function configHash(config: Config): string {
  return createHash('sha256').update(JSON.stringify(canonical(config))).digest('hex');
}
