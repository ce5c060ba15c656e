/**
 * Arguments of the batch command, read with `node:util` `parseArgs`.
 * Every mistake becomes a `CommandError` (exit 2) with a hint.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CommandError, errnoCode } from './errors.js';
import type { FileList } from './file-list.js';

export interface BatchOptions {
  /** Files, folders and globs, in the order given. */
  readonly inputs: readonly string[];
  /** A list of more paths, read after `inputs` (`--files-from`, `--null`). Default: none. */
  readonly filesFrom: FileList | undefined;
  /** NDJSON output file; undefined: stdout (unless `db` is set). */
  readonly out: string | undefined;
  /** SQLite database to create or update. Default: none. */
  readonly db: string | undefined;
  /** File for skip and rejection records, one JSON line each. Default: none. */
  readonly rejects: string | undefined;
  /** Worker threads. Default: `os.availableParallelism()`. */
  readonly jobs: number;
  /** Exit 1 when any post was rejected. Default: false. */
  readonly strict: boolean;
  /** No progress and no summary. Default: false. */
  readonly quiet: boolean;
}

export type ParsedCommand = { kind: 'help' } | { kind: 'version' } | { kind: 'batch'; options: BatchOptions };

const batchFlags: FlagSpec = {
  out: { type: 'string', short: 'o' },
  db: { type: 'string' },
  rejects: { type: 'string' },
  'files-from': { type: 'string' },
  null: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
};

const helpHint = 'Run `cna-ingest --help` for the usage.';

export function parseBatchArgs(argv: readonly string[]): ParsedCommand {
  const { values, positionals } = parseOrExplain(argv, batchFlags);
  if (values.help === true) return { kind: 'help' };
  if (values.version === true) return { kind: 'version' };
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const filesFrom = nonEmpty('--files-from', text('files-from'));
  if (positionals.length === 0 && filesFrom === undefined) {
    throw new CommandError('no input: name the posts to read (files, folders or globs), or give --files-from <list>.', { hint: helpHint });
  }
  if (values.null === true && filesFrom === undefined) {
    throw new CommandError('--null says how the paths of a --files-from list end; give the list too.', { hint: helpHint });
  }
  const jobs = text('jobs');
  const options: BatchOptions = {
    inputs: positionals,
    filesFrom: filesFrom === undefined ? undefined : { from: filesFrom, nul: values.null === true },
    out: text('out') === '-' ? undefined : nonEmpty('--out', text('out')),
    db: nonEmpty('--db', text('db')),
    rejects: nonEmpty('--rejects', text('rejects')),
    jobs: jobs === undefined ? availableParallelism() : parseJobs(jobs),
    strict: values.strict === true,
    quiet: values.quiet === true,
  };
  checkDistinct(options);
  return { kind: 'batch', options };
}

/** Flags as `parseArgs` takes them. */
export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

/** What `parseOrExplain` found: values by flag name, and the other arguments. */
export interface RawArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** `parseArgs`, with its errors turned into sentences and a did-you-mean. */
export function parseOrExplain(argv: readonly string[], flags: FlagSpec): RawArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: flags, allowPositionals: true, strict: true });
    return { values: values as RawArgs['values'], positionals };
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
      const guess = closestFlag(flag, Object.keys(flags));
      const hint = guess === undefined ? helpHint : `Did you mean --${guess}? ${helpHint}`;
      throw new CommandError(`unknown option ${flag}.`, { hint });
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new CommandError(`${firstSentence((error as Error).message)}`, { hint: helpHint });
    }
    throw new CommandError(firstSentence(error instanceof Error ? error.message : String(error)), { hint: helpHint });
  }
}

function parseJobs(text: string): number {
  const jobs = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new CommandError(`--jobs must be a whole number from 1 to 256; got ${JSON.stringify(text)}.`, { hint: helpHint });
  }
  return jobs;
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === '') throw new CommandError(`${flag} needs a file name.`, { hint: helpHint });
  return value;
}

function checkDistinct(options: BatchOptions): void {
  const named = [
    ['--out', options.out],
    ['--db', options.db],
    ['--rejects', options.rejects],
    ['--files-from', options.filesFrom?.from === '-' ? undefined : options.filesFrom?.from],
  ].filter((pair): pair is [string, string] => pair[1] !== undefined);
  for (const [i, [flag, path]] of named.entries()) {
    const other = named.slice(i + 1).find(([, p]) => resolve(p) === resolve(path));
    if (other) throw new CommandError(`${flag} and ${other[0]} name the same file (${path}); give each its own file.`);
  }
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.endsWith('.') ? line : `${line}.`;
}

/** The known flag nearest to a mistyped one (edit distance ≤ 2), if any. */
export function closestFlag(flag: string, known: readonly string[]): string | undefined {
  const name = flag.replace(/^-+/, '').split('=')[0] ?? '';
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
