/**
 * `cna-ingest/testing`: golden-fixture testing for CNA pipelines, the
 * default one or your own. No test framework is needed at run time.
 * This file only re-exports.
 *
 * @packageDocumentation
 */
export {
  checkFixtures,
  listFixtureCases,
  fixtureFiles,
  type CheckFixturesOptions,
  type FixtureCheckResult,
  type FixtureDifference,
  type FixtureCaseError,
  type FixtureRejection,
} from './check-fixtures.js';
export { formatDifferences } from './format.js';
export { expectFixtures } from './expect.js';
export { diffJson, type Json, type JsonDifference } from './diff.js';
export { stableJson } from './stable-json.js';
