/** The in-process runner (`--jobs 1`, and any run from source): reusable output areas, and the worker heap setting. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaBytes, createRunner, defaultHeapLimitMb, heapLimit } from '../../src/cli/runner.js';
import { corpus, corpusAvailable } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cna-runner-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

describe.skipIf(!corpusAvailable)('the runner', () => {
  const posts = (): string[] => readdirSync(join(corpus, 'cna')).filter((name) => name.startsWith('2020-08')).slice(0, 3).map((name) => join(corpus, 'cna', name));

  it('writes each batch in flight into its own area, and reuses an area once released', async () => {
    const [first, second, third] = posts() as [string, string, string];
    const runner = await createRunner(1);
    const a = await runner.run([first]);
    const b = await runner.run([second]);
    expect(a.articles.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(a.articles.buffer).not.toBe(b.articles.buffer);
    const bText = text(b.articles);
    expect(bText.endsWith('\n')).toBe(true);
    runner.release(a);
    const c = await runner.run([third]);
    expect(c.articles.buffer).toBe(a.articles.buffer);
    expect(text(b.articles)).toBe(bText);
    await runner.close();
  });

  it('gives a batch whose Articles do not fit in an area a buffer of its own', async () => {
    // 100,000 one-character paragraphs: ~1.3 MB of JSON, over the 1 MiB area.
    const head = '---\ntitle: "測試"\ndate: 2023-09-15T07:50:00.000Z\nauthor: (臺)中央社CNA\nfrom: https://www.cna.com.tw/news/aopl/202309150183.aspx\n---\n<!--1694764200000-->\n[測試](https://www.cna.com.tw/news/aopl/202309150183.aspx)\n------\n\n';
    const big = join(dir, 'big.md');
    writeFileSync(big, `${head}<div>${'<p>字</p>'.repeat(100_000)}<p>（編輯：陳惠珍）1120915</p></div>\n`);
    const runner = await createRunner(1);
    const result = await runner.run([posts()[0] as string, big]);
    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(['written', 'written']);
    expect(result.articles.byteLength).toBeGreaterThan(areaBytes);
    expect(result.articles.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    runner.release(result);
    await runner.close();
  });
});

describe('heapLimit', () => {
  it('reads CNA_INGEST_WORKER_HEAP_MB as whole MB, 64 or more, else keeps the default', () => {
    expect(heapLimit({})).toBe(defaultHeapLimitMb);
    expect(heapLimit({ CNA_INGEST_WORKER_HEAP_MB: '2048' })).toBe(2048);
    expect(heapLimit({ CNA_INGEST_WORKER_HEAP_MB: ' 64 ' })).toBe(64);
    for (const value of ['63', '0', '-5', '1.5', 'lots', '']) expect(heapLimit({ CNA_INGEST_WORKER_HEAP_MB: value })).toBe(defaultHeapLimitMb);
  });
});
