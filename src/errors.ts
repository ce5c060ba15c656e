/**
 * `CnaPostError`: the one error type a parse throws or returns for a post
 * that cannot become an Article. It names the file (when known), the stage,
 * the field and the reason.
 */

/** Codes of rejections; stable, documented in the README. */
export const rejectionCodes = {
  'input:too-large': 'the post is larger than the `maxBytes` limit',
  'input:encoding': 'the bytes are not valid UTF-8',
  'input:too-deep': 'the HTML nests deeper than the `maxDepth` limit',
  'input:too-heavy': 'parsing the post needed more memory than a batch worker may use (`CNA_INGEST_WORKER_HEAP_MB`; command line only)',
  'front-matter:missing': 'the post does not open with a `---` front-matter block',
  'front-matter:engine': 'the front matter names an engine other than YAML (never evaluated)',
  'front-matter:yaml': 'the front matter is not valid YAML',
  'front-matter:invalid': 'a required front-matter field is missing or of the wrong type, or `from` is a CNA URL without a 12-digit article id',
  'not-cna': 'the post is not a Central News Agency post (author or URL of another source)',
  'body:missing': 'the post has no HTML body',
  'body:empty': 'the article body has no text',
  'schema:invalid': 'the assembled article does not satisfy `articleSchema`',
  internal: 'a stage failed unexpectedly (a bug: please report it with the post)',
} as const satisfies Record<string, string>;

/** A key of `rejectionCodes`, e.g. `'not-cna'`. */
export type RejectionCode = keyof typeof rejectionCodes;

/** One problem found by the schema (or by a stage) in a field. */
export interface FieldIssue {
  /** Path of the field, e.g. `['dateline', 'day']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** Machine-readable sub-code (zod's issue code for schema issues). */
  readonly code: string;
}

/** What `new CnaPostError(init)` takes; `message` is built from file, stage, field, reason and code. */
export interface CnaPostErrorInit {
  readonly code: RejectionCode;
  readonly stage: string;
  readonly reason: string;
  readonly file?: string | undefined;
  readonly field?: string | undefined;
  readonly issues?: readonly FieldIssue[] | undefined;
  readonly cause?: unknown;
}

/** A post that cannot become an Article. */
export class CnaPostError extends Error {
  override readonly name = 'CnaPostError';
  /** Stable rejection code, e.g. `'not-cna'`, `'front-matter:engine'`. */
  readonly code: RejectionCode;
  /** The pipeline stage that rejected the post, e.g. `'parse-front-matter'`. */
  readonly stage: string;
  /** The file the post came from, when the caller said (`options.file`). */
  readonly file: string | undefined;
  /** The field at fault (`'date'`, `'from'`, `'paragraphs'`), when one is. */
  readonly field: string | undefined;
  /** The reason in words, without file and stage. */
  readonly reason: string;
  /** Field-level issues (from the schema), possibly empty. */
  readonly issues: readonly FieldIssue[];

  constructor(init: CnaPostErrorInit) {
    const where = [init.file, init.stage, init.field].filter(Boolean).join(': ');
    super(`${where}: ${init.reason} [${init.code}]`, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.stage = init.stage;
    this.file = init.file;
    this.field = init.field;
    this.reason = init.reason;
    this.issues = init.issues ?? [];
  }

  /** A plain object for logs and NDJSON: `{ file, code, stage, field, message }`. */
  toJSON(): { file: string | null; code: RejectionCode; stage: string; field: string | null; message: string } {
    return {
      file: this.file ?? null,
      code: this.code,
      stage: this.stage,
      field: this.field ?? null,
      message: this.reason,
    };
  }
}

/** True when `value` is a `CnaPostError` (a post that could not become an Article). */
export function isCnaPostError(value: unknown): value is CnaPostError {
  return value instanceof CnaPostError;
}
