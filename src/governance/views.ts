// Role-based views (`cdm export --view NAME`): a view names every golden column it may show, each
// with a transform, plus a row filter. Compiled once (unknown fields, transforms or options and a
// missing salt are config errors, exit 2); then applied to rows with no further checks.

import { ConfigError } from '../core/errors.js';
import type { Registry } from '../plugins/registry.js';
import type { ViewConfig, ViewFieldConfig, ViewFilterConfig } from '../config/schema.js';
import { parseBoolean } from '../normalize/index.js';
import { requireSalt } from './salt.js';
import type { TransformDefinition, TransformOptions } from './transforms/index.js';

export interface ViewColumn {
  name: string;
  role: string;
  transform: TransformDefinition;
  options: TransformOptions;
}

export interface CompiledView {
  name: string;
  columns: ViewColumn[];
  /** Whether a golden row is in the view. */
  accepts(row: Readonly<Record<string, string>>): boolean;
}

export interface ViewContext {
  transforms: Registry<TransformDefinition>;
  /** The golden table's columns: the only names a view may use. */
  columns: readonly string[];
  roleOf(field: string): string;
  /** ISO date for age bands. */
  today: string;
  env?: NodeJS.ProcessEnv;
}

export interface ViewCondition {
  field: string;
  negate: boolean;
  values: string[];
}

const CONDITION = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(==|!=)\s*(.*?)\s*$/;

export function compileView(name: string, views: Readonly<Record<string, ViewConfig>> | undefined, context: ViewContext): CompiledView {
  const view = views?.[name];
  if (!view) {
    const known = Object.keys(views ?? {}).sort();
    throw new ConfigError('view.unknown', `no view named '${name}' in the config's views (${known.length ? `known: ${known.join(', ')}` : 'the config declares none'})`, `views.${name}`);
  }
  const known = new Set(context.columns);
  const columns: ViewColumn[] = [];
  for (const [field, spec] of Object.entries(view.fields)) {
    const path = `views.${name}.fields.${field}`;
    if (!known.has(field)) {
      throw new ConfigError('view.unknown_field', `${path}: the master has no field '${field}' (fields: ${context.columns.join(', ')})`, path);
    }
    const column = compileColumn(field, spec, path, context);
    if (column) columns.push(column);
  }
  const conditions = view.filter === undefined ? [] : consentAsWritten(parseFilter(view.filter, `views.${name}.filter`, known), `views.${name}.filter`, context.roleOf);
  return {
    name,
    columns,
    accepts: (row) => conditions.every((c) => c.values.includes(row[c.field] ?? '') !== c.negate),
  };
}

function compileColumn(field: string, spec: ViewFieldConfig, path: string, context: ViewContext): ViewColumn | undefined {
  const id = typeof spec === 'boolean' ? (spec ? 'keep' : 'drop') : typeof spec === 'string' ? spec : spec.transform;
  const transform = context.transforms.get(id);
  if (!transform || typeof transform.apply !== 'function') {
    throw new ConfigError('view.unknown_transform', `${path}: unknown transform '${id}' (known: ${context.transforms.ids().join(', ')})`, path);
  }
  if (transform.removesField) return undefined;
  const role = context.roleOf(field);
  const given = typeof spec === 'object' ? (spec.options ?? {}) : {};
  const problem = transform.checkOptions?.(role, given);
  if (problem) throw new ConfigError('view.bad_options', `${path}: ${problem}`, path);
  const options: Record<string, unknown> = { ...given, today: context.today };
  if (transform.needsSalt) options.salt = requireSalt(`${path} (transform ${id})`, context.env);
  return { name: field, role, transform, options };
}

export function parseFilter(filter: ViewFilterConfig, path: string, known: ReadonlySet<string>): ViewCondition[] {
  const conditions: ViewCondition[] = [];
  if (typeof filter === 'string') {
    const m = CONDITION.exec(filter);
    if (!m) throw new ConfigError('view.bad_filter', `${path}: write one comparison such as "consent == true" or "country != US", not '${filter}'`, path);
    conditions.push({ field: m[1]!, negate: m[2] === '!=', values: [unquote(m[3]!)] });
  } else {
    for (const [field, value] of Object.entries(filter)) {
      conditions.push({ field, negate: false, values: (Array.isArray(value) ? value : [value]).map(String) });
    }
  }
  for (const c of conditions) {
    if (!known.has(c.field)) throw new ConfigError('view.unknown_field', `${path}: the master has no field '${c.field}'`, path);
  }
  return conditions;
}

/** A consent field holds "true" or "false": a filter's `yes` or `opted in` means "true", and a
 * value that is neither (`ture`) is a mistake that would silently select nobody. */
function consentAsWritten(conditions: ViewCondition[], path: string, roleOf: ViewContext['roleOf']): ViewCondition[] {
  return conditions.map((c) => {
    if (roleOf(c.field) !== 'consent') return c;
    const values = c.values.map((v) => {
      if (v.trim() === '') return ''; // no consent recorded: an audience of its own
      const read = parseBoolean(v);
      if (read === undefined) throw new ConfigError('view.bad_filter', `${path}: ${c.field} is a consent field, true or false; '${v}' is neither`, path);
      return String(read);
    });
    return { ...c, values };
  });
}

function unquote(text: string): string {
  const q = text[0];
  return (q === '"' || q === "'") && text.endsWith(q) && text.length >= 2 ? text.slice(1, -1) : text;
}

/** The view of golden rows: only accepted rows, only the view's columns, each transformed. */
export function applyView(view: CompiledView, rows: readonly Readonly<Record<string, string>>[]): { columns: string[]; rows: Record<string, string>[] } {
  const out: Record<string, string>[] = [];
  for (const row of rows) {
    if (!view.accepts(row)) continue;
    const shown: Record<string, string> = {};
    for (const c of view.columns) {
      const value = row[c.name] ?? '';
      shown[c.name] = value === '' ? '' : c.transform.apply(value, c.role, c.options);
    }
    out.push(shown);
  }
  return { columns: view.columns.map((c) => c.name), rows: out };
}
