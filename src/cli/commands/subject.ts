// `cdm subject find` (access request) and `cdm subject erase` (erasure with suppression) on a master.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { EXIT, UsageError } from '../../core/errors.js';
import {
  eraseSubject,
  findSubject,
  openMaster,
  requireSalt,
  roleOf,
  runIdentity,
  maskCommandLine,
  DEFAULT_MIN_PROBABILITY,
  type MasterDir,
  type SubjectResult,
} from '../../governance/index.js';
import { writeFileAtomic, writeOutputSet } from '../../io/index.js';
import { maskIf } from '../../mask/index.js';
import { createTerminal, type Terminal } from '../terminal.js';
import type { Outcome } from './index.js';
import { terminalSafe } from '../../core/terminal-safe.js';

interface FindFlags {
  master?: string;
  email?: string;
  phone?: string;
  name?: string;
  dob?: string;
  region?: string;
  minProbability?: string;
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
  showPii?: boolean;
}

interface EraseFlags {
  master?: string;
  receipt?: string;
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
}

function probabilityOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MIN_PROBABILITY;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UsageError('flag.invalid_rate', `--min-probability takes a number between 0 and 1, not '${value}'`);
  }
  return n;
}

/** `path` with symlinks resolved; a file not written yet by its directory's real path. */
async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  const real = await realpath(absolute).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = await realpath(dirname(absolute)).catch(() => undefined);
  return parent === undefined ? absolute : join(parent, basename(absolute));
}

function isWithin(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The sha256 of every input the master's runs read, from its audit log and report. */
function inputDigests(master: MasterDir): Set<string> {
  const digests = new Set<string>();
  const add = (inputs: unknown) => {
    if (!Array.isArray(inputs)) return;
    for (const input of inputs) if (typeof input?.sha256 === 'string') digests.add(input.sha256);
  };
  for (const line of (master.files.get('audit.ndjson') ?? '').split('\n')) {
    try {
      add(JSON.parse(line)?.inputs);
    } catch {
      // a damaged line is `cdm audit verify`'s to report
    }
  }
  try {
    add(JSON.parse(master.files.get('report.json') ?? '{}')?.run?.inputs);
  } catch {
    // no readable report: the audit log's inputs remain
  }
  return digests;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Refuses a receipt path that would overwrite the master (its suppression list, its log: the
 * erasure rewrites the directory as one set) or one of its inputs (inputs are never modified).
 * An input is known by its path as given (relative to where that run started, so also by its
 * content: the sha256 the audit log recorded). Checked before anything is erased. */
async function checkReceiptPath(receipt: string, master: MasterDir): Promise<void> {
  const target = await realPathOf(receipt);
  const dir = await realPathOf(master.dir);
  if (isWithin(target, dir)) {
    throw new UsageError('subject.bad_receipt', `--receipt ${receipt} is inside the master directory ${master.dir}; write the receipt outside it (a file there would overwrite or be mixed with the master's own files)`);
  }
  const isInput = (why: string) => new UsageError('subject.bad_receipt', `--receipt ${receipt} is ${why}; cdm never writes to its inputs — choose another file`);
  for (const source of new Set(master.members.map((m) => m.source))) {
    if ((await realPathOf(source)) === target) throw isInput(`${source}, an input of the master`);
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isFile() && inputDigests(master).has(await sha256Of(target))) throw isInput('an input of the master (its sha256 is one the audit log recorded for an input)');
}

/** The result with personal values masked by role (unless --show-pii). */
function shown(result: SubjectResult, showPii: boolean, role: (field: string) => string): SubjectResult {
  const mask = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, maskIf(showPii, v, role(k))]));
  return {
    query: mask(result.query),
    matches: result.matches.map((m) => ({ ...m, golden: mask(m.golden), sources: m.sources.map((s) => ({ ...s, values: mask(s.values) })) })),
  };
}

function printFind(terminal: Terminal, result: SubjectResult, showPii: boolean, minProbability: number | undefined): void {
  const query = Object.entries(result.query).map(([k, v]) => `${k} ${v}`).join(', ');
  if (result.matches.length === 0) {
    terminal.out(`No record in the master matches (${query}) with a probability of at least ${minProbability ?? DEFAULT_MIN_PROBABILITY}.`);
    // A name alone is weak evidence (many share it): say how to see its weaker candidates.
    const nameOnly = Object.keys(result.query).every((k) => k === 'first_name' || k === 'middle_name' || k === 'last_name');
    if (nameOnly) terminal.say('A name alone is weak evidence: add --email, --phone or --dob, or lower --min-probability to list weaker candidates.');
    return;
  }
  const many = result.matches.length > 1;
  terminal.out(`${result.matches.length} ${many ? 'candidates' : 'match'} for ${query}${many ? ' — listed, not guessed between' : ''}:`);
  for (const m of result.matches) {
    terminal.out('');
    terminal.out(terminalSafe(`${m.golden_id || '(quarantined row, no golden record)'}  match probability ${m.probability}`));
    const golden = Object.entries(m.golden).filter(([k, v]) => v !== '' && k !== 'golden_id');
    if (golden.length) terminal.out(terminalSafe(`  golden record: ${golden.map(([k, v]) => `${k}=${v}`).join(', ')}`));
    for (const s of m.sources) {
      terminal.out(terminalSafe(`  ${s.source} row ${s.row} (${s.status || 'member'}${s.probability !== null ? `, p=${s.probability}` : ''}): ${Object.entries(s.values).map(([k, v]) => `${k}=${v}`).join(', ')}`));
    }
  }
  if (!showPii) terminal.out('\nValues are masked; add --show-pii for the copy the person is entitled to.');
}

export function registerSubject(program: Command, outcome: Outcome): void {
  const subject = program.command('subject').description('data-subject access and erasure on a master');
  subject
    .command('find')
    .description('find every record of a person (access request)')
    .option('--master <dir>', 'the master directory')
    .option('--email <email>', "the person's email")
    .option('--phone <phone>', "the person's phone")
    .option('--name <name>', "the person's name (a typo or nickname still matches)")
    .option('--dob <date>', "the person's date of birth (YYYY-MM-DD)")
    .option('--region <code>', 'default country for a phone without +code', 'US')
    .option('--min-probability <p>', 'list candidates at least this likely', String(DEFAULT_MIN_PROBABILITY))
    .option('--json', 'machine-readable result on stdout')
    .option('-q, --quiet', 'no notes')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('--show-pii', 'show the personal data unmasked')
    .addHelpText('after', '\nExamples:\n  $ cdm subject find --master cdm-out --email jane@example.com\n  $ cdm subject find --master cdm-out --name "Jane Doe" --dob 1980-04-02 --json --show-pii')
    .action(async (flags: FindFlags) => {
      const terminal = createTerminal({ color: flags.color, quiet: flags.quiet, json: flags.json });
      if (!flags.master) throw new UsageError('flag.missing', '--master DIR is required');
      const minProbability = probabilityOf(flags.minProbability);
      const master = await openMaster(flags.master);
      const result = findSubject(
        master,
        {
          ...(flags.email !== undefined ? { email: flags.email } : {}),
          ...(flags.phone !== undefined ? { phone: flags.phone } : {}),
          ...(flags.name !== undefined ? { name: flags.name } : {}),
          ...(flags.dob !== undefined ? { dob: flags.dob } : {}),
          ...(flags.region ? { region: flags.region.toUpperCase() } : {}),
        },
        { minProbability },
      );
      const visible = shown(result, Boolean(flags.showPii), (f) => roleOf(master.roles, f));
      if (flags.json) terminal.out(JSON.stringify(visible, null, 2));
      else printFind(terminal, visible, Boolean(flags.showPii), minProbability);
      outcome.code = EXIT.ok;
    });
  subject
    .command('erase')
    .description('erase a person from a master and suppress them in later runs')
    .argument('<golden_id>')
    .option('--master <dir>', 'the master directory')
    .option('--receipt <file>', 'also write the erasure receipt here')
    .option('--json', 'the receipt on stdout')
    .option('-q, --quiet', 'no summary')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .addHelpText('after', '\nExample:\n  $ CDM_HASH_SALT=… cdm subject erase --master cdm-out G-1a2b3c4d5e6f --receipt erasure.json')
    .action(async (goldenId: string, flags: EraseFlags) => {
      const terminal = createTerminal({ color: flags.color, quiet: flags.quiet, json: flags.json });
      if (!flags.master) throw new UsageError('flag.missing', '--master DIR is required');
      const salt = requireSalt('subject erase (the suppression list holds salted hashes)');
      const master = await openMaster(flags.master);
      if (flags.receipt) await checkReceiptPath(flags.receipt, master);
      const identity = runIdentity();
      const result = eraseSubject(master, goldenId, salt, {
        ...identity,
        command: 'subject erase',
        argv: maskCommandLine(process.argv.slice(2)),
        inputs: [],
        config_sha256: null,
        counts: { in: 0, out: 0 },
      });
      await writeOutputSet(flags.master, result.files);
      if (flags.receipt) await writeFileAtomic(flags.receipt, `${JSON.stringify(result.receipt, null, 2)}\n`);
      if (flags.json) terminal.out(JSON.stringify(result.receipt, null, 2));
      else {
        terminal.say(`Erased ${result.receipt.golden_id}: ${result.receipt.source_rows.length} source rows; golden records ${result.goldenBefore} → ${result.goldenAfter}.`);
        terminal.say('Delete these rows in the source systems (cdm never writes to them):');
        for (const r of result.receipt.source_rows) terminal.say(terminalSafe(`  ${r.source} row ${r.row}${r.source_id ? ` (id ${r.source_id})` : ''}`));
      }
      outcome.code = EXIT.ok;
    });
}
