#!/usr/bin/env node
/** The `cna-ingest` executable (built as `dist/cli.js`). */
import { runCli } from './main.js';

let stdinUsed = false;

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Only `--files-from -` touches standard input (Node sets the stream up on first access).
  get stdin() {
    stdinUsed = true;
    return process.stdin;
  },
  stderrIsTTY: process.stderr.isTTY === true,
})
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`cna-ingest: unexpected error (a bug: please report it with the command line):\n${detail}\n`);
      process.exitCode = 2;
    },
  )
  .finally(() => {
    // A run that failed while the program writing its list had stalled still has a read pending: let it go, and exit.
    if (stdinUsed) process.stdin.destroy();
  });
