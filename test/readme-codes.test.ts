/** README.md's code tables are generated from the code; this fails when they are out of date. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { renderReadme } from '../scripts/codes-table.js';

test('README code tables match warningCodes and rejectionCodes (fix: npm run readme:codes)', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toBe(renderReadme(readme));
});
