// Smoke test (ESM): the published entry points load and parse a real post.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCnaPost, safeParseCnaPost, safeParseCnaPosts, createPipeline, defaultStages, CnaPostError } from 'cna-ingest';
import { extractDateline, createStripBoilerplate, defaultBoilerplateRules } from 'cna-ingest/stages';
import { checkFixtures } from 'cna-ingest/testing';

const article = parseCnaPost(readFileSync('fixtures/seed-2023-09-korea/post.md'), { file: 'seed.md' });
assert.equal(article.id, '202309150183');
assert.deepEqual(article.dateline?.reporters, ['廖禹揚']);
assert.equal(article.editorCode?.date, '2023-09-15');

const rejected = safeParseCnaPost('not a post');
assert.equal(rejected.ok, false);
assert.ok(!rejected.ok && rejected.error instanceof CnaPostError);

const many = [...safeParseCnaPosts([{ source: readFileSync('fixtures/seed-2023-09-korea/post.md'), file: 'seed.md' }, 'not a post'])];
assert.deepEqual(many.map((one) => (one.ok ? one.article.id : one.error.code)), ['202309150183', 'front-matter:missing']);

assert.ok(defaultStages.includes(extractDateline), 'cna-ingest/stages shares the stage objects of cna-ingest');
const pipeline = createPipeline(...defaultStages.map((stage) => (stage.stageName === 'strip-boilerplate' ? createStripBoilerplate(defaultBoilerplateRules) : stage)));
const result = checkFixtures('fixtures', { pipeline });
assert.ok(result.ok, JSON.stringify(result, null, 2));
assert.equal(result.cases.length, 2);
console.log(`esm ok (node ${process.version}): ${article.title}`);
