// Type check of a consumer (ESM under nodenext, and under bundler).
import { parseCnaPost, safeParseCnaPost, safeParseCnaPosts, createPipeline, defaultStages, defineStage, articleSchema, type Article, type Draft, type PostInput } from 'cna-ingest';
import { createValidateArticle, type Stage } from 'cna-ingest/stages';
import { checkFixtures, type FixtureCheckResult, type FixtureDifference } from 'cna-ingest/testing';

const article: Article = parseCnaPost('---\n---\n');
const reporters: readonly string[] = article.reporters;
const day: number | null | undefined = article.dateline?.day;
const result = safeParseCnaPost(new Uint8Array());
const code: string = result.ok ? result.article.id : result.error.code;
const inputs: PostInput[] = ['---\n---\n', new Uint8Array(), { source: '', file: 'a.md' }];
const ids: string[] = [...safeParseCnaPosts(inputs, { timeZone: 'UTC' })].map((one) => (one.ok ? one.article.id : one.error.code));

const addLength: Stage = defineStage('add-length', (draft: Draft) => ({ ...draft, extra: { length: draft.source.length } }));
const pipeline = createPipeline(...defaultStages.slice(0, -1), addLength, createValidateArticle(articleSchema.extend({})));
const checked: FixtureCheckResult = checkFixtures('fixtures', { pipeline });
const first: FixtureDifference | undefined = checked.differences[0];
export { reporters, day, code, ids, first };
