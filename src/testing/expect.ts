/** `expectFixtures(dir)`: the fixture check as one assertion for vitest, node:test or any runner. */
import { AssertionError } from 'node:assert';
import { checkFixtures, type CheckFixturesOptions, type FixtureCheckResult } from './check-fixtures.js';
import { formatDifferences } from './format.js';

/**
 * Check the fixtures of `dir` and throw an `AssertionError` whose message is
 * the report of `formatDifferences` when any case differs, has no expected
 * file, or fails. With `update: true` it writes the expected files and
 * passes. Returns the result for further checks.
 *
 * ```ts
 * import { test } from 'vitest'; // or 'node:test'
 * import { expectFixtures } from 'cna-ingest/testing';
 * test('fixtures', () => { expectFixtures('fixtures', { update: process.env.UPDATE_FIXTURES === '1' }); });
 * ```
 */
export function expectFixtures(dir: string, options: CheckFixturesOptions = {}): FixtureCheckResult {
  const result = checkFixtures(dir, options);
  if (result.cases.length === 0) {
    throw new AssertionError({ message: `no fixture cases in ${dir}: expected folders holding a post.md`, operator: 'expectFixtures' });
  }
  if (!result.ok) {
    throw new AssertionError({ message: `fixtures in ${dir} differ:\n${formatDifferences(result)}`, operator: 'expectFixtures' });
  }
  return result;
}
