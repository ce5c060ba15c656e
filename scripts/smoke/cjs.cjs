// Smoke test (CommonJS): require() of the package and its subpaths.
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { parseCnaPost, safeParseCnaPosts, rejectionCodes } = require('cna-ingest');
const { extractCredits } = require('cna-ingest/stages');
const { checkFixtures, formatDifferences } = require('cna-ingest/testing');

const article = parseCnaPost(readFileSync('fixtures/seed-2023-01-austin/post.md', 'utf8'));
assert.equal(article.id, '202301310302');
assert.deepEqual(article.credits?.editors, ['黃自強']);
assert.equal(typeof extractCredits, 'function');
const [many] = [...safeParseCnaPosts([readFileSync('fixtures/seed-2023-01-austin/post.md')])];
assert.ok(many && many.ok && many.article.id === '202301310302');
assert.ok('not-cna' in rejectionCodes);
const result = checkFixtures('fixtures');
assert.ok(result.ok, formatDifferences(result));
console.log(`cjs ok (node ${process.version}): ${article.title}`);
