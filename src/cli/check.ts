/** `cna-ingest check <fixtures-dir> [--update]` (issue 6). Placeholder until the testing kit lands. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** Run the `check` subcommand; resolves to the exit code. */
export async function runCheckCommand(_argv: readonly string[], io: CommandIo): Promise<number> {
  io.stderr.write('cna-ingest check: not implemented yet\n');
  return 2;
}
