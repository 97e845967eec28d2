// `cdm init`: writes a commented YAML config that spells out what inference chose (each source's
// column mappings, region and date orders; each field's role), plus commented-out examples of the
// settings a user adds next. Loading it gives the same schema as running zero-config.

import type { ColumnMapping, Schema, SourceSchema, SourceTable } from '../core/record.js';
import { readSource } from '../io/index.js';
import { buildSchema } from '../schema/index.js';

// Header keys and paths are always double-quoted: JSON strings are valid YAML and survive `:`,
// `#`, leading spaces and every other YAML special character found in real headers.
const q = (text: string) => JSON.stringify(text);

/** Pads for alignment, always leaving at least one space after the text. */
function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text.padEnd(width);
}

function columnLine(mapping: ColumnMapping, keyWidth: number): string {
  const key = `${q(mapping.column)}:`.padEnd(keyWidth);
  if (!mapping.field) return `      # ${key} ${'<field>'}  # unmapped: no recognisable role; map it to keep it`;
  const extra: string[] = [];
  if (mapping.invert) extra.push('invert: true');
  // A proven order is pinned; a guessed one is left to inference and flagged on the source.
  if (mapping.dateOrder && !mapping.dateOrderAmbiguous) extra.push(`dateOrder: ${mapping.dateOrder}`);
  const target = extra.length > 0 ? `{ field: ${mapping.field}, ${extra.join(', ')} }` : mapping.field;
  const why = `${mapping.role}, from ${mapping.basis ?? 'inference'} (${mapping.confidence.toFixed(2)})`;
  return `      ${key} ${pad(target, 18)}# ${why}`;
}

function sourceBlock(source: SourceSchema, regionNote: string | undefined): string[] {
  const lines = [`  - path: ${q(source.source)}`];
  lines.push(`    region: ${source.region}${regionNote ? `  # ${regionNote}` : ''}`);
  const guessed = source.columns.filter((c) => c.dateOrderAmbiguous);
  if (guessed.length > 0) {
    const names = guessed.map((c) => q(c.column)).join(', ');
    lines.push(`    # No value of ${names} decides day/month order; ${guessed[0]!.dateOrder} is a guess. Confirm it:`);
    lines.push(`    # dateOrder: ${guessed[0]!.dateOrder}`);
  }
  lines.push(`    # priority: 0            # rank for source_priority survivorship (lower wins)`);
  const keyWidth = Math.min(32, Math.max(...source.columns.map((c) => q(c.column).length + 1)));
  // Keys longer than the cap simply push their line out.
  lines.push('    columns:');
  for (const mapping of source.columns) lines.push(columnLine(mapping, keyWidth));
  const ignored = source.columns.filter((c) => !c.field).map((c) => q(c.column));
  lines.push(`    # ignore: [${ignored.length > 0 ? ignored.join(', ') : '"Some Column"'}]`);
  return lines;
}

const EXAMPLES = `
# Rules, normalizer options and survivorship per field, e.g.:
#   email:
#     role: email
#     rules: [{ id: email, severity: warning, action: keep, options: { fixTypos: true } }]
#     survivorship: most_recent

# matching:
#   blocking: [defaults, [last_name:metaphone, postcode]]   # the default rules, and one more
#   comparisons: { phone_2: false, company: { comparator: jaro-winkler } }
#   maxBlockSize: 1000
#   matchThreshold: 0.92
#   reviewThreshold: 0.7

# merge:
#   survivorship: { consent: most_restrictive, phone: most_frequent }
#   sourcePriority: { "crm.csv": 0 }

# gates:                     # cdm validate/clean exit 1 when one fails
#   maxErrorRate: 0.05
#   maxQuarantineRate: 0.02
#   minCompleteness: { email: 0.8 }

# output: { format: csv, csvGuard: true }
# plugins: [./cdm-plugins/loyalty.js]
# today: 2024-01-31          # fixes "today" for reproducible age checks
`;

/** The config text for a schema already inferred (pure). */
export function renderInitConfig(schema: Schema, regionNotes: Map<string, string> = new Map()): string {
  const lines = [
    '# cdm config, written by `cdm init` from what inference found in:',
    ...schema.sources.map((s) => `#   ${s.source}`),
    '# Every mapping below is what zero-config would use; edit what is wrong. Columns not listed are',
    '# inferred at each run. Reference: schema/cdm-config.schema.json',
    'version: 1',
    '',
    'sources:',
  ];
  for (const source of schema.sources) lines.push(...sourceBlock(source, regionNotes.get(source.source)));
  lines.push('', 'fields:');
  for (const field of schema.fields) lines.push(`  ${field.name}: { role: ${field.role} }`);
  return `${lines.join('\n')}\n${EXAMPLES}`;
}

/** Infers the schema of already-read tables and renders it as a config (pure). */
export function initConfigFromTables(tables: SourceTable[]): string {
  const { schema, diagnostics } = buildSchema(tables);
  const notes = new Map<string, string>();
  for (const d of diagnostics) {
    if (d.code === 'schema.region_inferred') notes.set(d.source, 'inferred from the values');
    if (d.code === 'schema.region_defaulted') notes.set(d.source, 'NOT inferred (no address or phone evidence): check it');
  }
  return renderInitConfig(schema, notes);
}

/** Reads the inputs and returns a commented YAML config for them (the caller writes it). */
export async function initConfig(inputs: string[]): Promise<string> {
  const tables: SourceTable[] = [];
  for (const input of inputs) tables.push(await readSource(input));
  return initConfigFromTables(tables);
}
