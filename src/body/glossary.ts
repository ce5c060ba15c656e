/**
 * The glossary pop-ups of a story: a word of the text that opens a box
 * explaining it, a term (`小百科`) or a person (`小檔案`):
 *
 * ```html
 * <div class='dictionary'><span class='news-dic-inline' data-id='000085'><span>李登輝</span><span class='dic-icon'></span></span>
 * <div class='dictionary-box' data-box='000085'><p class='dictionary-title'>李登輝小檔案</p>
 * <div class='news-dic-text'><ul><li>民國12年1月15日出生</li><li>學歷：…</li></ul></div>
 * <div class='news-dic-all seeArticlemore'>看更多</div><div class='news-dic-all closeBox'>關閉</div></div>…</div>
 * ```
 *
 * `strip-boilerplate` takes the box out of the sentence (the word stays);
 * its title and text are read from the removed box here.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { attribute, cleanText, hasClass, selectAll, textOf } from '../hast/query.js';
import type { GlossaryEntry } from '../schema.js';

/** The class of a glossary box: a post holds it in its source when it has one (the cheap test before any walk). */
export const GLOSSARY_BOX = 'dictionary-box';

/**
 * The glossary entries of the boxes in `removed` (the blocks the boilerplate rules took out), in order; `tree`
 * is the article tree before they were taken out, where the word that opens each box is.
 */
export function readGlossary(removed: Root, tree: Root): GlossaryEntry[] {
  const words = new Map<string, string>();
  for (const inline of selectAll(tree, (element) => hasClass(element, 'news-dic-inline'))) {
    const id = attribute(inline, 'dataId');
    const word = cleanText(textOf(inline));
    if (id !== null && word !== '' && !words.has(id)) words.set(id, word);
  }
  const entries: GlossaryEntry[] = [];
  for (const box of selectAll(removed, (element) => hasClass(element, GLOSSARY_BOX))) {
    const heading = firstWithClass(box, 'dictionary-title');
    const title = heading === undefined ? '' : cleanText(textOf(heading));
    const body = firstWithClass(box, 'news-dic-text');
    const lines = body === undefined ? [] : toText(body, { whitespace: 'normal' }).split('\n').map(cleanText).filter((line) => line !== '');
    // Some boxes repeat their title as the first line of the text (`硃砂小百科`).
    if (lines[0] === title) lines.shift();
    if (title === '' && lines.length === 0) continue;
    const id = attribute(box, 'dataBox');
    entries.push({ term: (id === null ? undefined : words.get(id)) ?? null, title, text: lines.join('\n') });
  }
  return entries;
}

function firstWithClass(root: Element, name: string): Element | undefined {
  return selectAll(root, (element) => hasClass(element, name))[0];
}
