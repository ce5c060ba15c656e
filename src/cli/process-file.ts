/**
 * Read one post from disk and parse it: the work a worker does per file.
 * Never throws: a file that cannot be read is an `input:read` rejection,
 * bytes that are not UTF-8 an `input:encoding` one (from the parser).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { defaultOptions } from '../options.js';
import { safeParseCnaPost, safeParseCnaPosts } from '../parse.js';
import type { PostInput, SafeParseResult } from '../pipeline.js';
import type { Article } from '../schema.js';
import { describeSystemError } from './errors.js';
import { displayPath, fsPath, outcomeOf, type BatchOutcome, type BatchResult, type FileOutcome, type InputPath } from './outcome.js';

/**
 * Parse every file of a batch, in order, with `safeParseCnaPosts` (stage by
 * stage over the batch's posts, files read as the parser takes them); the
 * Articles come back as NDJSON bytes, written into `into` when they fit there.
 */
export async function processBatch(files: readonly InputPath[], into?: SharedArrayBuffer): Promise<BatchResult> {
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  const parsed: number[] = [];
  function* readable(): Generator<PostInput> {
    for (const [index, file] of files.entries()) {
      const read = readPost(file);
      if (!read.ok) {
        outcomes[index] = read.outcome;
        continue;
      }
      parsed.push(index);
      yield { source: read.bytes, file: displayPath(file) };
    }
  }
  try {
    let at = 0;
    for (const result of safeParseCnaPosts(readable())) {
      const index = parsed[at] as number;
      at += 1;
      outcomes[index] = outcomeOfResult(displayPath(files[index] as InputPath), result);
    }
  } catch {
    // Only a bug in the library gets here: each file on its own, so the bug is reported against the post that meets it.
    return batchResult(await Promise.all(files.map(processFile)), into);
  }
  return batchResult(outcomes, into);
}

function batchResult(outcomes: readonly FileOutcome[], into: SharedArrayBuffer | undefined): BatchResult {
  const lines: string[] = [];
  for (const outcome of outcomes) if (outcome.status === 'written') lines.push(outcome.line);
  const { bytes, sizes } = encodeLines(lines, into);
  let at = 0;
  const batched = outcomes.map((outcome): BatchOutcome => {
    if (outcome.status !== 'written') return outcome;
    const size = sizes[at] as number;
    at += 1;
    return { status: 'written', file: outcome.file, bytes: size, warnings: outcome.warnings };
  });
  return { outcomes: batched, articles: bytes };
}

/**
 * The lines as UTF-8, each followed by `\n`, and each line's size with its
 * `\n`: at the start of `into` when they fit (a message passes shared
 * memory by reference), else in a buffer of their own (not a slice of
 * Node's shared pool, which a message would copy whole). A UTF-16 code unit
 * takes at most 3 bytes in UTF-8, so when `into` holds 3 bytes per
 * character the lines are written there at once, each write giving its
 * size; only a batch too large for that bound is measured first (each
 * measure is a pass over the text: ~5 µs for a corpus Article).
 */
function encodeLines(lines: readonly string[], into: SharedArrayBuffer | undefined): { bytes: Uint8Array; sizes: number[] } {
  let bound = 0;
  for (const line of lines) bound += line.length * 3 + 1;
  let bytes: Buffer;
  if (into !== undefined && bound <= into.byteLength) bytes = Buffer.from(into);
  else {
    let size = 0;
    for (const line of lines) size += Buffer.byteLength(line) + 1;
    bytes = into !== undefined && size <= into.byteLength ? Buffer.from(into, 0, size) : Buffer.allocUnsafeSlow(size);
  }
  const sizes: number[] = [];
  let offset = 0;
  for (const line of lines) {
    const written = bytes.write(line, offset);
    bytes[offset + written] = 0x0a;
    sizes.push(written + 1);
    offset += written + 1;
  }
  return { bytes: offset === bytes.byteLength ? bytes : bytes.subarray(0, offset), sizes };
}

export async function processFile(path: InputPath): Promise<FileOutcome> {
  const read = readPost(path);
  if (!read.ok) return read.outcome;
  const file = displayPath(path);
  try {
    return outcomeOfResult(file, safeParseCnaPost(read.bytes, { file }));
  } catch (error) {
    // Only a bug in the library gets here; keep the run going and say so.
    const message = error instanceof Error ? error.message : String(error);
    return outcomeOf({ file, code: 'internal', stage: 'cli', message });
  }
}

function outcomeOfResult(file: string, result: SafeParseResult<Article>): FileOutcome {
  if (result.ok) {
    const { article } = result;
    return { status: 'written', file, line: JSON.stringify(article), warnings: article.warnings.map((w) => w.code) };
  }
  const { code, stage, message } = result.error.toJSON();
  return outcomeOf({ file, code, stage, message });
}

type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; outcome: FileOutcome };

/**
 * Read the file's bytes. Opened non-blocking so that a FIFO named `x.md`
 * cannot hang the run; anything but a regular file is refused. Synchronous
 * on purpose: each worker reads its own files, and the async calls queued on
 * libuv's small shared thread pool left the workers idle a third of the time.
 */
function readPost(path: InputPath): ReadResult {
  const file = displayPath(path);
  let fd: number;
  try {
    fd = openSync(fsPath(path), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return readFailure(file, `cannot open the file: ${describeSystemError(error)}`);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return readFailure(file, 'it is a folder, not a post');
    if (!stats.isFile()) return readFailure(file, 'not a regular file (a FIFO, socket or device)');
    if (stats.size > defaultOptions.maxBytes) {
      const message = `the post is ${stats.size} bytes, over the maxBytes limit of ${defaultOptions.maxBytes}`;
      return { ok: false, outcome: outcomeOf({ file, code: 'input:too-large', stage: 'read-file', message }) };
    }
    return { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    return readFailure(file, `cannot read the file: ${describeSystemError(error)}`);
  } finally {
    closeQuietly(fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Nothing to do: the bytes were read or the failure was reported.
  }
}

function readFailure(file: string, message: string): ReadResult {
  return { ok: false, outcome: outcomeOf({ file, code: 'input:read', stage: 'read-file', message }) };
}
