#!/usr/bin/env node
import { processIo } from './io.js';
import { runCli } from './program.js';
import { visible } from './visible.js';

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`kodex: ${visible(message, true)}\n`);
    process.exitCode = 2;
  },
);
