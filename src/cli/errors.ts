/**
 * `CommandError`: the command itself cannot go on (bad arguments, an output
 * that cannot be written, a missing SQLite binding). It carries a sentence
 * for a person and the exit code (2); problems in posts are never this.
 */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  /** Exit code of the command: 2 for every command failure. */
  readonly exitCode: number;
  /** A second sentence saying what to do, e.g. `Run cna-ingest --help`. */
  readonly hint: string | undefined;

  constructor(message: string, options: { hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = options.exitCode ?? 2;
    this.hint = options.hint;
  }
}

export function isCommandError(value: unknown): value is CommandError {
  return value instanceof CommandError;
}

/** A system error's code (`ENOENT`, `EACCES`, …), or undefined. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** The reason in a system error, in words, without a stack. */
export function describeSystemError(error: unknown): string {
  const code = errnoCode(error);
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
    EPIPE: 'the reading end of the pipe was closed',
    EMFILE: 'too many open files',
  };
  if (code !== undefined && words[code] !== undefined) return `${words[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
