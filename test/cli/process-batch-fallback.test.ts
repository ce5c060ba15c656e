/**
 * When parsing a batch as a group throws (only a library bug can), every
 * file of the batch is parsed again on its own, so no file is lost and the
 * bug is charged to the posts it meets.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { processBatch } from '../../src/cli/process-file.js';
import { makePost } from '../support/post.js';

const grouped = vi.hoisted(() =>
  vi.fn(() => {
    throw new TypeError('a bug in the grouped parse');
  }),
);
vi.mock('../../src/parse.js', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../src/parse.js')>()), safeParseCnaPosts: grouped }));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cna-fallback-'));
  await writeFile(join(dir, 'good.md'), makePost());
  await writeFile(join(dir, 'plain.md'), 'no front matter here\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('parses each file of the batch on its own', async () => {
  const files = [join(dir, 'good.md'), join(dir, 'missing.md'), join(dir, 'plain.md')];
  const result = await processBatch(files);
  expect(grouped).toHaveBeenCalledTimes(1);
  expect(result.outcomes.map((outcome) => (outcome.status === 'written' ? 'written' : outcome.record.code))).toEqual(['written', 'input:read', 'front-matter:missing']);
  const line = Buffer.from(result.articles).toString('utf8');
  expect(JSON.parse(line.slice(0, line.indexOf('\n'))).title).toBe('美韓擴大遏制戰略磋商 警告俄朝軍事合作將付代價');
});
