// The `cdm` command line: a thin shell over the library API. It parses flags, calls the API,
// renders results, and maps typed errors to the exit codes of DESIGN §4. Nothing else lives here.

import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { ConfigError, isCdmError, EXIT } from '../core/errors.js';
import { createTerminal } from './terminal.js';
import { registerCommands } from './commands/index.js';
import { checkRunTargets } from './run-output.js';


export function buildProgram(): Command {
  const program = new Command('cdm')
    .description('Turn messy customer exports into one clean, trustworthy customer list.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .exitOverride();
  registerCommands(program, outcome);
  // Output paths are checked before a run's action starts (see checkRunTargets).
  program.hook('preAction', (_program, action) => checkRunTargets(action));
  return program;
}

/** The exit status the last command's action chose (commander has no notion of it). */
const outcome = { code: EXIT.ok as number };

/** Runs the CLI; resolves to the exit status instead of exiting, so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  outcome.code = EXIT.ok;
  try {
    await program.parseAsync(argv);
    return outcome.code;
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  const terminal = createTerminal({ quiet: false });
  if (error instanceof CommanderError) {
    // Help and version output asked for are successes; help shown because no command was given
    // (commander's exit code 1 there) and every other parse failure are usage errors.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || (error.code === 'commander.help' && error.exitCode === 0)) {
      return EXIT.ok;
    }
    return EXIT.usage;
  }
  if (isCdmError(error)) {
    // A config error that lists its issues gives each its own code; none is added after the list.
    const listsCodes = error instanceof ConfigError && error.listsCodes;
    terminal.err(listsCodes ? `cdm: ${error.message}` : `cdm: ${error.message} [${error.code}]`);
    return error.exitCode;
  }
  // Anything else is a bug in cdm, not a user mistake: say so and keep the stack for the report.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  terminal.err(`cdm: internal error — please report it with the command you ran.\n${detail}`);
  return 70;
}
