#!/usr/bin/env node
// Entry point of the `cdm` command: the CLI lives in dist/cli (built by `npm run build`).
import { main } from '../dist/cli/index.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
