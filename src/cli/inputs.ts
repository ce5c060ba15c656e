/**
 * The input files of a run, streamed in a stable order: arguments in the
 * order given; inside a folder or a glob, `.md` files sorted by path in byte
 * order. Folders are walked lazily, one folder's names at a time, so the
 * list of an archive of any size is never held whole. Names are read as
 * bytes: a path that is not valid UTF-8 is yielded as its bytes, so it can
 * still be opened (see `InputPath`).
 */
import type { Dirent, OpenDirOptions } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { CommandError, describeSystemError, errnoCode } from './errors.js';
import { globBase, globToRegExp, isGlob } from './glob.js';
import { displayPath, fsPath, type InputPath } from './outcome.js';

/** Files named by the arguments, then by the entries of a `--files-from` list (if any), lazily, in order. */
export async function* expandInputs(args: readonly string[], listed?: AsyncIterable<InputPath>): AsyncGenerator<InputPath> {
  for (const arg of args) {
    const kind = await kindOf(arg);
    if (kind === 'folder') yield* walk(arg, () => true, true);
    else if (kind === 'file') yield arg;
    else if (isGlob(arg)) {
      const pattern = globToRegExp(arg.replace(/^(?:\.\/)+/, ''));
      yield* walk(globBase(arg), (path) => pattern.test(path), true);
    } else {
      throw missingInput(arg);
    }
  }
  if (listed !== undefined) yield* expandListed(listed);
}

/**
 * The files of a `--files-from` list's entries. An entry is a path, never a
 * glob. A folder is walked as an argument's is; anything else is an input,
 * even a missing one: a list (say, from `find`) can name a post removed
 * since, which is then rejected as unreadable, not lost, and the run goes
 * on. Entries ending in `.md` are posts and are not looked at here (the
 * worker that reads them does: a folder named so is rejected), so a list
 * of posts costs the main thread no file-system call.
 */
async function* expandListed(entries: AsyncIterable<InputPath>): AsyncGenerator<InputPath> {
  for await (const entry of entries) {
    const post = typeof entry === 'string' ? entry.endsWith('.md') : endsWithMd(fsPath(entry) as Buffer);
    if (post || (await kindOf(entry)) !== 'folder') yield entry;
    else yield* walk(entry, () => true, false);
  }
}

/** Fail before any output is created when an argument names nothing. */
export async function checkInputs(args: readonly string[]): Promise<void> {
  for (const arg of args) {
    if (!isGlob(arg) && (await kindOf(arg)) === 'missing') throw missingInput(arg);
  }
}

function missingInput(arg: string): CommandError {
  return new CommandError(`cannot read ${JSON.stringify(arg)}: no such file or folder.`, {
    // Node decodes the arguments as UTF-8, with U+FFFD for bytes that are not: such a name reaches us changed.
    hint: arg.includes('\ufffd')
      ? 'This name holds bytes that are not UTF-8, which reach the command changed; name the folder that holds the post instead.'
      : arg === '-'
        ? '"-" is not an input; to read the paths of posts from standard input, give --files-from -.'
        : 'Name .md posts, folders of posts or a quoted glob such as "posts/**/*.md".',
  });
}

async function kindOf(path: InputPath): Promise<'folder' | 'file' | 'missing'> {
  try {
    return (await stat(fsPath(path))).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    // A dangling link named on the command line is still an input (rejected as unreadable).
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return 'missing';
    return 'file';
  }
}

/**
 * Walk a folder depth-first. Entries are sorted as full paths would sort in
 * byte order (a folder compares as `name/`). Symbolic links to folders are
 * not followed; every other entry ending in `.md` is an input, so a FIFO or
 * a dangling link named `x.md` is reported as unreadable instead of lost.
 * Paths stay strings while their names are UTF-8, and become bytes from
 * the first name that is not; globs match the path as `displayPath` shows it.
 */
async function* walk(folder: InputPath, accept: (path: string) => boolean, top: boolean): AsyncGenerator<InputPath> {
  let entries: Dirent<Buffer>[];
  try {
    entries = await sortedEntries(folder);
  } catch (error) {
    if (top) throw new CommandError(`cannot list the folder ${JSON.stringify(displayPath(folder))}: ${describeSystemError(error)}.`);
    // A sub-folder that vanished or cannot be listed is reported as one unreadable input.
    yield folder;
    return;
  }
  for (const entry of entries) {
    const path = childPath(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path, accept, false);
    else if (endsWithMd(entry.name) && accept(displayPath(path))) yield path;
  }
}

const SLASH = 0x2f;
const MD = Buffer.from('.md');

/** `folder/name`: joined as strings while both are UTF-8 (as `path.join`), else as bytes. */
function childPath(folder: InputPath, name: Buffer): InputPath {
  if (typeof folder === 'string' && isUtf8(name)) return folder === '.' ? name.toString('utf8') : join(folder, name.toString('utf8'));
  if (folder === '.') return name;
  const base = Buffer.from(fsPath(folder));
  return base[base.length - 1] === SLASH ? Buffer.concat([base, name]) : Buffer.concat([base, Buffer.of(SLASH), name]);
}

function endsWithMd(name: Buffer): boolean {
  return name.length >= MD.length && name.subarray(name.length - MD.length).equals(MD);
}

async function sortedEntries(folder: InputPath): Promise<Dirent<Buffer>[]> {
  const entries: Dirent<Buffer>[] = [];
  // Node reads names as bytes with `encoding: 'buffer'` (its types for opendir list text encodings only).
  const bytes = { encoding: 'buffer' } as unknown as OpenDirOptions;
  for await (const entry of await opendir(fsPath(folder), bytes)) entries.push(entry as unknown as Dirent<Buffer>);
  const key = (entry: Dirent<Buffer>): Buffer => (entry.isDirectory() ? Buffer.concat([entry.name, Buffer.of(SLASH)]) : entry.name);
  const keys = new Map(entries.map((entry) => [entry, key(entry)]));
  return entries.sort((a, b) => Buffer.compare(keys.get(a) as Buffer, keys.get(b) as Buffer));
}

/** Count the inputs (for the progress ETA), with a list's when given; stops early when `signal` aborts. */
export async function countInputs(args: readonly string[], signal: AbortSignal, listed?: AsyncIterable<InputPath>): Promise<number> {
  let count = 0;
  try {
    for await (const _file of expandInputs(args, listed)) {
      if (signal.aborted) break;
      count += 1;
    }
  } catch {
    // The run itself reports a folder that cannot be listed.
  }
  return count;
}
