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
import { absoluteUrl, attribute, cleanText, textOf } from '../hast/query.js';
import type { ParagraphKind, TextLink } from '../schema.js';

/** The paragraphs `extract-text` made (the same array as `draft.paragraphs` then), the kind of each, and their links. */
export interface TextParts {
  readonly paragraphs: readonly string[];
  readonly kinds: readonly ParagraphKind[];
  readonly links: readonly TextLink[];
}

/** The `<a>` elements under `node` with an address and words, in document order (none in nearly every paragraph). */
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

/** Bidi controls, which the paragraph's text has not (see `hast/inline-text.ts`). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Where each anchor starts in `raw`, the plain inline text of `node` as
 * `plainInlineText` read it (text nodes concatenated, bidi controls removed).
 */
function rawStarts(node: Root | Element, anchors: readonly Element[]): number[] {
  const starts: number[] = [];
  let length = 0;
  const walk = (parent: Root | Element): void => {
    for (const child of parent.children) {
      if (child.type === 'text') length += child.value.replace(BIDI_CONTROLS, '').length;
      else if (child.type === 'element') {
        if (anchors.includes(child)) starts.push(length);
        walk(child);
      }
    }
  };
  walk(node);
  return starts;
}

/**
 * Place the anchors of one block in the lines it became (`lines`, the
 * paragraphs `first`, `first + 1`, … of `extract-text`), in order. `raw` is
 * the block's plain inline text when it had one line; it says where each
 * anchor stands, so a word linked the second time it occurs is placed
 * there. An anchor whose words are not in the lines (a read-more link that
 * left the text, a link split by `<br>`) is not a link of the text.
 */
export function placeAnchors(anchors: readonly Element[], node: Root | Element, raw: string | null, lines: readonly string[], first: number): TextLink[] {
  const links: TextLink[] = [];
  const starts = raw === null ? null : rawStarts(node, anchors);
  let line = 0;
  let from = 0;
  for (const [index, anchor] of anchors.entries()) {
    const url = absoluteUrl(attribute(anchor, 'href'));
    const text = cleanText(textOf(anchor));
    // Only links to web pages: not `mailto:`, nor a `file:` path on the editor's computer (a 2021 slip).
    if (url === null || !WEB_PAGE.test(url) || text === '') continue;
    const start = starts?.[index];
    // `X` keeps the blanks before the anchor from being trimmed: its index is where the anchor's words begin.
    const hint = raw === null || start === undefined ? 0 : cleanText(`${raw.slice(0, start)}X`).length - 1;
    for (let at = line; at < lines.length; at += 1) {
      const offset = (lines[at] ?? '').indexOf(text, at === line ? Math.max(from, hint) : 0);
      if (offset === -1) continue;
      links.push({ text, url, paragraph: first + at, offset });
      line = at;
      from = offset + text.length;
      break;
    }
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
