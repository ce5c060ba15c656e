/**
 * `cna-ingest check <fixtures-dir> [--update]`: the fixture check of
 * `cna-ingest/testing` on the command line. Exit code 0 when every case
 * matches (or after `--update`), 1 on any difference, 2 on bad usage.
 */
import { statSync } from 'node:fs';
import { checkFixtures, formatDifferences } from '../testing/index.js';

/** Where a command writes. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

const USAGE = `usage: cna-ingest check <fixtures-dir> [--update]

Parse every <case>/post.md under <fixtures-dir> and compare the Article with
<case>/article.json (or the rejection with <case>/error.json).
  --update   write the expected files from the current output instead
Exit code: 0 all match, 1 a difference, 2 bad usage.
`;

/**
 * Run the `check` subcommand; resolves to the exit code.
 *
 * @param argv The arguments after `check`, e.g. `['fixtures', '--update']`.
 */
export async function runCheckCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const flags = argv.filter((arg) => arg.startsWith('-'));
  const dirs = argv.filter((arg) => !arg.startsWith('-'));
  const unknown = flags.filter((flag) => flag !== '--update');
  if (unknown.length > 0 || dirs.length !== 1) {
    const what = unknown.length > 0 ? `unknown option ${unknown[0]}` : dirs.length === 0 ? 'missing <fixtures-dir>' : 'give exactly one <fixtures-dir>';
    io.stderr.write(`cna-ingest check: ${what}\n\n${USAGE}`);
    return 2;
  }
  const dir = dirs[0] as string;
  if (!isDirectory(dir)) {
    io.stderr.write(`cna-ingest check: ${dir} is not a folder\n`);
    return 2;
  }
  const result = checkFixtures(dir, { update: flags.includes('--update') });
  if (result.cases.length === 0) {
    io.stderr.write(`cna-ingest check: no cases in ${dir} (expected <case>/post.md folders)\n`);
    return 2;
  }
  io.stdout.write(formatDifferences(result));
  return result.ok ? 0 : 1;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
