/**
 * Stage `extract-text`: the article's paragraphs in reading order. Every
 * block without blocks inside (`p`, `h2`, `li`, a `div` of inline text, a
 * pull quote) is one paragraph, its text read by `hast-util-to-text`; runs of
 * inline content between blocks are paragraphs too; `<br>` splits a
 * paragraph. Captions, glossary pop-ups, scripts and embeds were removed by
 * the stages before. The kind of each paragraph (subhead, list item,
 * quote, text) and the links inside it are read too (`body/text-parts.ts`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Draft } from '../draft.js';
import { READ_MORE_AT_END } from '../body/read-more.js';
import { isBoldLine, isBulletHead, isDigestHeadline, kindOfBlock } from '../body/paragraph-kinds.js';
import { anchorsIn, placeAnchors, type TextParts } from '../body/text-parts.js';
import type { ParagraphKind, TextLink } from '../schema.js';
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
  const out: Text = { paragraphs: [], kinds: [], links: [] };
  collect(draft.tree, out, 'text');
  // An empty body is rejected by `validate-article`, the one stage that decides.
  return { ...draft, paragraphs: out.paragraphs, textParts: out };
});

/** The paragraphs read so far, the kind of each, and the links found in them. */
interface Text extends TextParts {
  readonly paragraphs: string[];
  readonly kinds: ParagraphKind[];
  readonly links: TextLink[];
}

function collect(parent: Parent, out: Text, kind: ParagraphKind): void {
  let inline: (RootContent | ElementContent)[] = [];
  const flush = (): void => {
    if (inline.length > 0) emit({ type: 'root', children: inline as RootContent[] }, out, kind);
    inline = [];
  };
  for (const child of parent.children) {
    if (child.type === 'element' && BLOCKS.has(child.tagName)) {
      flush();
      const inner = kindOfBlock(child, kind);
      if (hasBlockInside(child)) collect(child, out, inner);
      else emit(child, out, inner);
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


function emit(node: Root | Element, out: Text, kind: ParagraphKind): void {
  const first = out.paragraphs.length;
  const anchors = anchorsIn(node);
  // Plain inline content (nearly every paragraph) is one line; see hast/inline-text.ts.
  const plain = plainInlineText(node);
  if (plain !== null) {
    const line = cleanText(plain);
    push(line, out, kind === 'text' && isBoldLine(node, line) ? 'subhead' : lineKind(kind, line, anchors));
  } else {
    for (const text of toText(node, { whitespace: 'normal' }).split('\n')) {
      const line = cleanText(text);
      push(line, out, lineKind(kind, line, anchors));
    }
  }
  if (anchors.length > 0) out.links.push(...placeAnchors(anchors, node, plain, out.paragraphs.slice(first), first));
}

/**
 * The kind of one line of a block of kind `kind`: a subhead when it opens with a bullet or is a digest's ★ headline.
 * (A function of its own: a closure made in `emit` for each block cost a third of this stage's time.)
 */
function lineKind(kind: ParagraphKind, line: string, anchors: readonly Element[]): ParagraphKind {
  return kind === 'text' && (isBulletHead(line) || isDigestHeadline(line, anchors)) ? 'subhead' : kind;
}

function push(line: string, out: Text, kind: ParagraphKind): void {
  const paragraph = line.replace(READ_MORE_AT_END, '').trimEnd();
  if (paragraph === '') return;
  out.paragraphs.push(paragraph);
  out.kinds.push(kind);
}
