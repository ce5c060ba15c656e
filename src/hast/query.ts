/** Small helpers over hast elements: classes, attributes, pruning. */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

type Parent = Root | Element;

const NO_CLASSES: readonly string[] = Object.freeze([]);

/** The class list of an element (`className` is an array in hast). */
export function classList(element: Element): readonly string[] {
  const value: unknown = element.properties['className'];
  if (Array.isArray(value)) return value as string[];
  return typeof value === 'string' ? value.split(/\s+/) : NO_CLASSES;
}

export function hasClass(element: Element, name: string): boolean {
  return classList(element).includes(name);
}

/** A string property (`data-src` is `dataSrc` in hast), or null. */
export function attribute(element: Element, name: string): string | null {
  const value = element.properties[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/**
 * Walk the tree depth-first; `visit` returns 'remove' to drop an element
 * (its subtree is not walked), 'skip' to keep it without walking inside, or
 * nothing to go on; `removeText`, when given, is asked about each text node
 * and drops those it returns true for. Returns a new tree; the input is not
 * changed.
 */
export function prune<T extends Parent>(parent: T, visit: (element: Element) => 'remove' | 'skip' | void, removeText?: (text: Text) => boolean): T {
  // Copy-on-write: a parent is copied only from its first changed child on.
  let children: (RootContent | ElementContent)[] | null = null;
  const original = parent.children;
  for (let index = 0; index < original.length; index += 1) {
    const child = original[index] as RootContent | ElementContent;
    let next: RootContent | ElementContent | null = child;
    if (child.type === 'element') {
      const verdict = visit(child);
      next = verdict === 'remove' ? null : verdict === 'skip' ? child : prune(child, visit, removeText);
    } else if (removeText !== undefined && child.type === 'text' && removeText(child)) {
      next = null;
    }
    if (children === null && next !== child) children = original.slice(0, index) as (RootContent | ElementContent)[];
    if (children !== null && next !== null) children.push(next);
  }
  return children === null ? parent : ({ ...parent, children } as T);
}

/** Whether any element under `parent` passes `test` (depth-first, stops at the first). */
export function hasDescendant(parent: Parent, test: (element: Element) => boolean): boolean {
  for (const child of parent.children) {
    if (child.type === 'element' && (test(child) || hasDescendant(child, test))) return true;
  }
  return false;
}

/** Every element under `parent` (document order) for which `test` holds. */
export function selectAll(parent: Parent, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: Parent[] = [parent];
  while (stack.length > 0) {
    const node = stack.pop() as Parent;
    for (let i = node.children.length - 1; i >= 0; i -= 1) {
      const child = node.children[i];
      if (child?.type !== 'element') continue;
      stack.push(child);
    }
    if (node !== parent && node.type === 'element' && test(node)) found.push(node);
  }
  return found;
}

/** Text content of a subtree, without layout (for short labels and links). */
export function textOf(node: Parent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') text += textOf(child);
  }
  return text;
}

/**
 * Drop the zero-width space and non-joiner (`補\u200b件` is 補件, not `補 件`),
 * collapse runs of blanks (NBSP and U+3000 included) to one space, trim, and
 * normalise to NFC, as the title is: CJK compatibility ideographs (`陸`
 * U+F9D3) become the unified ones (`陸` U+9678), so a search for 大陸 finds
 * them. The zero-width joiner joins emoji sequences (`👩‍⚕️`) and stays.
 */
export function cleanText(text: string): string {
  // Zero-width characters are rare: one `includes` each before a second pass.
  const visible = text.includes('\u200b') || text.includes('\u200c') ? text.replace(/[\u200b\u200c]+/g, '') : text;
  const clean = visible.replace(/\s+/g, ' ').trim();
  // Nearly every text of a CNA page is in those ranges; the test costs less than `normalize`, which runs on the others.
  return MAY_CHANGE_IN_NFC.test(clean) ? clean.normalize('NFC') : clean;
}

/**
 * A code unit outside the ranges NFC leaves alone and that nothing composes
 * with (control characters aside, which are rare here): ASCII and Latin up to U+02FF, CJK symbols and kana but their
 * combining marks (U+302A–U+302F, U+3099, U+309A), unified ideographs,
 * dashes, quotes and the ellipsis, Hangul syllables, full-width forms.
 */
const MAY_CHANGE_IN_NFC = /[^\u0020-\u02ff\u3000-\u3029\u3030-\u3098\u309b-\u30ff\u4e00-\u9fff\u2010-\u2027\uac00-\ud7a3\uff00-\uffef]/;

/** `https://www.cna.com.tw/news/aopl/202309150183.aspx`: already what the URL parser would return. */
const CANONICAL_URL = /^https:\/\/[a-z]+(?:\.[a-z]+)+\/(?:[\w-]+\/)*(?:[\w-]+(?:\.[a-z]+)?)?$/;

/** Resolve `href` against CNA's site; null for javascript:, mailto: and fragments. */
export function absoluteUrl(href: string | null, base = 'https://www.cna.com.tw/'): string | null {
  if (href === null) return null;
  if (CANONICAL_URL.test(href)) return href;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || /^(?:javascript|mailto|data):/i.test(trimmed)) return null;
  try {
    return new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed, base).href;
  } catch {
    return null;
  }
}
