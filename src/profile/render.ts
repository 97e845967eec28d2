// The human view of a profile: one table per source. Plain text unless color is asked for, so that
// piped output and NO_COLOR stay clean.

import { Chalk } from 'chalk';
import { terminalSafe } from '../core/terminal-safe.js';
import type { ProfileColumn, ProfileResult } from './profile.js';

export interface RenderOptions {
  color: boolean;
}

const WIDTH = { column: 24, role: 26, conf: 5, filled: 6, distinct: 8, top: 34, patterns: 28 };

function fit(text: string, width: number): string {
  const flat = terminalSafe(text.replace(/[\r\n\t]+/g, ' '));
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function roleCell(c: ProfileColumn): string {
  if (!c.role) return '(unmapped)';
  let text = c.field && c.field !== c.role ? `${c.role} → ${c.field}` : c.role;
  if (c.invert) text += ' (opt-out)';
  if (c.dateOrder) text += ` ${c.dateOrder}${c.ambiguous ? '?' : ''}`;
  return text;
}

export function renderProfileTable(result: ProfileResult, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  for (const source of result.sources) {
    const details = [source.format, source.encoding, source.delimiter && source.delimiter !== ',' ? `delimiter ${JSON.stringify(source.delimiter)}` : undefined, `region ${source.region}`]
      .filter(Boolean)
      .join(', ');
    lines.push(chalk.bold(terminalSafe(source.source)) + `  ${source.rows} rows (${terminalSafe(details)})`);
    const head = [
      fit('column', WIDTH.column), fit('role', WIDTH.role), fit('conf', WIDTH.conf), fit('filled', WIDTH.filled),
      fit('distinct', WIDTH.distinct), fit('top values', WIDTH.top), 'patterns',
    ].join(' ');
    lines.push(chalk.dim(head));
    for (const c of source.columns) {
      const filled = fit(percent(c.completeness), WIDTH.filled);
      const filledCell = c.completeness < 0.5 ? chalk.red(filled) : c.completeness < 0.9 ? chalk.yellow(filled) : filled;
      const role = fit(roleCell(c), WIDTH.role);
      const roleColored = !c.role ? chalk.dim(role) : c.ambiguous ? chalk.yellow(role) : chalk.cyan(role);
      const distinct = `${c.distinct}${c.distinctCapped ? '+' : ''}`;
      lines.push(
        [
          fit(c.name, WIDTH.column),
          roleColored,
          fit(c.role ? c.confidence.toFixed(2) : '', WIDTH.conf),
          filledCell,
          fit(distinct, WIDTH.distinct),
          fit(c.top.map((t) => `${t.value} (${t.count})`).join(', '), WIDTH.top),
          fit(c.patterns.slice(0, 3).map((p) => `${p.pattern} (${p.count})`).join(', '), WIDTH.patterns).trimEnd(),
        ].join(' '),
      );
    }
    lines.push('');
  }
  const notable = result.diagnostics.filter((d) => d.severity !== 'info');
  for (const d of notable) {
    const tag = d.severity === 'error' ? chalk.red(d.severity) : chalk.yellow(d.severity);
    lines.push(`${tag} ${terminalSafe(`${d.code} ${d.source}${d.field ? ` [${d.field}]` : ''}: ${d.message}`)}`);
  }
  const unmapped = result.diagnostics.filter((d) => d.code === 'schema.unmapped_column').length;
  if (unmapped > 0) lines.push(chalk.dim(`${unmapped} column(s) unmapped; \`cdm init\` writes a config to map them.`));
  return `${lines.join('\n').trimEnd()}\n`;
}
