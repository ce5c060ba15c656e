import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandError } from '../../src/cli/errors.js';
import { globBase, globToRegExp, isGlob } from '../../src/cli/glob.js';
import { expandInputs } from '../../src/cli/inputs.js';
import { displayPath } from '../../src/cli/outcome.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cna-inputs-'));
  for (const file of ['B.md', 'a.md', 'a-b.md', 'a/x.md', 'a/y.txt', 'é.md', 'a/deep/z.md', 'notes.txt']) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), '');
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function list(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const file of expandInputs(args)) out.push(displayPath(file).slice(root.length + 1));
  return out;
}

describe('expandInputs', () => {
  it('walks folders for .md files in byte order of the full path', async () => {
    // '-' (2D) < '.' (2E) < '/' (2F) < 'B' (42) < 'a' (61) < 'é' (C3 A9 in UTF-8).
    expect(await list([root])).toEqual(['B.md', 'a-b.md', 'a.md', 'a/deep/z.md', 'a/x.md', 'é.md']);
  });

  it('keeps arguments in the order given, files as named', async () => {
    expect(await list([join(root, 'é.md'), join(root, 'a')])).toEqual(['é.md', 'a/deep/z.md', 'a/x.md']);
  });

  it('expands a glob the shell left alone', async () => {
    expect(await list([`${root}/a*.md`])).toEqual(['a-b.md', 'a.md']);
    expect(await list([`${root}/**/*.md`])).toEqual(['B.md', 'a-b.md', 'a.md', 'a/deep/z.md', 'a/x.md', 'é.md']);
    expect(await list([`${root}/a/**/*.md`])).toEqual(['a/deep/z.md', 'a/x.md']);
  });

  it('yields the bytes of a path that is not UTF-8, from the name that is not on, and strings for the others', async (context) => {
    const top = await mkdtemp(join(tmpdir(), 'cna-inputs-bytes-'));
    try {
      // 台北 in Big5 (A5 78 A5 5F): not UTF-8. Inside it a UTF-8 name, beside it one.
      const folder = Buffer.concat([Buffer.from(`${top}/`), Buffer.from([0xa5, 0x78, 0xa5, 0x5f])]);
      try {
        await mkdir(folder);
      } catch {
        context.skip(); // a file system that refuses such names
      }
      await writeFile(Buffer.concat([folder, Buffer.from('/台.md')]), '');
      await writeFile(Buffer.concat([folder, Buffer.from('/b.txt')]), '');
      await writeFile(join(top, 'é.md'), '');
      const out: (string | Uint8Array)[] = [];
      for await (const file of expandInputs([top])) out.push(file);
      // A5 (the folder) sorts before C3 A9 (é).
      expect(out).toHaveLength(2);
      expect(Buffer.isBuffer(out[0])).toBe(true);
      expect(Buffer.compare(out[0] as Buffer, Buffer.concat([folder, Buffer.from('/台.md')]))).toBe(0);
      expect(out[1]).toBe(join(top, 'é.md'));
      expect(displayPath(out[0] as Buffer)).toBe(`${top}/\ufffdx\ufffd_/台.md`);
      // A glob matches the path as shown.
      const matched: string[] = [];
      for await (const file of expandInputs([`${top}/**/台.md`])) matched.push(displayPath(file));
      expect(matched).toEqual([`${top}/\ufffdx\ufffd_/台.md`]);
    } finally {
      await rm(top, { recursive: true, force: true });
    }
  });

  it('fails as a command error for an input that does not exist', async () => {
    await expect(list([join(root, 'missing')])).rejects.toBeInstanceOf(CommandError);
    await expect(list([join(root, 'missing')])).rejects.toMatchObject({ hint: expect.stringContaining('quoted glob') });
  });

  it('says why a name given as an argument with bytes that are not UTF-8 names nothing', async () => {
    // What Node makes of the argument a\xff.md.
    await expect(list([join(root, 'a\ufffd.md')])).rejects.toMatchObject({ hint: expect.stringContaining('not UTF-8') });
  });
});

describe('glob', () => {
  it('tells patterns from paths and finds the folder to walk', () => {
    expect(isGlob('posts/*.md')).toBe(true);
    expect(isGlob('posts/a.md')).toBe(false);
    expect(globBase('posts/2020-*/*.md')).toBe('posts');
    expect(globBase('*.md')).toBe('.');
    expect(globBase('/srv/posts/**/*.md')).toBe('/srv/posts');
  });

  it('matches *, **, ?, classes and braces', () => {
    expect(globToRegExp('p/*.md').test('p/a.md')).toBe(true);
    expect(globToRegExp('p/*.md').test('p/q/a.md')).toBe(false);
    expect(globToRegExp('p/**/*.md').test('p/a.md')).toBe(true);
    expect(globToRegExp('p/**/*.md').test('p/q/r/a.md')).toBe(true);
    expect(globToRegExp('p/202?-*.md').test('p/2020-x.md')).toBe(true);
    expect(globToRegExp('p/[ab].md').test('p/b.md')).toBe(true);
    expect(globToRegExp('p/[!ab].md').test('p/b.md')).toBe(false);
    expect(globToRegExp('p/{cna,other}/*.md').test('p/other/x.md')).toBe(true);
    expect(globToRegExp('p/中央社(1).md').test('p/中央社(1).md')).toBe(true);
  });
});
