import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandError } from '../../src/cli/errors.js';
import { checkList, listChunks, listEntries, maxEntryBytes, type FileList } from '../../src/cli/file-list.js';
import { expandInputs } from '../../src/cli/inputs.js';
import { displayPath, type InputPath } from '../../src/cli/outcome.js';

const lines: FileList = { from: 'list.txt', nul: false };
const nuls: FileList = { from: '-', nul: true };

async function* chunksOf(...chunks: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  for (const chunk of chunks) yield chunk;
}

async function entries(list: FileList, ...chunks: (string | Uint8Array)[]): Promise<InputPath[]> {
  const out: InputPath[] = [];
  for await (const entry of listEntries(chunksOf(...chunks), list)) out.push(entry);
  return out;
}

async function failure(promise: Promise<unknown>): Promise<CommandError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof CommandError)) throw new Error(`expected a CommandError, got ${String(error)}`);
  return error;
}

describe('listEntries', () => {
  it('reads one path per line, as written: a final CR dropped, empty lines skipped, the last line without its newline', async () => {
    expect(await entries(lines, 'a.md\nb c/d.md\r\n\n  e.md \n\r\nf.md')).toEqual(['a.md', 'b c/d.md', '  e.md ', 'f.md']);
  });

  it('drops the byte order mark a list may open with, and only there', async () => {
    expect(await entries(lines, '\ufeffa.md\r\n\ufeffb.md\r\n')).toEqual(['a.md', '\ufeffb.md']);
    expect(await entries(lines, Buffer.from([0xef]), Buffer.from([0xbb, 0xbf, 0x0a, 0x63, 0x2e, 0x6d, 0x64]))).toEqual(['c.md']);
    expect(await entries(nuls, '\ufeffa.md\0')).toEqual(['a.md']);
  });

  it('reads paths ending in NUL bytes with --null, newlines and CRs then being part of a name', async () => {
    expect(await entries(nuls, 'a.md\0b\nc.md\0d\r.md\0\0e.md')).toEqual(['a.md', 'b\nc.md', 'd\r.md', 'e.md']);
  });

  it('gives the same entries however the bytes are cut, a character or a separator split across chunks', async () => {
    const text = '台北/一.md\r\n首爾/二.md\nx.md\n';
    const bytes = Buffer.from(text);
    const whole = await entries(lines, bytes);
    expect(whole).toEqual(['台北/一.md', '首爾/二.md', 'x.md']);
    expect(await entries(lines, ...[...bytes].map((byte) => Uint8Array.of(byte)))).toEqual(whole);
    for (let cut = 1; cut < bytes.length; cut += 1) {
      expect(await entries(lines, bytes.subarray(0, cut), bytes.subarray(cut))).toEqual(whole);
    }
  });

  it('keeps the bytes of an entry that is not UTF-8, and only that entry', async () => {
    // 台北 in Big5 (A5 78 A5 5F).
    const big5 = Buffer.from([0xa5, 0x78, 0xa5, 0x5f]);
    const out = await entries(nuls, Buffer.concat([Buffer.from('a/'), big5, Buffer.from('.md\0b.md\0')]));
    expect(out).toHaveLength(2);
    expect(out[0]).toBeInstanceOf(Uint8Array);
    expect(Buffer.compare(Buffer.from(out[0] as Uint8Array), Buffer.concat([Buffer.from('a/'), big5, Buffer.from('.md')]))).toBe(0);
    expect(displayPath(out[0] as Uint8Array)).toBe('a/\ufffdx\ufffd_.md');
    expect(out[1]).toBe('b.md');
  });

  it('refuses NUL bytes in a list of lines, saying to give --null', async () => {
    const error = await failure(entries(lines, 'a.md\0b.md\0'));
    expect(error.message).toContain('holds NUL bytes');
    expect(error.hint).toContain('--null');
  });

  it('stops at an entry longer than any path, without reading the rest', async () => {
    let read = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        read += 1;
        yield Buffer.alloc(1024, 0x61);
      }
    }
    const out: InputPath[] = [];
    const error = await failure(
      (async () => {
        for await (const entry of listEntries(endless(), { from: 'big.bin', nul: false })) out.push(entry);
      })(),
    );
    expect(error.message).toBe(`the --files-from list ("big.bin") has an entry (number 1) of over ${maxEntryBytes} bytes, longer than any path.`);
    expect(read).toBe(maxEntryBytes / 1024 + 1);
    // A long entry after short ones is numbered as the list counts it.
    const numbered = await failure(entries(lines, `a.md\n\nb.md\n${'x'.repeat(maxEntryBytes + 1)}`));
    expect(numbered.message).toContain('(number 4)');
    // An entry of exactly the limit is a path.
    expect(await entries(lines, 'y'.repeat(maxEntryBytes))).toEqual(['y'.repeat(maxEntryBytes)]);
  });

  it('turns a failure to read the list into a command error naming it', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('a.md\n');
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    }
    const out: InputPath[] = [];
    const error = await failure(
      (async () => {
        for await (const entry of listEntries(broken(), lines)) out.push(entry);
      })(),
    );
    expect(out).toEqual(['a.md']);
    expect(error.message).toBe('cannot read the --files-from list ("list.txt"): EIO: i/o error, read.');
  });
});

describe('checkList and listChunks', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cna-list-'));
    await writeFile(join(root, 'list.txt'), 'a.md\nb.md\n');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('fails before the run for a list that is missing or a folder', async () => {
    expect((await failure(checkList({ from: join(root, 'none.txt'), nul: false }))).message).toContain('no such file or folder (ENOENT)');
    expect((await failure(checkList({ from: root, nul: false }))).message).toContain('is a folder');
  });

  it('tells a list that can be read twice (a regular file) from one that cannot (stdin, a pipe)', async () => {
    await expect(checkList({ from: join(root, 'list.txt'), nul: false })).resolves.toBe(true);
    await expect(checkList({ from: '-', nul: false })).resolves.toBe(false);
    const fifo = join(root, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(checkList({ from: fifo, nul: false })).resolves.toBe(false);
  });

  it('reads a list file, and standard input for -, which must be given', async () => {
    const list = { from: join(root, 'list.txt'), nul: false };
    const out: InputPath[] = [];
    for await (const entry of listEntries(listChunks(list, undefined), list)) out.push(entry);
    expect(out).toEqual(['a.md', 'b.md']);
    const stdin = chunksOf('c.md\n');
    expect(listChunks({ from: '-', nul: false }, stdin)).toBe(stdin);
    expect(() => listChunks({ from: '-', nul: false }, undefined)).toThrow(CommandError);
  });
});

describe('expandInputs with a list', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cna-listed-'));
    for (const file of ['a.md', 'f/y.md', 'f/x.md', 'f/n.txt', 'dir.md/z.md', 'plain']) {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), '');
    }
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads the entries after the arguments: folders walked, anything else (even missing) an input, no glob', async () => {
    const listed = chunksOf([join(root, 'f'), join(root, 'missing.md'), join(root, 'plain'), join(root, 'dir.md'), join(root, '*.md'), join(root, 'gone')].join('\n'));
    const out: string[] = [];
    for await (const file of expandInputs([join(root, 'a.md')], listEntries(listed, lines))) out.push(displayPath(file).slice(root.length + 1));
    // dir.md ends in .md: an input as named (the worker rejects a folder); gone is no folder: an input, rejected when read.
    expect(out).toEqual(['a.md', 'f/x.md', 'f/y.md', 'missing.md', 'plain', 'dir.md', '*.md', 'gone']);
  });
});
