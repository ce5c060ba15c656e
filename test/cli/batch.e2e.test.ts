/** End-to-end: the built command on small temp folders of corpus posts. */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/index.js';
import { corpus, corpusAvailable, ensureBuilt, root, run, start, summaryCounts, waitFor } from './helpers.js';

let dir: string;
let posts: string;

/** The Article the built library (dist/index.js, in a process of its own) makes of a file. */
function parsedByBuiltLibrary(file: string): { id: string } {
  const script = `import { parseCnaPost } from ${JSON.stringify(join(root, 'dist', 'index.js'))};
    import { readFileSync } from 'node:fs';
    process.stdout.write(JSON.stringify(parseCnaPost(readFileSync(process.argv[1]))));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, file], { encoding: 'utf8' })) as { id: string };
}

/** Three CNA posts, one of another agency, and the faulty inputs. */
function makeFolder(): void {
  dir = mkdtempSync(join(tmpdir(), 'cna-cli-'));
  posts = join(dir, 'posts');
  mkdirSync(join(posts, 'sub'), { recursive: true });
  const cna = readdirSync(join(corpus, 'cna')).filter((name) => name.startsWith('2020-08')).slice(0, 3);
  const other = readdirSync(join(corpus, 'other')).slice(0, 1);
  cna.forEach((name, i) => copyFileSync(join(corpus, 'cna', name), join(posts, i === 2 ? 'sub' : '', `c${i}.md`)));
  copyFileSync(join(corpus, 'other', other[0] as string), join(posts, 'o0.md'));
  writeFileSync(join(posts, 'notes.txt'), 'not a post');
  // A dangling link (a file that vanished), a FIFO (would block a plain read), bytes that are not UTF-8.
  symlinkSync(join(dir, 'gone.md'), join(posts, 'x-broken.md'));
  execFileSync('mkfifo', [join(posts, 'x-fifo.md')]);
  writeFileSync(join(posts, 'x-latin1.md'), Buffer.from('---\ntitle: \xe4\xb8\n---\n', 'latin1'));
}

describe.skipIf(!corpusAvailable)('cna-ingest on a small folder', () => {
  beforeAll(() => {
    ensureBuilt();
    makeFolder();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accounts for every input: written, skipped not-cna, rejected input:read and input:encoding', () => {
    const rejects = join(dir, 'rejects.ndjson');
    const result = run([posts, '--rejects', rejects, '--jobs', '2']);
    expect(result.status).toBe(0);
    expect(summaryCounts(result.stderr)).toEqual({ read: 7, written: 3, skipped: 1, rejected: 3 });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(articleSchema.safeParse(JSON.parse(line)).success).toBe(true);
    const records = readFileSync(rejects, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, string>);
    expect(records.map((r) => [r.file?.slice(posts.length + 1), r.code])).toEqual([
      ['o0.md', 'not-cna'],
      ['x-broken.md', 'input:read'],
      ['x-fifo.md', 'input:read'],
      ['x-latin1.md', 'input:encoding'],
    ]);
    for (const record of records) expect(Object.keys(record)).toEqual(['file', 'code', 'stage', 'message']);
  });

  it('writes Articles in path order, the same with one job or two', () => {
    const one = run([posts, '--jobs', '1', '-q']);
    const two = run([posts, '--jobs', '2', '-q']);
    expect(one.stdout).toBe(two.stdout);
    expect(one.stderr).toBe('');
    const expected = ['c0.md', 'c1.md', 'sub/c2.md'].map((file) => parsedByBuiltLibrary(join(posts, file)));
    expect(one.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(expected.map((a) => a.id));
  });

  it('exits 1 with --strict when a post was rejected, 0 when none was', () => {
    expect(run([posts, '--strict', '-q', '--out', join(dir, 'a.ndjson')]).status).toBe(1);
    expect(run([join(posts, 'c0.md'), join(posts, 'o0.md'), '--strict', '-q', '--out', join(dir, 'a.ndjson')]).status).toBe(0);
  });

  it('does not read its own output when it lies among the inputs, and says so', () => {
    // An --out named .md inside the input folder, and --rejects named as an input itself.
    const out = join(posts, 'sub', 'out.md');
    const rejects = join(posts, 'x-rejects.md');
    try {
      writeFileSync(rejects, 'left from an earlier run');
      const result = run([posts, rejects, '--out', out, '--rejects', rejects]);
      expect(result.status).toBe(0);
      expect(summaryCounts(result.stderr)).toEqual({ read: 7, written: 3, skipped: 1, rejected: 3 });
      expect(result.stderr).toContain(`cna-ingest: not reading ${out}: it is this run's --out file.`);
      expect(result.stderr.split(`not reading ${rejects}: it is this run's --rejects file.`)).toHaveLength(3);
      expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(3);
      expect(readFileSync(rejects, 'utf8').trimEnd().split('\n')).toHaveLength(4);
    } finally {
      rmSync(out, { force: true });
      rmSync(rejects, { force: true });
    }
  });

  it('reads the paths a --files-from list gives after the arguments, from a file or from stdin with --null', () => {
    const expected = run([join(posts, 'o0.md'), join(posts, 'c1.md'), join(posts, 'sub'), '-q']).stdout;
    expect(expected.trimEnd().split('\n')).toHaveLength(2);
    // A list file of lines (one relative to the working folder, a folder, a post gone since, an empty line, CRLF).
    const list = join(dir, 'list.txt');
    writeFileSync(list, `posts/c1.md\r\n${join(posts, 'sub')}\n\n${join(posts, 'gone.md')}\n`);
    const rejects = join(dir, 'list-rejects.ndjson');
    const fromFile = run([join(posts, 'o0.md'), '--files-from', list, '--rejects', rejects, '--jobs', '2'], { cwd: dir });
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toBe(expected);
    expect(summaryCounts(fromFile.stderr)).toEqual({ read: 4, written: 2, skipped: 1, rejected: 1 });
    const records = readFileSync(rejects, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, string>);
    expect(records.map((r) => [r.file, r.code])).toEqual([
      [join(posts, 'o0.md'), 'not-cna'],
      [join(posts, 'gone.md'), 'input:read'],
    ]);
    // The same from standard input, NUL-terminated as find -print0 writes, alone and with one job.
    const stdin = [join(posts, 'o0.md'), join(posts, 'c1.md'), join(posts, 'sub')].map((path) => `${path}\0`).join('');
    const fromStdin = run(['--files-from', '-', '--null', '--jobs', '1'], { input: stdin });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(expected);
    expect(summaryCounts(fromStdin.stderr)).toEqual({ read: 3, written: 2, skipped: 1, rejected: 0 });
    // The same from a pipe named as the list (as bash's <(find …) names one): it is read once, by the run.
    const fifo = join(dir, 'list.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', 'printf "%s" "$1" > "$2"', 'sh', stdin.replaceAll('\0', '\n'), fifo]);
    const fromPipe = run(['--files-from', fifo, '--jobs', '2']);
    writer.kill();
    expect(fromPipe.status).toBe(0);
    expect(fromPipe.stdout).toBe(expected);
    expect(summaryCounts(fromPipe.stderr)).toEqual({ read: 3, written: 2, skipped: 1, rejected: 0 });
    // Without --null such a list is refused before anything is written.
    const refused = run(['--files-from', '-', '--out', join(dir, 'refused.ndjson')], { input: stdin });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('holds NUL bytes');
    expect(readFileSync(join(dir, 'refused.ndjson'), 'utf8')).toBe('');
  });

  it('writes and counts the posts already sent when its list fails part way, then exits 2 after the summary', () => {
    // 3,000 paths (~250 KB, several reads of the list), then a NUL byte: a list of lines that is not one.
    const paths = ['c0.md', 'c1.md', join('sub', 'c2.md'), 'o0.md'].map((file) => join(posts, file));
    const list = join(dir, 'failing-list.txt');
    writeFileSync(list, `${Array.from({ length: 3000 }, (_, i) => paths[i % paths.length]).join('\n')}\nx\0y\n`);
    const out = join(dir, 'failing.ndjson');
    const result = run(['--files-from', list, '--out', out, '--jobs', '2']);
    expect(result.status).toBe(2);
    const summaryAt = result.stderr.indexOf('cna-ingest: stopped, the inputs failed: read ');
    const errorAt = result.stderr.indexOf('holds NUL bytes');
    expect(summaryAt).toBeGreaterThanOrEqual(0);
    expect(errorAt).toBeGreaterThan(summaryAt);
    const counts = summaryCounts(result.stderr);
    // Some posts were sent before the NUL byte was read; every one of them is accounted for and written whole.
    expect(counts.read).toBeGreaterThan(0);
    expect(counts.read).toBeLessThan(3000);
    expect(counts.read).toBe(counts.written + counts.skipped + counts.rejected);
    expect(counts.rejected).toBe(0);
    expect(counts.skipped).toBe(Math.floor(counts.read / 4));
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(counts.written);
    for (const line of lines) expect(articleSchema.safeParse(JSON.parse(line)).success).toBe(true);
  });

  it('parses the paths of a list written slowly as they come, and exits at once on a failure while the writer stalls', async () => {
    const out = join(dir, 'live.ndjson');
    const lines = (): number => (existsSync(out) ? readFileSync(out, 'utf8').split('\n').length - 1 : 0);
    const live = start(['--files-from', '-', '--out', out, '--jobs', '2']);
    try {
      // One path, and the list stays open: the post is written without waiting for 49 more or for the end.
      live.stdin.write(`${join(posts, 'c0.md')}\n`);
      expect(await waitFor(() => lines() === 1, 20_000)).toBe(true);
      live.stdin.write(`${join(posts, 'c1.md')}\n`);
      expect(await waitFor(() => lines() === 2, 20_000)).toBe(true);
      live.stdin.end();
      const ended = await live.done;
      expect(ended.status).toBe(0);
      expect(summaryCounts(ended.stderr)).toEqual({ read: 2, written: 2, skipped: 0, rejected: 0 });
    } finally {
      live.kill();
    }
    if (!existsSync('/dev/full')) return;
    // A write that fails while the program writing the list is still running: the command exits 2 without waiting for it.
    const failing = start(['--files-from', '-', '--out', '/dev/full', '--jobs', '1']);
    let exited: number | null | undefined;
    void failing.done.then((ended) => (exited = ended.status));
    try {
      failing.stdin.write(`${join(posts, 'c0.md')}\n`);
      expect(await waitFor(() => exited !== undefined, 20_000)).toBe(true);
      expect(exited).toBe(2);
      expect(failing.stderr()).toContain('no space left on the device (ENOSPC)');
    } finally {
      failing.stdin.end();
      failing.kill();
    }
  }, 60_000);

  it('reads a quoted glob', () => {
    const result = run([`${posts}/**/c*.md`, '-q']);
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it('exits 2 with a sentence and a hint for bad arguments', () => {
    const unknown = run([posts, '--jbos', '2']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option --jbos');
    expect(unknown.stderr).toContain('Did you mean --jobs?');
    expect(run([]).status).toBe(2);
    expect(run([posts, '--jobs', 'lots']).stderr).toContain('--jobs must be a whole number');
    const missing = run([join(dir, 'nowhere'), '--out', join(dir, 'never.ndjson')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file or folder');
    expect(existsSync(join(dir, 'never.ndjson'))).toBe(false);
  });

  it('exits 2 when the output cannot be created or written, leaving no half line', () => {
    const noFolder = run([posts, '--out', join(dir, 'no', 'such', 'folder', 'a.ndjson')]);
    expect(noFolder.status).toBe(2);
    expect(noFolder.stderr).toMatch(/cannot create the --out file .*no such file or folder/);
    const proc = run([posts, '--out', '/proc/cna-ingest.ndjson']);
    expect(proc.status).toBe(2);
    expect(proc.stderr).toContain('cannot create the --out file');
    const full = run([posts, '--out', '/dev/full']);
    expect(full.status).toBe(2);
    expect(full.stderr).toContain('no space left on the device (ENOSPC)');
    expect(full.stderr).not.toContain('    at ');
  });

  it('prints help, version and the subcommands', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: cna-ingest <file\|folder\|glob>/);
    expect(help.stdout).toContain('check <fixtures-dir>');
    expect(help.stdout).toContain('search <db> <query>');
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout).toBe(`${version}\n`);
  });

  it('says what to install when no SQLite binding loads', () => {
    // A resolve hook that hides better-sqlite3 (Node 20 has no node:sqlite either).
    const hook = `export async function resolve(specifier, context, next) {
      if (specifier === 'better-sqlite3') throw Object.assign(new Error('hidden'), { code: 'ERR_MODULE_NOT_FOUND' });
      return next(specifier, context);
    }`;
    const hide = join(dir, 'hide-sqlite.mjs');
    writeFileSync(hide, `import { register } from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});\n`);
    const result = run([posts, '--db', join(dir, 'x.sqlite')], { nodeArgs: ['--import', hide] });
    if (process.versions.node.split('.').map(Number)[0] === 20) {
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('npm install better-sqlite3');
      expect(result.stderr).toContain('Node >= 22.13');
    }
  });

  it('keeps SQLite and piscina out of the library bundle', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const bundle = readFileSync(join(root, 'dist', file), 'utf8');
      expect(bundle).not.toMatch(/better-sqlite3|node:sqlite|piscina/);
    }
  });
});

/**
 * Names that are not UTF-8 (Big5 bytes, as an archive copied from an old
 * Windows machine may have): Node decodes them with U+FFFD when it reads a
 * folder as strings, and that string names no file. Skipped where the file
 * system refuses such names.
 */
describe.skipIf(!corpusAvailable)('cna-ingest on file and folder names that are not UTF-8', () => {
  let base: string;
  let made = false;
  // 中央社 and 台北 in Big5: A4A4 A5A1 AAC0, A578 A55F.
  const big5Folder = Buffer.from([0xa4, 0xa4, 0xa5, 0xa1, 0xaa, 0xc0]);
  const big5File = Buffer.concat([Buffer.from([0xa5, 0x78, 0xa5, 0x5f]), Buffer.from('.md')]);
  const cnaPosts = (): string[] => readdirSync(join(corpus, 'cna')).filter((name) => name.startsWith('2020-08')).slice(0, 3);
  const bytesPath = (...parts: Buffer[]): Buffer => Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [Buffer.from('/'), part])));

  beforeAll(() => {
    ensureBuilt();
    base = mkdtempSync(join(tmpdir(), 'cna-names-'));
    const [first, second, third] = cnaPosts() as [string, string, string];
    try {
      mkdirSync(bytesPath(Buffer.from(base), big5Folder));
      copyFileSync(join(corpus, 'cna', first), bytesPath(Buffer.from(base), big5File));
      copyFileSync(join(corpus, 'cna', second), bytesPath(Buffer.from(base), big5Folder, Buffer.from('a.md')));
      made = true;
    } catch {
      // The file system refuses names that are not UTF-8.
    }
    copyFileSync(join(corpus, 'cna', third), join(base, 'z.md'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('reads every post, in byte order of the paths, with one job or two', (context) => {
    if (!made) context.skip();
    const [first, second, third] = cnaPosts() as [string, string, string];
    const idOf = (name: string): string => parsedByBuiltLibrary(join(corpus, 'cna', name)).id;
    // Byte order: A4… (the folder) < A5… (the file); 'z' (7A) sorts first.
    const expected = [third, second, first].map(idOf);
    for (const jobs of ['1', '2']) {
      const rejects = join(base, `rejects-${jobs}.ndjson`);
      const result = run([base, '--jobs', jobs, '--rejects', rejects]);
      expect(result.status).toBe(0);
      expect(summaryCounts(result.stderr)).toEqual({ read: 3, written: 3, skipped: 0, rejected: 0 });
      expect(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(expected);
      expect(readFileSync(rejects, 'utf8')).toBe('');
    }
  });

  it('names such a file in its records with U+FFFD for the bytes that are not UTF-8', (context) => {
    if (!made) context.skip();
    // Made unreadable by replacing it with a dangling link: a rejection that names the file.
    rmSync(bytesPath(Buffer.from(base), big5File));
    symlinkSync(join(base, 'gone.md'), bytesPath(Buffer.from(base), big5File));
    const rejects = join(base, 'rejects.ndjson');
    const result = run([base, '--rejects', rejects]);
    const records = readFileSync(rejects, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string; code: string });
    expect(records.map((record) => [record.file, record.code])).toEqual([[join(base, '\ufffdx\ufffd_.md'), 'input:read']]);
    expect(result.status).toBe(0);
    expect(summaryCounts(result.stderr)).toEqual({ read: 3, written: 2, skipped: 0, rejected: 1 });
  });
});

/** A real full disk: a 512 KiB tmpfs (two batches of Articles fit, the third does not) (needs root and mount rights; skipped otherwise). */
function mountTinyDisk(): string | undefined {
  const where = mkdtempSync(join(tmpdir(), 'cna-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', where], { stdio: 'ignore' });
    return where;
  } catch {
    rmSync(where, { recursive: true, force: true });
    return undefined;
  }
}

describe.skipIf(!corpusAvailable)('cna-ingest on a disk that fills up', () => {
  let disk: string | undefined;
  beforeAll(() => {
    ensureBuilt();
    disk = mountTinyDisk();
    if (disk === undefined) console.warn('full-disk test skipped: cannot mount a tmpfs here');
  });
  afterAll(() => {
    if (disk === undefined) return;
    execFileSync('umount', [disk], { stdio: 'ignore' });
    rmSync(disk, { recursive: true, force: true });
  });

  it('exits 2 on ENOSPC and leaves only whole lines in --out', (context) => {
    if (disk === undefined) return context.skip();
    const out = join(disk, 'a.ndjson');
    const result = run([join(corpus, 'cna'), '--out', out, '--jobs', '1', '-q']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no space left on the device (ENOSPC)');
    const text = readFileSync(out, 'utf8');
    expect(text.length).toBeGreaterThan(0);
    expect(text.endsWith('\n')).toBe(true);
    for (const line of text.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });
});

/** A post of `count` one-character paragraphs: about 9 bytes of HTML per paragraph, the heaviest heap per byte measured. */
function paragraphsPost(paragraph: string, count: number): string {
  const head = '---\ntitle: "測試"\ndate: 2023-09-15T07:50:00.000Z\nauthor: (臺)中央社CNA\nfrom: https://www.cna.com.tw/news/aopl/202309150183.aspx\n---\n<!--1694764200000-->\n[測試](https://www.cna.com.tw/news/aopl/202309150183.aspx)\n------\n\n';
  return `${head}<div>${paragraph.repeat(count)}<p>（編輯：陳惠珍）1120915</p></div>\n`;
}

describe.skipIf(!corpusAvailable)('cna-ingest and the memory limit of its workers', () => {
  let folder: string;
  beforeAll(() => {
    ensureBuilt();
    folder = mkdtempSync(join(tmpdir(), 'cna-mem-'));
    const cna = readdirSync(join(corpus, 'cna')).filter((name) => name.startsWith('2020-08')).slice(0, 4);
    cna.forEach((name, i) => copyFileSync(join(corpus, 'cna', name), join(folder, `${'acde'[i]}.md`)));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('rejects, naming it, only the post that kills a worker; the rest of its batch is written as with --jobs 1', () => {
    const posts = join(folder, 'small-heap');
    mkdirSync(posts);
    for (const name of ['a.md', 'c.md', 'd.md', 'e.md']) copyFileSync(join(folder, name), join(posts, name));
    // 1 MB of one-character paragraphs after a comment, so that parse5 (not the template reader, which
    // declines comments) reads them: ~100 MB of heap, over a 64 MB limit; the other posts fit in it.
    writeFileSync(join(posts, 'b.md'), paragraphsPost('<p>字</p>', 100_000).replace('<div>', '<div><!-- x -->'));
    const rejects = join(folder, 'rejects.ndjson');
    const env = { CNA_INGEST_WORKER_HEAP_MB: '64' };
    const two = run([posts, '--jobs', '2', '--rejects', rejects], { env });
    expect(two.status).toBe(0);
    expect(summaryCounts(two.stderr)).toEqual({ read: 5, written: 4, skipped: 0, rejected: 1 });
    const [record, ...others] = readFileSync(rejects, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, string>);
    expect(others).toEqual([]);
    expect(record).toMatchObject({ file: join(posts, 'b.md'), code: 'input:too-heavy', stage: 'worker' });
    expect(record?.message).toContain('ran out of memory (64 MB heap; CNA_INGEST_WORKER_HEAP_MB raises it)');
    // --jobs 1 parses in the main thread, without the limit: the same lines plus b.md's.
    const one = run([posts, '--jobs', '1', '-q'], { env });
    const oneLines = one.stdout.trimEnd().split('\n');
    expect(oneLines).toHaveLength(5);
    expect(two.stdout).toBe(`${[oneLines[0], ...oneLines.slice(2)].join('\n')}\n`);
  });

  it('parses a heavy post just under the 8 MiB maxBytes with the default limit, as --jobs 1 does', () => {
    const posts = join(folder, 'large');
    mkdirSync(posts);
    copyFileSync(join(folder, 'a.md'), join(posts, 'a.md'));
    const paragraph = '<p>段落文字。</p>';
    const post = paragraphsPost(paragraph, Math.floor((8 * 1024 * 1024 - 1024) / Buffer.byteLength(paragraph)));
    expect(Buffer.byteLength(post)).toBeLessThanOrEqual(8 * 1024 * 1024);
    writeFileSync(join(posts, 'b.md'), post);
    const two = run([posts, '--jobs', '2']);
    expect(two.status).toBe(0);
    expect(summaryCounts(two.stderr)).toEqual({ read: 2, written: 2, skipped: 0, rejected: 0 });
    expect(run([posts, '--jobs', '1', '-q']).stdout).toBe(two.stdout);
  });
});
