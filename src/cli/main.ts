#!/usr/bin/env node
import { processIo } from './io.js';
import { runCli } from './program.js';

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kodex: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
