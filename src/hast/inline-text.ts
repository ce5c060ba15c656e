/**
 * The text of a block whose content is only text and plain inline elements
 * (`<p>` with `<a>`, `<strong>`, `<span>` …), read without the full
 * `hast-util-to-text` algorithm.
 *
 * For such content `toText(node, { whitespace: 'normal' })` yields one line:
 * each text node with its runs of blanks collapsed and bidi controls removed,
 * concatenated. After `cleanText` (which collapses every blank, NBSP and
 * zero-width space to one space and trims), that is the same as `cleanText`
 * of the concatenated text without bidi controls. `test/hast/inline-text.test.ts`
 * checks the equality on every block of the corpus and on generated trees.
 * Anything else (a `<br>`, a block inside, a hidden or non-rendered element,
 * `pre`, a table part, an element not listed below, a line break next to a
 * zero-width space) returns null and the caller uses `toText`.
 */
import type { Element, Root } from 'hast';

/** Phrasing elements that `toText` renders as plain inline text with normal white-space. */
const PLAIN_INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
]);

/** Blocks whose own white-space is not `normal` in `toText` (pre-formatted text, table parts). */
const NOT_NORMAL = new Set(['listing', 'plaintext', 'xmp', 'nobr', 'pre', 'textarea', 'td', 'th', 'table', 'tbody', 'thead', 'tfoot', 'tr']);

/** Bidi formatting characters, which `toText` drops from text (ALM, LRM, RLM, LRE–RLO, LRI–PDI). */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const HAS_BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * The raw text of `node`'s inline content (blanks not yet collapsed, bidi
 * controls removed), or null when the content is not plain inline text.
 * Meant to be passed through `cleanText`.
 */
export function plainInlineText(node: Root | Element): string | null {
  if (node.type === 'element' && NOT_NORMAL.has(node.tagName)) return null;
  const text = collect(node, '');
  // toText drops the segment break before a line that ends in a zero-width space (`a\nb\u200b` → `ab`); leave that to it.
  if (text === null || (text.includes('\u200b') && text.includes('\n'))) return null;
  return text;
}

function collect(node: Root | Element, before: string): string | null {
  let text = before;
  for (const child of node.children) {
    if (child.type === 'text') {
      const value = HAS_BIDI.test(child.value) ? child.value.replace(BIDI_CONTROLS, '') : child.value;
      // toText reads a text node with nothing left in it as a break between words (parse5 never makes one).
      if (value === '') return null;
      text += value;
    } else if (child.type === 'element') {
      if (!PLAIN_INLINE.has(child.tagName) || child.properties['hidden']) return null;
      const inner = collect(child, text);
      if (inner === null) return null;
      text = inner;
    } else if (child.type !== 'comment') return null;
  }
  return text;
}
