/**
 * Parse a folder of posts at once with `safeParseCnaPosts`: the inputs are
 * read lazily, a group at a time, and each result names its file.
 *
 *   npm run build && node --import tsx examples/many.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { safeParseCnaPost, safeParseCnaPosts } from 'cna-ingest';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const files = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(fixtures, entry.name, 'post.md'))
  .sort();

// A generator: each file is read only when the parser takes it.
function* posts(): Generator<{ source: Buffer; file: string }> {
  for (const file of files) yield { source: readFileSync(file), file };
}

const byCode = new Map<string, number>();
let articles = 0;
for (const result of safeParseCnaPosts(posts())) {
  if (result.ok) articles += 1;
  else byCode.set(result.error.code, (byCode.get(result.error.code) ?? 0) + 1);
}
console.log(`${files.length} posts: ${articles} articles; rejected: ${[...byCode].map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}`);

// The same posts one at a time give the same outcome.
const oneByOne = files.filter((file) => safeParseCnaPost(readFileSync(file), { file }).ok).length;
if (oneByOne !== articles) throw new Error(`safeParseCnaPost made ${oneByOne} articles, safeParseCnaPosts ${articles}`);
