import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CnaPostError',
        'articleSchema',
        'assembleArticle',
        'createPipeline',
        'createStripBoilerplate',
        'createValidateArticle',
        'creditsSchema',
        'datelineKinds',
        'datelineSchema',
        'decodeEpochComment',
        'decodeRocDate',
        'defaultBoilerplateRules',
        'defaultOptions',
        'defaultStages',
        'defineStage',
        'editorCodeSchema',
        'embedKinds',
        'embedSchema',
        'extractCredits',
        'extractDateline',
        'extractMedia',
        'extractText',
        'findClosingParagraph',
        'frontMatterSchema',
        'imageSchema',
        'isCnaPostError',
        'matchClosing',
        'matchDateline',
        'parseBody',
        'parseCnaPost',
        'parseFrontMatter',
        'reject',
        'rejectionCodes',
        'relatedSchema',
        'resolveDates',
        'safeParseCnaPost',
        'sectionSchema',
        'stripBoilerplate',
        'validateArticle',
        'validateFrontMatter',
        'warn',
        'warningCodes',
        'warningSchema',
      ].sort(),
    );
  });

  it('names every default stage in pipeline order', () => {
    expect(api.defaultStages.map((stage) => stage.stageName)).toEqual([
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
});
