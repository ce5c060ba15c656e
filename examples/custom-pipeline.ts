/**
 * Compose a custom pipeline: drop a stage, add a boilerplate rule, add a field.
 *
 *   npm run build && node --import tsx examples/custom-pipeline.ts
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { articleSchema, createPipeline, defaultStages } from 'cna-ingest';
import { createStripBoilerplate, createValidateArticle, defaultBoilerplateRules, defineStage, extractMedia, type BoilerplateRule } from 'cna-ingest/stages';

// 1. A boilerplate rule: the 早安世界 digests end with a newsletter promotion in a `div.myCustom`.
const newsletterPromo: BoilerplateRule = {
  name: '早安世界 newsletter promotion',
  test: (element) => {
    const classes = element.properties['className'];
    return element.tagName === 'div' && Array.isArray(classes) && classes.includes('myCustom');
  },
};

// 2. A stage that adds a field: it writes `draft.extra`, and the extended schema validates it.
const countCharacters = defineStage('count-characters', (draft) => ({
  ...draft,
  extra: { ...draft.extra, characters: (draft.paragraphs ?? []).reduce((sum, paragraph) => sum + paragraph.length, 0) },
}));
const schema = articleSchema.extend({ characters: z.number().int().nonnegative() });

// 3. The pipeline: the default stages without extractMedia, with our rule and our field.
const stages = defaultStages
  .filter((stage) => stage !== extractMedia)
  .map((stage) => (stage.stageName === 'strip-boilerplate' ? createStripBoilerplate([...defaultBoilerplateRules, newsletterPromo]) : stage))
  .map((stage) => (stage.stageName === 'validate-article' ? createValidateArticle(schema) : stage));
stages.splice(stages.length - 1, 0, countCharacters);
const parse = createPipeline<z.output<typeof schema>>(...stages);

const file = new URL('../fixtures/digest-good-morning/post.md', import.meta.url);
const article = parse.parse(readFileSync(file), { file: file.pathname });

console.log(`${article.title}`);
console.log(`  characters: ${article.characters}`);
console.log(`  images: ${article.images.length} (extractMedia dropped)`);
console.log(`  last paragraph: ${article.paragraphs.at(-1)}`);
if (article.paragraphs.some((paragraph) => paragraph.includes('電子報'))) {
  throw new Error('the newsletter promotion should have been removed');
}
