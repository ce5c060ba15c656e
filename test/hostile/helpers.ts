/** Shared material of the hostile-input tests: real posts and a checker of the library's contract. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { CnaPostError, parseCnaPost, safeParseCnaPost, type ParseOptions } from '../../src/index.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** The two seed posts and a spread of corpus posts (falls back to the seeds alone). */
export function realPosts(count = 12): string[] {
  const seeds = readdirSync(join(corpus, 'seeds')).map((name) => readFileSync(join(corpus, 'seeds', name), 'utf8'));
  let cna: string[] = [];
  try {
    const names = readdirSync(join(corpus, 'cna')).sort();
    const step = Math.max(1, Math.floor(names.length / count));
    cna = names.filter((_, i) => i % step === 0).slice(0, count).map((name) => readFileSync(join(corpus, 'cna', name), 'utf8'));
  } catch {
    // no corpus: the seeds are enough
  }
  return [...seeds, ...cna];
}

/** A minimal valid post around `body` (HTML after the title line). */
export function postWith(body: string, frontMatter = 'title: "測試"\ndate: 2023-09-15T07:50:00.000Z\nauthor: (臺)中央社CNA\nfrom: https://www.cna.com.tw/news/aopl/202309150183.aspx'): string {
  return `---\n${frontMatter}\n---\n<!--1694764200000-->\n[測試](https://www.cna.com.tw/news/aopl/202309150183.aspx)\n------\n\n${body}\n`;
}

/**
 * The contract for any input: `safeParseCnaPost` returns (never throws) and
 * agrees with `parseCnaPost`, which throws nothing but a `CnaPostError`.
 * Returns the rejection code, or 'ok'.
 */
export function checkContract(source: string | Uint8Array, options?: ParseOptions): string {
  const safe = safeParseCnaPost(source, options);
  let thrown: unknown = null;
  try {
    parseCnaPost(source, options);
  } catch (error) {
    thrown = error;
  }
  if (safe.ok) {
    expect(thrown).toBeNull();
    return 'ok';
  }
  expect(thrown).toBeInstanceOf(CnaPostError);
  expect((thrown as CnaPostError).code).toBe(safe.error.code);
  return safe.error.code;
}
