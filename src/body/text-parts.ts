/**
 * What `extract-text` knows of each paragraph it makes besides its text: its
 * kind (a subhead, a list item, a quote) and its links, the words that link
 * somewhere (`據<a href="https://www.nytimes.com/…">紐約時報</a>報導`,
 * `（<a href="https://www.youtube.com/watch?v=…">李智凱比賽影片這裡看</a>）`).
 * The stages after it cut the dateline, the credits and the notices out of
 * those paragraphs, so `placeTextParts` finds each paragraph of the Article
 * in the one it came from and gives it that paragraph's kind and links.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { READ_MORE_AT_END } from './read-more.js';
import { BIDI_CONTROLS } from '../hast/inline-text.js';
import { absoluteUrl, attribute, cleanText, textOf } from '../hast/query.js';
import type { ParagraphKind, TextLink } from '../schema.js';

/** The paragraphs `extract-text` made (the same array as `draft.paragraphs` then), the kind of each, and their links. */
export interface TextParts {
  readonly paragraphs: readonly string[];
  readonly kinds: readonly ParagraphKind[];
  readonly links: readonly TextLink[];
}

/** The `<a>` elements under `node`, in document order (none in nearly every paragraph). */
export function anchorsIn(node: Root | Element, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'a') found.push(child);
    else if (child.children.length > 0) anchorsIn(child, found);
  }
  return found;
}

/** An address of a web page. */
const WEB_PAGE = /^https?:\/\//i;

/** Where an anchor's words begin: the index among the block's lines, and the offset in that line. */
interface Start {
  readonly line: number;
  readonly offset: number;
}

/**
 * Where each anchor's words begin in the one line of a block of plain inline text: `raw` is that text as
 * `plainInlineText` read it (text nodes concatenated, bidi controls removed), before `cleanText`.
 */
function plainStarts(node: Root | Element, anchors: readonly Element[], raw: string): Map<Element, Start> {
  const starts = new Map<Element, Start>();
  let length = 0;
  const walk = (parent: Root | Element): void => {
    for (const child of parent.children) {
      if (child.type === 'text') length += child.value.replace(BIDI_CONTROLS, '').length;
      else if (child.type === 'element') {
        // `X` keeps the blanks before the anchor from being trimmed: its index is where the anchor's words begin.
        if (anchors.includes(child)) starts.set(child, { line: 0, offset: cleanText(`${raw.slice(0, length)}X`).length - 1 });
        walk(child);
      }
    }
  };
  walk(node);
  return starts;
}

/** The first of the private-use characters that mark the anchors in `markedStarts`. */
const MARK = 0xe000;
const MARKS = /[\ue000-\uf8ff]/g;
const MARKS_TEST = /[\ue000-\uf8ff]/;
/** How many anchors of one block can be marked (the private-use area's size). */
const MARKS_AVAILABLE = 0xf8ff - MARK + 1;

/**
 * Where each anchor's words begin in the lines of a block that `toText` read (a `<br>` inside, a table …):
 * the block is read again with a private-use character at the start of each anchor, whose place in the cleaned
 * lines is the anchor's. Lines that `extract-text` drops (empty, or only a read-more link) are dropped here too.
 */
function markedStarts(node: Root | Element, anchors: readonly Element[]): Map<Element, Start> {
  const starts = new Map<Element, Start>();
  // A block whose own text holds such a character (none in the corpus) gets no links rather than wrong ones.
  if (MARKS_TEST.test(textOf(node))) return starts;
  const copy = structuredClone(node);
  const copies = anchorsIn(copy).slice(0, MARKS_AVAILABLE);
  for (const [index, anchor] of copies.entries()) anchor.children.unshift({ type: 'text', value: String.fromCharCode(MARK + index) });
  let line = 0;
  for (const marked of toText(copy, { whitespace: 'normal' }).split('\n')) {
    const clean = cleanText(marked);
    if (cleanText(clean.replace(MARKS, '')).replace(READ_MORE_AT_END, '').trimEnd() === '') continue;
    let before = 0;
    for (const match of clean.matchAll(MARKS)) {
      const anchor = anchors[(match[0].codePointAt(0) ?? MARK) - MARK];
      if (anchor !== undefined) starts.set(anchor, { line, offset: (match.index ?? 0) - before });
      before += 1;
    }
    line += 1;
  }
  return starts;
}

/**
 * Place the anchors of one block in the lines it became (`lines`, the
 * paragraphs `first`, `first + 1`, … of `extract-text`). `raw` is the block's
 * plain inline text when it had one line (else the lines are `toText`'s). Each
 * anchor is placed where it stands, so a word linked the second time it occurs
 * is placed there. An anchor whose words are not there (a read-more link that
 * left the text) is not a link of the text.
 */
export function placeAnchors(anchors: readonly Element[], node: Root | Element, raw: string | null, lines: readonly string[], first: number): TextLink[] {
  const starts = raw === null ? markedStarts(node, anchors) : plainStarts(node, anchors, raw);
  const links: TextLink[] = [];
  for (const anchor of anchors) {
    const url = absoluteUrl(attribute(anchor, 'href'));
    const text = cleanText(textOf(anchor));
    const start = starts.get(anchor);
    // Only links to web pages: not `mailto:`, nor a `file:` path on the editor's computer (a 2021 slip).
    if (url === null || !WEB_PAGE.test(url) || text === '' || start === undefined) continue;
    // The words begin at the start, or one later when the link's own text opens with a blank.
    const offset = (lines[start.line] ?? '').indexOf(text, start.offset);
    if (offset !== -1 && offset <= start.offset + 1) links.push({ text, url, paragraph: first + start.line, offset });
  }
  return links;
}

/**
 * The kinds and links of `paragraphs`, the Article's: each paragraph is the
 * part of one of `parts.paragraphs` (in order) that the later stages left,
 * and has that paragraph's kind and the links inside that part, at their
 * offsets in it. A paragraph none of them holds (written by a custom stage)
 * is `text`, without links.
 */
export function placeTextParts(parts: TextParts | undefined, paragraphs: readonly string[]): { kinds: ParagraphKind[]; links: TextLink[] } {
  if (parts === undefined) return { kinds: paragraphs.map(() => 'text'), links: [] };
  if (parts.paragraphs === paragraphs) return { kinds: [...parts.kinds], links: [...parts.links] };
  // Nearly every post: all text, no links; nothing to place.
  if (parts.links.length === 0 && parts.kinds.every((kind) => kind === 'text')) return { kinds: paragraphs.map(() => 'text'), links: [] };
  const kinds: ParagraphKind[] = [];
  const links: TextLink[] = [];
  let source = 0;
  let next = 0;
  for (const [index, text] of paragraphs.entries()) {
    let at = source;
    while (at < parts.paragraphs.length && !(parts.paragraphs[at] ?? '').includes(text)) at += 1;
    if (at === parts.paragraphs.length) {
      kinds.push('text');
      continue;
    }
    kinds.push(parts.kinds[at] ?? 'text');
    const shift = (parts.paragraphs[at] ?? '').indexOf(text);
    while (next < parts.links.length && (parts.links[next]?.paragraph ?? 0) < at) next += 1;
    for (let k = next; k < parts.links.length && parts.links[k]?.paragraph === at; k += 1) {
      const link = parts.links[k];
      if (link && link.offset >= shift && link.offset + link.text.length <= shift + text.length) {
        links.push({ ...link, paragraph: index, offset: link.offset - shift });
      }
    }
    source = at + 1;
  }
  return { kinds, links };
}
