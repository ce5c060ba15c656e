import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileOutcomes } from '../../src/cli/outcome.js';
import { processBatch, processFile } from '../../src/cli/process-file.js';
import { articleSchema } from '../../src/index.js';
import { corpus, corpusAvailable } from './helpers.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cna-process-'));
  await mkdir(join(dir, 'folder.md'));
  await writeFile(join(dir, 'latin1.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
  await writeFile(join(dir, 'plain.md'), 'no front matter here\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('processFile', () => {
  it('rejects a folder, a missing file and bytes that are not UTF-8, never throwing', async () => {
    expect(await processFile(join(dir, 'folder.md'))).toMatchObject({ status: 'rejected', record: { code: 'input:read', stage: 'read-file' } });
    const missing = await processFile(join(dir, 'gone.md'));
    expect(missing).toMatchObject({ status: 'rejected', record: { code: 'input:read' } });
    expect(missing.status !== 'written' && missing.record.message).toContain('ENOENT');
    expect(await processFile(join(dir, 'latin1.md'))).toMatchObject({ status: 'rejected', record: { code: 'input:encoding' } });
    expect(await processFile(join(dir, 'plain.md'))).toMatchObject({ status: 'rejected', record: { code: 'front-matter:missing' } });
  });

  it.skipIf(!corpusAvailable)('writes a CNA post as one JSON line and skips another agency as not-cna', async () => {
    const cna = join(corpus, 'cna', (await readdir(join(corpus, 'cna')))[0] as string);
    const other = join(corpus, 'other', (await readdir(join(corpus, 'other')))[0] as string);
    const result = await processBatch([cna, other, cna]);
    const [written, skipped, again] = result.outcomes;
    expect(written?.status).toBe('written');
    if (written?.status === 'written') {
      // The batch's Articles are NDJSON bytes; `bytes` is the line's length there, newline included.
      const text = Buffer.from(result.articles).toString('utf8');
      expect(text.split('\n')).toHaveLength(3);
      const line = text.slice(0, text.indexOf('\n'));
      expect(written.bytes).toBe(Buffer.byteLength(line) + 1);
      expect(again).toEqual(written);
      expect(result.articles.byteLength).toBe(2 * written.bytes);
      const article = articleSchema.parse(JSON.parse(line));
      expect(written.warnings).toEqual(article.warnings.map((w) => w.code));
      expect(await processFile(cna)).toMatchObject({ status: 'written', line });
      expect([...fileOutcomes(result)].map((outcome) => outcome.status === 'written' && outcome.line)).toEqual([line, false, line]);
    }
    expect(skipped).toMatchObject({ status: 'skipped', record: { file: other, code: 'not-cna' } });
  });

  it.skipIf(!corpusAvailable)('writes the lines into the shared area when they fit, however close, and into a buffer of their own when not', async () => {
    const names = (await readdir(join(corpus, 'cna'))).slice(0, 5);
    const files = names.map((name) => join(corpus, 'cna', name));
    const lines: string[] = [];
    for (const file of files) {
      const alone = await processFile(file);
      if (alone.status === 'written') lines.push(alone.line);
    }
    const expected = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
    const chars = lines.reduce((sum, line) => sum + line.length + 1, 0);
    // Plenty of room (3 bytes per character fit); exactly the bytes needed (less than 3 per character); one byte short.
    for (const [room, shared] of [[3 * chars + 10, true], [expected.byteLength, true], [expected.byteLength - 1, false]] as const) {
      const area = new SharedArrayBuffer(room);
      const result = await processBatch(files, area);
      expect(Buffer.from(result.articles).equals(expected)).toBe(true);
      expect(result.articles.buffer === area).toBe(shared);
      expect(result.outcomes.map((outcome) => outcome.status === 'written' && outcome.bytes)).toEqual(lines.map((line) => Buffer.byteLength(line) + 1));
    }
    expect(expected.byteLength).toBeLessThan(3 * chars);
  });

  it.skipIf(!corpusAvailable)('keeps a batch in file order when unreadable files sit between posts', async () => {
    const cna = join(corpus, 'cna', (await readdir(join(corpus, 'cna')))[0] as string);
    const files = [join(dir, 'folder.md'), cna, join(dir, 'gone.md'), join(dir, 'latin1.md'), cna, join(dir, 'plain.md')];
    const result = await processBatch(files);
    expect(result.outcomes.map((outcome) => [outcome.status === 'written' ? outcome.file : outcome.record.file, outcome.status === 'written' ? 'written' : outcome.record.code])).toEqual([
      [files[0], 'input:read'],
      [cna, 'written'],
      [files[2], 'input:read'],
      [files[3], 'input:encoding'],
      [cna, 'written'],
      [files[5], 'front-matter:missing'],
    ]);
    // Each outcome matches what the file gives on its own.
    for (const [index, file] of files.entries()) {
      const alone = await processFile(file);
      const outcome = result.outcomes[index];
      expect(outcome?.status).toBe(alone.status);
      if (alone.status !== 'written' && outcome?.status !== 'written') expect(outcome?.record).toEqual(alone.record);
    }
  });
});
