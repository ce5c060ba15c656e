/**
 * `npm run fixtures:update`: rewrite `fixtures/<case>/article.json` (or
 * `error.json`) from the current default pipeline with the kit of
 * `cna-ingest/testing`, and print what changed. Review the diff before
 * committing; wrong values go to `fixtures/KNOWN-ISSUES.md`.
 */
import { fileURLToPath } from 'node:url';
import { checkFixtures, formatDifferences } from '../src/testing/index.js';

const dir = fileURLToPath(new URL('../fixtures', import.meta.url));
const result = checkFixtures(dir, { update: true });
process.stdout.write(formatDifferences(result));
