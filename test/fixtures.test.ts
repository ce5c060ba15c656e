/**
 * Golden fixtures: every `fixtures/<case>/post.md` through the default
 * pipeline, compared field by field with `article.json` (or `error.json`).
 * Regenerate with `npm run fixtures:update` and review the diff;
 * known wrong values are listed in `fixtures/KNOWN-ISSUES.md`.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { checkFixtures, formatDifferences } from '../src/testing/index.js';

const dir = fileURLToPath(new URL('../fixtures', import.meta.url));

test('every fixture case matches its expected file', () => {
  const result = checkFixtures(dir);
  expect(result.cases.length).toBeGreaterThanOrEqual(30);
  if (!result.ok) expect.fail(`${formatDifferences(result)}\nIf the change is right, run \`npm run fixtures:update\` and review the diff.`);
});
