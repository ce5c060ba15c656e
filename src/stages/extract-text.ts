/**
 * Stage `extract-text`: the article's paragraphs in reading order. Every
 * block without blocks inside (`p`, `h2`, `li`, a `div` of inline text, a
 * pull quote) is one paragraph, its text read by `hast-util-to-text`; runs of
 * inline content between blocks are paragraphs too; `<br>` splits a
 * paragraph. Captions, glossary pop-ups, scripts and embeds were removed by
 * the stages before. The links inside the paragraphs are read too
 * (`body/text-links.ts`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Draft } from '../draft.js';
import { READ_MORE_AT_END } from '../body/read-more.js';
import { anchorsIn, placeAnchors } from '../body/text-links.js';
import type { TextLink } from '../schema.js';
import { plainInlineText } from '../hast/inline-text.js';
import { cleanText } from '../hast/query.js';
import { defineStage } from '../stage.js';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul',
]);

type Parent = Root | Element;

/** Stage `extract-text`: turn the cleaned tree into text paragraphs in reading order. */
export const extractText = defineStage('extract-text', (draft: Draft): Draft => {
  if (!draft.tree) return draft;
  const out: Text = { paragraphs: [], links: [] };
  collect(draft.tree, out);
  // An empty body is rejected by `validate-article`, the one stage that decides.
  return { ...draft, paragraphs: out.paragraphs, textLinks: out.links.length === 0 ? null : out };
});

/** The paragraphs read so far, and the links found in them. */
interface Text {
  readonly paragraphs: string[];
  readonly links: TextLink[];
}

function collect(parent: Parent, out: Text): void {
  let inline: (RootContent | ElementContent)[] = [];
  const flush = (): void => {
    if (inline.length > 0) emit({ type: 'root', children: inline as RootContent[] }, out);
    inline = [];
  };
  for (const child of parent.children) {
    if (child.type === 'element' && BLOCKS.has(child.tagName)) {
      flush();
      if (hasBlockInside(child)) collect(child, out);
      else emit(child, out);
    } else if (child.type === 'element' || child.type === 'text') {
      inline.push(child);
    }
  }
  flush();
}

function hasBlockInside(element: Element): boolean {
  for (const child of element.children) {
    if (child.type === 'element' && (BLOCKS.has(child.tagName) || hasBlockInside(child))) return true;
  }
  return false;
}


function emit(node: Root | Element, out: Text): void {
  const first = out.paragraphs.length;
  // Plain inline content (nearly every paragraph) is one line; see hast/inline-text.ts.
  const plain = plainInlineText(node);
  if (plain !== null) push(cleanText(plain), out.paragraphs);
  else for (const line of toText(node, { whitespace: 'normal' }).split('\n')) push(cleanText(line), out.paragraphs);
  const anchors = anchorsIn(node);
  if (anchors.length > 0) out.links.push(...placeAnchors(anchors, node, plain, out.paragraphs.slice(first), first));
}

function push(line: string, out: string[]): void {
  const paragraph = line.replace(READ_MORE_AT_END, '').trimEnd();
  if (paragraph !== '') out.push(paragraph);
}
