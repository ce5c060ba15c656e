/**
 * What became of one input file. Every file read ends as exactly one of
 * these, so the summary can check read = written + skipped + rejected.
 */

/** One line of `--rejects` (and one row of the `rejects` table). */
export interface RejectRecord {
  readonly file: string;
  /** A rejection code of the library, or `input:read`, or `interrupted`. */
  readonly code: string;
  readonly stage: string;
  readonly message: string;
}

/** What every written outcome says: the file and its Article's warning codes. */
interface Written {
  readonly status: 'written';
  readonly file: string;
  /** Codes of the Article's warnings. */
  readonly warnings: readonly string[];
}

export type FileOutcome =
  | (Written & {
      /** The Article as one JSON line, without the newline. */
      readonly line: string;
    })
  | NotWritten;

/** A skip or a rejection. */
export type NotWritten = { readonly status: 'skipped'; readonly record: RejectRecord } | { readonly status: 'rejected'; readonly record: RejectRecord };

/**
 * An outcome inside a `BatchResult`: a written post's line is not a string
 * here but `bytes` bytes of the batch's `articles`.
 */
export type BatchOutcome =
  | (Written & {
      /** Length of the Article's line in `BatchResult.articles`, its newline included. */
      readonly bytes: number;
    })
  | NotWritten;

/** Codes that skip a post rather than reject it. */
export const skipCodes: ReadonlySet<string> = new Set(['not-cna', 'interrupted']);

/** The outcome of a skip or rejection with this record. */
export function outcomeOf(record: RejectRecord): NotWritten {
  return skipCodes.has(record.code) ? { status: 'skipped', record } : { status: 'rejected', record };
}

/**
 * A file to read: its path as a string, or, when the path's bytes are not
 * valid UTF-8 (a name written in Big5, say), those bytes, which no string
 * can name (Node encodes string paths as UTF-8).
 */
export type InputPath = string | Uint8Array;

/** How records show an input: the path, or its bytes decoded as UTF-8 with U+FFFD for each byte that is not. */
export function displayPath(path: InputPath): string {
  return typeof path === 'string' ? path : fsPath(path).toString('utf8');
}

/** The path as `node:fs` takes it (bytes arrive from a worker message as a plain Uint8Array: viewed as a Buffer, not copied). */
export function fsPath(path: InputPath): string | Buffer {
  return typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength);
}

/** A batch of files sent to a worker, and what comes back. */
export interface BatchTask {
  readonly files: readonly InputPath[];
  /** Where to write the batch's Articles when they fit (see `BatchRunner`). */
  readonly into?: SharedArrayBuffer | undefined;
}

/**
 * What a batch gives back. The Articles travel as UTF-8 NDJSON bytes, not
 * strings: the main thread only copies them to the output, so they never
 * land on its JS heap (where ~6 KB strings per post, held by the ordering
 * window, were promoted and grew it to ~100 MB between collections).
 */
export interface BatchResult {
  readonly outcomes: readonly BatchOutcome[];
  /** The written outcomes' lines, in order, each ending in `\n`; empty when none was written. */
  readonly articles: Uint8Array;
}

/** A result without Articles. */
export function notWritten(outcomes: readonly NotWritten[]): BatchResult {
  return { outcomes, articles: new Uint8Array(0) };
}

/** A batch result's outcomes in order, each written one with its line decoded (for the database). */
export function* fileOutcomes(result: BatchResult): Generator<FileOutcome> {
  const decoder = new TextDecoder();
  let offset = 0;
  for (const outcome of result.outcomes) {
    if (outcome.status !== 'written') {
      yield outcome;
      continue;
    }
    const line = decoder.decode(result.articles.subarray(offset, offset + outcome.bytes - 1));
    offset += outcome.bytes;
    yield { status: 'written', file: outcome.file, line, warnings: outcome.warnings };
  }
}

