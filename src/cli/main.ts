#!/usr/bin/env node
import { runCli } from './run.js';
import { processIO } from './io.js';

process.on('uncaughtException', (err) => {
  process.stderr.write(`steppe: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
  process.exit(1);
});

runCli(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`steppe: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    process.exitCode = 1;
  },
);
