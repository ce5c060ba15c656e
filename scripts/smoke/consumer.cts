// Type check of a consumer (CommonJS under nodenext).
import cna = require('cna-ingest');
import testing = require('cna-ingest/testing');

const article: cna.Article = cna.parseCnaPost('---\n---\n');
const result: testing.FixtureCheckResult = testing.checkFixtures('fixtures');
export = { title: article.title, ok: result.ok };
