// What the CLI knows about where it writes: colour only on a TTY without NO_COLOR / --no-color,
// machine output (--json) alone on stdout, everything for people on stderr.

import { Chalk, type ChalkInstance } from 'chalk';

export interface Terminal {
  color: boolean;
  quiet: boolean;
  chalk: ChalkInstance;
  /** Lines for people (progress, summaries): stderr when --json owns stdout, else stdout. */
  say(text: string): void;
  /** Machine output and the main result. */
  out(text: string): void;
  /** Errors and warnings: always stderr. */
  err(text: string): void;
}

export interface TerminalOptions {
  color?: boolean;
  quiet?: boolean;
  json?: boolean;
}

export function colorWanted(flag: boolean | undefined, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (flag === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

export function createTerminal(options: TerminalOptions = {}): Terminal {
  const color = colorWanted(options.color);
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const quiet = Boolean(options.quiet);
  const peopleStream = options.json ? process.stderr : process.stdout;
  return {
    color,
    quiet,
    chalk,
    say: (text) => {
      if (!quiet) peopleStream.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    out: (text) => {
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    err: (text) => {
      process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
