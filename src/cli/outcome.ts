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

export type FileOutcome =
  | {
      readonly status: 'written';
      readonly file: string;
      /** The Article as one JSON line, without the newline. */
      readonly line: string;
      /** Codes of the Article's warnings. */
      readonly warnings: readonly string[];
    }
  | { readonly status: 'skipped'; readonly record: RejectRecord }
  | { readonly status: 'rejected'; readonly record: RejectRecord };

/** Codes that skip a post rather than reject it. */
export const skipCodes: ReadonlySet<string> = new Set(['not-cna', 'interrupted']);

/** The outcome of a skip or rejection with this record. */
export function outcomeOf(record: RejectRecord): FileOutcome {
  return skipCodes.has(record.code) ? { status: 'skipped', record } : { status: 'rejected', record };
}

/** A batch of files sent to a worker, and what comes back. */
export interface BatchTask {
  readonly files: readonly string[];
}

export interface BatchResult {
  readonly outcomes: readonly FileOutcome[];
}
