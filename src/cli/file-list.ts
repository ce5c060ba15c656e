/**
 * `--files-from <file>`: the paths of a run read from a list, one per line,
 * or ending in NUL bytes with `--null` (as `find -print0` writes them);
 * `-` reads the list from standard input. The list is streamed, so
 * `find … | cna-ingest --files-from -` starts parsing at once, whatever the
 * length of the list. Entries are taken as written (relative ones from the
 * working folder; no glob matching, no trimming but a line's final CR and
 * the list's opening byte order mark); an
 * entry that is not valid UTF-8 is kept as its bytes (see `InputPath`).
 */
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { CommandError, describeSystemError } from './errors.js';
import type { InputPath } from './outcome.js';

/** Where a list comes from, and how its entries end. */
export interface FileList {
  /** The list's file, or `-` for standard input. */
  readonly from: string;
  /** Entries end in NUL bytes (`--null`) instead of newlines. */
  readonly nul: boolean;
}

/**
 * The longest entry read. Linux's PATH_MAX is 4,096 bytes; anything longer
 * is not a path, and a list without any separator (a post or a binary file
 * named by mistake) would otherwise be held whole.
 */
export const maxEntryBytes = 4096;

const hint = 'Give --files-from a list of paths, one per line (with --null: each ending in a NUL byte, as `find -print0` writes).';

/**
 * Fail before any output is created when the list's file cannot be read.
 * Resolves to whether the list can be read a second time (to count the
 * inputs for the progress line): only a regular file can. Standard input
 * and pipes, such as bash's `--files-from <(find …)` (`/dev/fd/63`), give
 * their bytes once: a second reader would take entries from the run.
 */
export async function checkList(list: FileList): Promise<boolean> {
  if (list.from === '-') return false;
  let stats: Stats;
  try {
    stats = await stat(list.from);
  } catch (error) {
    throw new CommandError(`cannot read the --files-from list ${JSON.stringify(list.from)}: ${describeSystemError(error)}.`, { hint });
  }
  if (stats.isDirectory()) throw new CommandError(`the --files-from list ${JSON.stringify(list.from)} is a folder; name the folder itself as an input instead.`, { hint });
  return stats.isFile();
}

/** The list's bytes: its file, or `stdin` for `-`. */
export function listChunks(list: FileList, stdin: AsyncIterable<Uint8Array | string> | undefined): AsyncIterable<Uint8Array | string> {
  if (list.from !== '-') return createReadStream(list.from);
  if (stdin === undefined) throw new CommandError('--files-from - reads standard input, which this command was not given.', { hint });
  return stdin;
}

/** The entries of a list, in order; empty entries are skipped. */
export async function* listEntries(chunks: AsyncIterable<Uint8Array | string>, list: FileList): AsyncGenerator<InputPath> {
  const separator = list.nul ? 0x00 : 0x0a;
  const name = list.from === '-' ? 'standard input' : JSON.stringify(list.from);
  let rest = Buffer.alloc(0);
  let line = 0;
  const entry = (bytes: Buffer): InputPath | undefined => {
    line += 1;
    // A list saved by a Windows editor may open with a UTF-8 byte order mark, which no path starts with.
    const start = line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const end = !list.nul && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    if (end <= start) return undefined;
    const path = bytes.subarray(start, end);
    // A copy: the entry must not hold the whole chunk it was cut from.
    return isUtf8(path) ? path.toString('utf8') : Uint8Array.from(path);
  };
  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (!list.nul && bytes.includes(0x00)) {
        throw new CommandError(`the --files-from list (${name}) holds NUL bytes, so its paths are not one per line.`, {
          hint: 'Give --null when each path ends in a NUL byte (as `find -print0` writes).',
        });
      }
      const data = rest.length === 0 ? bytes : Buffer.concat([rest, bytes]);
      let start = 0;
      for (let at = data.indexOf(separator, start); at !== -1; at = data.indexOf(separator, start)) {
        const path = entry(data.subarray(start, at));
        if (path !== undefined) yield path;
        start = at + 1;
      }
      if (data.length - start > maxEntryBytes) {
        throw new CommandError(`the --files-from list (${name}) has an entry (number ${line + 1}) of over ${maxEntryBytes} bytes, longer than any path.`, { hint });
      }
      rest = Buffer.from(data.subarray(start));
    }
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError(`cannot read the --files-from list (${name}): ${describeSystemError(error)}.`, { hint });
  }
  const last = entry(rest);
  if (last !== undefined) yield last;
}
