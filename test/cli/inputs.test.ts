import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandError } from '../../src/cli/errors.js';
import { globBase, globToRegExp, isGlob } from '../../src/cli/glob.js';
import { expandInputs } from '../../src/cli/inputs.js';

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
  for await (const file of expandInputs(args)) out.push(file.slice(root.length + 1));
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

  it('fails as a command error for an input that does not exist', async () => {
    await expect(list([join(root, 'missing')])).rejects.toBeInstanceOf(CommandError);
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
