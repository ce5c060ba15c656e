/** The public surface, pinned: adding or removing an export is a deliberate change to this list. */
import { expect, test } from 'vitest';
import * as main from '../src/index.js';
import * as stages from '../src/stages/index.js';
import * as testing from '../src/testing/index.js';

test('cna-ingest exports', () => {
  expect(Object.keys(main).sort()).toEqual([
    'CnaPostError', 'articleSchema', 'assembleArticle', 'createPipeline', 'createStripBoilerplate', 'createValidateArticle',
    'creditsSchema', 'datelineKinds', 'datelineSchema', 'decodeEpochComment', 'decodeRocDate', 'defaultBoilerplateRules',
    'defaultOptions', 'defaultStages', 'defineStage', 'editorCodeSchema', 'embedKinds', 'embedSchema', 'extractCredits',
    'extractDateline', 'extractMedia', 'extractText', 'findClosingParagraph', 'frontMatterSchema', 'glossaryEntrySchema', 'imageSchema',
    'isCnaPostError', 'matchClosing', 'matchDateline', 'paragraphKinds', 'parseBody', 'parseCnaPost', 'parseFrontMatter', 'reject',
    'rejectionCodes', 'relatedSchema', 'resolveDates', 'safeParseCnaPost', 'safeParseCnaPosts', 'sectionSchema', 'stripBoilerplate',
    'textLinkSchema', 'topicSchema', 'validateArticle', 'validateFrontMatter', 'warn', 'warningCodes', 'warningSchema',
  ]);
});

test('cna-ingest/stages exports the same stage objects as cna-ingest', () => {
  const names = Object.keys(stages).sort();
  expect(names).toEqual([
    'assembleArticle', 'createStripBoilerplate', 'createValidateArticle', 'decodeEpochComment', 'defaultBoilerplateRules',
    'defineStage', 'extractCredits', 'extractDateline', 'extractMedia', 'extractText', 'frontMatterSchema', 'parseBody',
    'parseFrontMatter', 'reject', 'resolveDates', 'stripBoilerplate', 'validateArticle', 'validateFrontMatter', 'warn',
  ]);
  for (const name of names) expect(stages[name as keyof typeof stages]).toBe(main[name as keyof typeof main]);
  for (const stage of main.defaultStages) expect(Object.values(stages)).toContain(stage);
});

test('cna-ingest/testing exports', () => {
  expect(Object.keys(testing).sort()).toEqual([
    'checkFixtures', 'diffJson', 'expectFixtures', 'fixtureFiles', 'formatDifferences', 'listFixtureCases', 'stableJson',
  ]);
});

test('the default stages, in pipeline order', () => {
  expect(main.defaultStages.map((stage) => stage.stageName)).toEqual([
    'parse-front-matter',
    'validate-front-matter',
    'decode-epoch-comment',
    'parse-body',
    'strip-boilerplate',
    'extract-media',
    'extract-text',
    'extract-dateline',
    'extract-credits',
    'resolve-dates',
    'validate-article',
  ]);
});
