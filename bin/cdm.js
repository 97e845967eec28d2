#!/usr/bin/env node
// Entry point of the `cdm` command: the CLI lives in dist/cli (built by `npm run build`). The run
// itself happens in a second node started with the V8 flags it needs (see dist/cli/launch.js).
import { fileURLToPath } from 'node:url';
import { guardOrphan, relaunch, shouldRelaunch } from '../dist/cli/launch.js';

const args = process.argv.slice(2);
const code = shouldRelaunch(process.execArgv, process.env, args) ? await relaunch(fileURLToPath(import.meta.url), args) : undefined;
if (code === undefined) {
  guardOrphan();
  const { main } = await import('../dist/cli/index.js');
  process.exitCode = await main(process.argv);
} else {
  process.exitCode = code;
}
