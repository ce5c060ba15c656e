/**
 * Stage `parse-body`: read the `[title](url)` line, then parse the HTML of
 * the article (and, apart, its end matter) into hast trees.
 */
import { sameTitle, splitContent } from '../body/title-line.js';
import { splitEndMatter } from '../body/end-matter.js';
import { htmlToHast } from '../body/html.js';
import type { Draft } from '../draft.js';
import { defineStage, reject, warn } from '../stage.js';

const STAGE = 'parse-body';

/** Stage `parse-body`: parse the HTML body into a hast tree, cut at the first end-matter block. */
export const parseBody = defineStage(STAGE, (draft: Draft): Draft => {
  // The epoch comment is skipped by splitContent like any other comment line before the title line.
  const content = draft.content ?? '';
  const { titleLine, htmlStart } = splitContent(content);
  let next: Draft = { ...draft, titleLine };
  const meta = draft.meta;
  if (titleLine === null) {
    next = warn(next, STAGE, 'title-line:missing', 'no [title](url) line before the HTML');
  } else if (meta) {
    if (!sameTitle(titleLine.title, meta.title)) {
      next = warn(next, STAGE, 'title-line:mismatch', `the title line "${titleLine.title.slice(0, 80)}" differs from the front-matter title "${meta.title.slice(0, 80)}"`);
    }
    if (titleLine.url !== meta.url) {
      next = warn(next, STAGE, 'title-line:url-mismatch', `the title line links to ${titleLine.url.slice(0, 100)}, the front matter to ${meta.url.slice(0, 100)}`);
    }
  }
  const html = content.slice(htmlStart);
  if (!html.includes('<')) {
    return reject(next, { code: 'body:missing', stage: STAGE, field: 'body', reason: 'the post has no HTML body' });
  }
  // The archiver writes a feed item without content as the word null: `<div>\nnull\n</div>`.
  if (html.length < 64 && html.replace(/<[^<>]*>/g, '').trim() === 'null') {
    return reject(next, { code: 'body:empty', stage: STAGE, field: 'body', reason: 'the body is the word "null": the feed gave the archiver no content' });
  }
  const parts = splitEndMatter(html);
  const article = htmlToHast(parts.article, draft.options.maxDepth);
  if (!article.ok) return tooDeep(next, article.depth);
  if (parts.endMatter === '') return { ...next, tree: article.tree, endMatter: null };
  const endMatter = htmlToHast(parts.endMatter, draft.options.maxDepth);
  if (!endMatter.ok) return tooDeep(next, endMatter.depth);
  return { ...next, tree: article.tree, endMatter: endMatter.tree };
});

function tooDeep(draft: Draft, depth: number): Draft {
  return reject(draft, {
    code: 'input:too-deep',
    stage: STAGE,
    field: 'body',
    reason: `the HTML nests more than ${draft.options.maxDepth} elements deep (${depth} or more)`,
  });
}
