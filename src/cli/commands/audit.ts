// `cdm audit verify`: checks the hash chain of a master's audit.ndjson; exit 1 names the first
// entry that does not verify.

import { join } from 'node:path';
import type { Command } from 'commander';
import { EXIT, UsageError } from '../../core/errors.js';
import { AUDIT_FILE, verifyAudit } from '../../governance/index.js';
import { readMaster, readTextFile } from '../../io/index.js';
import { createTerminal } from '../terminal.js';
import type { Outcome } from './index.js';

interface AuditFlags {
  master?: string;
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
}

export function registerAudit(program: Command, outcome: Outcome): void {
  const audit = program.command('audit').description('the hash-chained run log of a master');
  audit
    .command('verify')
    .description("check the hash chain of a master's audit log")
    .option('--master <dir>', 'the master directory')
    .option('--json', 'machine-readable verdict on stdout')
    .option('-q, --quiet', 'no summary')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .addHelpText('after', '\nExample:\n  $ cdm audit verify --master cdm-out')
    .action(async (flags: AuditFlags) => {
      const terminal = createTerminal({ color: flags.color, quiet: flags.quiet, json: flags.json });
      if (!flags.master) throw new UsageError('flag.missing', '--master DIR is required');
      await readMaster(flags.master);
      const verdict = verifyAudit(await readTextFile(join(flags.master, AUDIT_FILE)));
      if (flags.json) terminal.out(JSON.stringify(verdict, null, 2));
      if (verdict.ok) {
        if (!flags.json) terminal.say(`audit chain OK: ${verdict.entries} entries`);
        outcome.code = EXIT.ok;
        return;
      }
      const b = verdict.broken!;
      terminal.err(`audit chain broken at entry ${b.line}${b.run_id ? ` (run ${b.run_id})` : ''}: ${b.reason.replace('_', ' ')} [audit.${b.reason}]`);
      outcome.code = EXIT.gateFailed;
    });
}
