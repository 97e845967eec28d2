// `cdm explain`: the per-field waterfall of two records, or a golden record's members, links and
// value provenance — read from a master directory.

import type { Command } from 'commander';
import { EXIT, UsageError } from '../../core/errors.js';
import type { Role } from '../../core/roles.js';
import { maskIf } from '../../mask/index.js';
import { explainGolden, explainRecords, findRecord, loadMasterContext, type GoldenReport, type MasterContext, type PairReport } from '../../pipeline/explain.js';
import { resolveConfig } from '../../pipeline/prepare.js';
import type { Terminal } from '../terminal.js';
import { createTerminal } from '../terminal.js';
import type { Outcome } from './index.js';
import { terminalSafe } from '../../core/terminal-safe.js';

interface ExplainFlags {
  master: string;
  config?: string;
  json?: boolean;
  color?: boolean;
  showPii?: boolean;
}

const BAR_SCALE = 2; // characters per bit of weight

function bar(weight: number): string {
  const n = Math.min(30, Math.round(Math.abs(weight) * BAR_SCALE));
  return weight >= 0 ? `${' '.repeat(30)}|${'█'.repeat(n)}` : `${' '.repeat(30 - n)}${'█'.repeat(n)}|`;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
}

type RoleOf = (field: string) => Role | string;

/** The pair with its values masked by role unless --show-pii: the text and the JSON output both
 * render this one copy, so neither can show more than the other. */
function maskedPair(pair: PairReport, showPii: boolean, roleOf: RoleOf): PairReport {
  const mask = (field: string, v: string | undefined) => (v === undefined ? undefined : maskIf(showPii, v, roleOf(field)));
  const comparisons = pair.explanation.comparisons.map((c) => ({ ...c, valueA: mask(c.field, c.valueA), valueB: mask(c.field, c.valueB) }));
  return { ...pair, explanation: { ...pair.explanation, comparisons } };
}

function maskedGolden(golden: GoldenReport, showPii: boolean, roleOf: RoleOf): GoldenReport {
  return {
    ...golden,
    values: golden.values.map((v) => ({ ...v, value: maskIf(showPii, v.value, roleOf(v.field)) })),
    links: golden.links.map((link) => maskedPair(link, showPii, roleOf)),
  };
}

/** The waterfall of a pair whose values are already masked (maskedPair). */
function renderPair(pair: PairReport, terminal: Terminal): string {
  const { chalk } = terminal;
  const e = pair.explanation;
  const lines = [
    chalk.bold(terminalSafe(`${pair.a.source}:${pair.a.row} (${pair.a.golden_id || 'quarantined'})  ↔  ${pair.b.source}:${pair.b.row} (${pair.b.golden_id || 'quarantined'})`)),
    `  match probability ${e.probability.toFixed(6)}   total weight ${signed(e.totalWeight)} bits` +
      (pair.a.golden_id && pair.a.golden_id === pair.b.golden_id ? chalk.green('   same golden record') : ''),
    `  ${'prior'.padEnd(14)} ${''.padEnd(20)} ${signed(e.priorWeight).padStart(7)} ${bar(e.priorWeight)}`,
  ];
  for (const c of e.comparisons) {
    const show = (v: string | undefined) => (v === undefined ? '—' : terminalSafe(v));
    const colour = c.weight > 0 ? chalk.green : c.weight < 0 ? chalk.red : chalk.dim;
    lines.push(
      `  ${c.field.padEnd(14)} ${c.level.padEnd(20)} ${colour(signed(c.weight).padStart(7))} ${colour(bar(c.weight))}  ${show(c.valueA)} | ${show(c.valueB)}`,
    );
  }
  if (e.conflict) lines.push(chalk.yellow(`  guard: ${e.conflict} — these two records are never put in one cluster`));
  return lines.join('\n');
}

/** The golden id one ref names: a golden id itself, or a row (source:row, or a member key) — then
 * the golden record that row belongs to. */
function goldenIdOf(context: MasterContext, ref: string): string {
  if (context.goldenOf.includes(ref)) return ref;
  const looksLikeRow = context.keys.includes(ref) || /:\d+$/.test(ref);
  if (!looksLikeRow) {
    throw new UsageError('explain.not_found', `no golden record ${ref} in the master; give a golden id (as in golden.csv), one row (source:row) for its golden record, or two rows to compare`);
  }
  const record = findRecord(context, ref);
  const goldenId = context.goldenOf[record.index];
  if (!goldenId) throw new UsageError('explain.not_found', `${ref} was quarantined and belongs to no golden record; compare it with another row: cdm explain ${ref} SOURCE:ROW`);
  return goldenId;
}

export function registerExplain(program: Command, outcome: Outcome): void {
  program
    .command('explain')
    .description('why two records matched (per-field weights) or where a golden value came from')
    .argument('<refs...>', 'two records as source:row; or one golden id, or one record for its golden record')
    .requiredOption('--master <dir>', 'the output directory of a cdm clean run')
    .option('-c, --config <file>', 'the config the run used (survivorship settings)')
    .option('--json', 'machine-readable JSON on stdout')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('--show-pii', 'show personal data (masked otherwise)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ cdm explain crm.csv:12 shop.ndjson:40 --master cdm-out\n  $ cdm explain G-1a2b3c4d5e6f --master cdm-out\n  $ cdm explain crm.csv:12 --master cdm-out',
    )
    .action(async (refs: string[], flags: ExplainFlags) => {
      const terminal = createTerminal({ color: flags.color, json: flags.json });
      const context = await loadMasterContext(flags.master);
      const roleOf = (field: string) => context.fields.find((f) => f.name === field)?.role ?? 'text';
      const showPii = Boolean(flags.showPii);
      if (refs.length === 2) {
        const pair = maskedPair(explainRecords(context, findRecord(context, refs[0]!), findRecord(context, refs[1]!)), showPii, roleOf);
        terminal.out(flags.json ? JSON.stringify(pair, null, 2) : renderPair(pair, terminal));
      } else if (refs.length === 1) {
        const config = await resolveConfig(flags.config);
        const golden = maskedGolden(explainGolden(context, goldenIdOf(context, refs[0]!), config?.merge?.survivorship), showPii, roleOf);
        if (flags.json) {
          terminal.out(JSON.stringify(golden, null, 2));
        } else {
          const lines = [terminal.chalk.bold(`${golden.golden_id}: ${golden.members.length} member row(s)`)];
          for (const m of golden.members) lines.push(terminalSafe(`  ${m.source}:${m.row}`));
          lines.push('', terminal.chalk.bold('Golden values and where they came from'));
          for (const v of golden.values) lines.push(terminalSafe(`  ${v.field.padEnd(14)} ${v.value.padEnd(32)} ← ${v.source}:${v.row}`));
          if (golden.links.length > 0) lines.push('', terminal.chalk.bold('Links'));
          for (const link of golden.links) lines.push(renderPair(link, terminal), '');
          terminal.out(lines.join('\n'));
        }
      } else {
        throw new UsageError('explain.refs', 'give two records (source:row source:row), one golden id, or one record (source:row) for its golden record');
      }
      outcome.code = EXIT.ok;
    });
}
