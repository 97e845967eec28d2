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

/** Streams whose reader went away (`cdm validate --json | head -3`). Like other Unix tools, cdm
 * then stops writing there quietly and the run ends with the exit status it decided; without a
 * listener, the EPIPE would be an uncaught 'error' event with a stack trace. */
const closed = new WeakSet<NodeJS.WriteStream>();
const watched = new WeakSet<NodeJS.WriteStream>();

function watchForClose(stream: NodeJS.WriteStream): void {
  if (watched.has(stream)) return;
  watched.add(stream);
  stream.on('error', (err: NodeJS.ErrnoException) => {
    // A write after the close fails with ERR_STREAM_DESTROYED; both mean the reader is gone.
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
      closed.add(stream);
      return;
    }
    throw err;
  });
}

function writeLine(stream: NodeJS.WriteStream, text: string): void {
  watchForClose(stream);
  if (closed.has(stream)) return;
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
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
      if (!quiet) writeLine(peopleStream, text);
    },
    out: (text) => writeLine(process.stdout, text),
    err: (text) => writeLine(process.stderr, text),
  };
}
