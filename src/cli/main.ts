/**
 * The command dispatcher: `check`, `search` and `schema` subcommands, `--help`,
 * `--version`, else the batch command. A `CommandError` becomes a message
 * for a person on stderr and its exit code (2).
 */
import { parseBatchArgs } from './args.js';
import { runBatch } from './batch.js';
import { isCommandError } from './errors.js';
import { batchHelp } from './help.js';
import type { CommandIo } from './io.js';
import { runSearchCommand } from './search.js';
import { readVersion } from './version.js';

/** Run the command line `argv` (without node and the script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    // Loaded on demand: the checker loads the parser, which the batch command leaves to its workers.
    if (first === 'check') return await (await import('./check.js')).runCheckCommand(rest, io);
    if (first === 'search') return await runSearchCommand(rest, io);
    // Loaded on demand too: it loads zod and the schema.
    if (first === 'schema') return (await import('./schema.js')).runSchemaCommand(rest, io);
    const parsed = parseBatchArgs(argv);
    if (parsed.kind === 'help') {
      io.stdout.write(batchHelp);
      return 0;
    }
    if (parsed.kind === 'version') {
      io.stdout.write(`${readVersion()}\n`);
      return 0;
    }
    return await runBatch(parsed.options, io);
  } catch (error) {
    if (!isCommandError(error)) throw error;
    io.stderr.write(`cna-ingest: ${error.message}\n${error.hint === undefined ? '' : `  ${error.hint}\n`}`);
    return error.exitCode;
  }
}
