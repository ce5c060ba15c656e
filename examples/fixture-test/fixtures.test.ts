/**
 * Golden-fixture test of your own pipeline, in vitest (node:test works the same).
 * Each `fixtures/<case>/post.md` is parsed and compared with `article.json`.
 *
 *   npx vitest run --root examples/fixture-test                       # check
 *   UPDATE_FIXTURES=1 npx vitest run --root examples/fixture-test     # rewrite the expected files
 */
import { fileURLToPath } from 'node:url';
import { test } from 'vitest';
import { createPipeline, defaultStages } from 'cna-ingest';
import { expectFixtures } from 'cna-ingest/testing';

// Your pipeline: here the default stages with images and embeds left out.
const pipeline = createPipeline(...defaultStages.filter((stage) => stage.stageName !== 'extract-media'));

test('fixtures match', () => {
  const dir = fileURLToPath(new URL('fixtures', import.meta.url));
  expectFixtures(dir, { pipeline, update: process.env['UPDATE_FIXTURES'] === '1' });
});
