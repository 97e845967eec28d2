// `cdm export`: a role-based view, a division split, a hashed audience file or the stale records
// of a master, written atomically (a split as one output set).

import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { EXIT, UsageError } from '../../core/errors.js';
import { configDir, loadConfig } from '../../config/load.js';
import type { Config } from '../../config/schema.js';
import { exportMaster, openMaster, type ExportFormat } from '../../governance/index.js';
import { refuseOverlap, refuseUnwritable, writeFileAtomic, writeOutputSet } from '../../io/index.js';
import { createRegistries } from '../../plugins/index.js';
import { loadPlugins } from '../../plugins/loader.js';
import type { Definition, Registry } from '../../plugins/registry.js';
import { choice, type CommonFlags } from '../flags.js';
import { createTerminal } from '../terminal.js';
import type { Outcome } from './index.js';

interface ExportFlags extends Omit<CommonFlags, 'out'> {
  master?: string;
  out?: string;
  view?: string;
  partitionBy?: string;
  hashed?: boolean;
  stale?: boolean;
  format?: string;
  csvGuard?: boolean;
}

function formatOf(flag: string | undefined, out: string): ExportFormat {
  const chosen = choice('--format', flag, ['csv', 'json', 'ndjson'] as const);
  if (chosen) return chosen;
  const ext = extname(out).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.ndjson' || ext === '.jsonl' ? 'ndjson' : 'csv';
}

export function registerExport(program: Command, outcome: Outcome): void {
  program
    .command('export')
    .description('a role-based view, a division split, or a hashed audience file of a master')
    .option('--master <dir>', 'the master directory (an earlier `cdm clean --out`)')
    .option('-o, --out <path>', 'output file (a directory with --partition-by)')
    .option('-c, --config <file>', 'config file declaring the views (and stale_after)')
    .option('--view <name>', 'the view to write (config `views`)')
    .option('--partition-by <field>', 'one file per value of this field plus partitions.csv')
    .option('--hashed', 'audience file: sha256 of normalized email and E.164 phone, consenting people only')
    .option('--stale', 'only golden records with no activity within the config\'s stale_after')
    .option('--format <format>', 'csv, json or ndjson (default: from the --out extension, else csv)')
    .option('--no-csv-guard', 'do not neutralise spreadsheet formulas in CSV output')
    .option('--json', 'machine-readable summary on stdout')
    .option('-q, --quiet', 'no summary')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('--show-pii', 'without a view: write personal data unmasked')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ cdm export --master cdm-out -c cdm.yaml --view marketing --out marketing.csv',
        '  $ cdm export --master cdm-out --partition-by state --out by-state/',
        '  $ CDM_HASH_SALT=… cdm export --master cdm-out -c cdm.yaml --view analyst --out analyst.ndjson',
        '  $ cdm export --master cdm-out --hashed --out audience.csv',
        '  $ cdm export --master cdm-out -c cdm.yaml --stale --out stale.csv',
      ].join('\n'),
    )
    .action(async (flags: ExportFlags) => {
      const terminal = createTerminal({ color: flags.color, quiet: flags.quiet, json: flags.json });
      if (!flags.master) throw new UsageError('flag.missing', '--master DIR is required (the output of an earlier `cdm clean --out DIR`)');
      if (!flags.out) throw new UsageError('flag.missing', '--out is required (a file; a directory with --partition-by)');
      // Before the master is read: an export over the master's own files (`--out` the master
      // itself, inside it, or one of its files) would replace the master, erasures included.
      await refuseOverlap('--out', flags.out, [
        { path: flags.master, what: 'the master' },
        ...(flags.config ? [{ path: flags.config, what: 'the config' }] : []),
      ]);
      await refuseUnwritable('--out', flags.out, flags.partitionBy ? 'set' : 'file');
      const config: Config | undefined = flags.config ? await loadConfig(flags.config) : undefined;
      if (flags.view && !config) throw new UsageError('flag.missing', `--view ${flags.view} needs the config that declares it (-c FILE)`);
      const registries = createRegistries();
      if (config?.plugins?.length) {
        await loadPlugins(config.plugins, configDir(config) ?? process.cwd(), registries as unknown as Record<string, Registry<Definition>>);
      }
      const master = await openMaster(flags.master);
      const format = formatOf(flags.format, flags.partitionBy ? '' : flags.out);
      const result = exportMaster(master, basename(flags.out), {
        ...(flags.view ? { view: flags.view } : {}),
        ...(flags.partitionBy ? { partitionBy: flags.partitionBy } : {}),
        hashed: Boolean(flags.hashed),
        stale: Boolean(flags.stale),
        format,
        ...(config ? { config } : {}),
        transforms: registries.transforms,
        showPii: Boolean(flags.showPii),
        today: config?.today ?? new Date().toISOString().slice(0, 10),
        csvGuard: flags.csvGuard !== false,
      });
      if (flags.partitionBy) await writeOutputSet(flags.out, result.files);
      else await writeFileAtomic(flags.out, result.files[0]!.data);
      const summary = { out: flags.out, rows: result.table.rows.length, columns: result.table.columns, ...(result.partitions ? { partitions: result.partitions } : {}) };
      if (flags.json) terminal.out(JSON.stringify(summary, null, 2));
      else {
        terminal.say(`Wrote ${summary.rows} rows (${summary.columns.join(', ')}) to ${flags.out}`);
        for (const p of result.partitions ?? []) terminal.say(`  ${p.partition}: ${p.rows} → ${p.file}`);
      }
      outcome.code = EXIT.ok;
    });
}
