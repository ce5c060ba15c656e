/** End-to-end: the built command over the shared corpus (skipped when it is absent). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/index.js';
import { corpus, corpusAvailable, countMarkdown, ensureBuilt, run, summaryCounts } from './helpers.js';

if (!corpusAvailable) console.warn(`cna-ingest CLI corpus tests skipped: no corpus at ${corpus}`);

describe.skipIf(!corpusAvailable)('cna-ingest on the shared corpus', () => {
  let dir: string;
  const inputs = [join(corpus, 'cna'), join(corpus, 'other')];
  // Expectations from the folders, not from the command: every other agency's post is skipped,
  // the one empty CNA post is rejected, every other CNA post is written.
  const cnaPosts = corpusAvailable ? countMarkdown(join(corpus, 'cna')) : 0;
  const otherPosts = corpusAvailable ? countMarkdown(join(corpus, 'other')) : 0;

  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'cna-corpus-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accounts for every post, and --jobs 1 and --jobs 2 write byte-identical NDJSON', () => {
    const outputs = [1, 2].map((jobs) => {
      const out = join(dir, `jobs${jobs}.ndjson`);
      const rejects = join(dir, `rejects${jobs}.ndjson`);
      const result = run([...inputs, '--out', out, '--rejects', rejects, '--jobs', String(jobs)]);
      expect(result.status).toBe(0);
      expect(summaryCounts(result.stderr)).toEqual({
        read: cnaPosts + otherPosts,
        written: cnaPosts - 1,
        skipped: otherPosts,
        rejected: 1,
      });
      expect(result.stderr).toMatch(/skipped: not-cna [\d,]+\n/);
      expect(result.stderr).toContain('rejected: body:empty 1');
      expect(result.stderr).toMatch(/\([\d,]+ posts\/s\)/);
      return { ndjson: readFileSync(out), rejects: readFileSync(rejects, 'utf8') };
    });
    const [one, two] = outputs as [(typeof outputs)[0], (typeof outputs)[0]];
    expect(one.ndjson.equals(two.ndjson)).toBe(true);
    expect(one.rejects).toBe(two.rejects);
    const codes = one.rejects.trimEnd().split('\n').map((line) => (JSON.parse(line) as { code: string }).code);
    expect(codes.filter((code) => code === 'not-cna')).toHaveLength(otherPosts);
    expect(codes.filter((code) => code === 'body:empty')).toHaveLength(1);
  });

  it('writes lines that parse back through articleSchema', () => {
    const lines = readFileSync(join(dir, 'jobs1.ndjson'), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(cnaPosts - 1);
    const failures = lines.filter((line) => !articleSchema.safeParse(JSON.parse(line)).success);
    expect(failures).toEqual([]);
  });
});
