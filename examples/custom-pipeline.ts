/**
 * Compose a custom pipeline: drop a stage, add a boilerplate rule, add a field.
 *
 *   npm run build && node --import tsx examples/custom-pipeline.ts
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { articleSchema, createPipeline, defaultStages, parseCnaPost } from 'cna-ingest';
import { createStripBoilerplate, createValidateArticle, defaultBoilerplateRules, defineStage, extractMedia, type BoilerplateRule } from 'cna-ingest/stages';

// 1. A boilerplate rule. The default pipeline reads the "▲" line CNA writes under an embed
//    (`▲美國大選即時開票地圖，若無法顯示請點這裡`) as that embed's caption; this pipeline drops
//    extractMedia (step 3), so the line would stay in the text: drop it.
const embedCaption: BoilerplateRule = {
  name: 'embed caption line',
  test: (element) => {
    const first = element.children[0];
    return element.tagName === 'p' && first?.type === 'text' && first.value.startsWith('▲');
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
  .map((stage) => (stage.stageName === 'strip-boilerplate' ? createStripBoilerplate([...defaultBoilerplateRules, embedCaption]) : stage))
  .map((stage) => (stage.stageName === 'validate-article' ? createValidateArticle(schema) : stage));
stages.splice(stages.length - 1, 0, countCharacters);
const parse = createPipeline<z.output<typeof schema>>(...stages);

const file = new URL('../fixtures/embed-infogram-flourish/post.md', import.meta.url);
const source = readFileSync(file);
const article = parse.parse(source, { file: file.pathname });
const plain = parseCnaPost(source, { file: file.pathname });

console.log(`${article.title}`);
console.log(`  characters: ${article.characters}`);
console.log(`  images: ${article.images.length} (extractMedia dropped)`);
console.log(`  last paragraph: ${article.paragraphs.at(-1)}`);
console.log(`  paragraphs: ${article.paragraphs.length} (default pipeline: ${plain.paragraphs.length})`);
const withoutRule = createPipeline(...defaultStages.filter((stage) => stage !== extractMedia)).parse(source, { file: file.pathname });
if (!plain.embeds.some((embed) => embed.caption?.startsWith('美國大選即時開票地圖') === true)) throw new Error('the default pipeline should read the ▲ line as the caption of its embed');
if (!withoutRule.paragraphs.some((paragraph) => paragraph.startsWith('▲'))) throw new Error('without extractMedia the ▲ line should stay in the text');
if (article.paragraphs.some((paragraph) => paragraph.startsWith('▲'))) throw new Error('the custom rule should have removed the ▲ line');
if (article.images.length !== 0 || article.embeds.length !== 0) throw new Error('extractMedia was dropped: no images or embeds expected');
