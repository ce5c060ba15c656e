/**
 * A fast reader for CNA's template HTML: the end matter (hashtags, 延伸閱讀
 * links), e.g.
 * `<div class='paragraph moreArticle'><div class='moreArticle-title'>延伸閱讀</div><a class='moreArticle-link' href='…'><i class='icon-dot'></i><span>植物肉推廣遇逆風</span></a></div></div>`,
 * and the article part of most posts, e.g.
 * `<div><div></div><div class="paragraph"><p>（中央社記者梁珮綺台北10日電）…</p>…</div></div>`.
 *
 * It builds the same hast tree as parse5 + hast-util-from-parse5 for the
 * subset of HTML it accepts, and returns null for anything else so that the
 * caller parses with parse5: any character reference (`&`), comment,
 * doctype, CR or NUL; a tag or attribute outside the lists below; an
 * attribute without a value; an end tag that does not close the innermost
 * open element (unless it closes nothing and is ignorable); nesting that
 * HTML closes implicitly (`<li>` in `<li>`, `<a>` in `<a>`, a heading in a
 * heading or closed by another heading's end tag, a block such as `<div>` or `<p>` inside an open `<p>`); a `</p>`
 * without its `<p>` (HTML makes an empty paragraph of it); deeper nesting
 * than `maxDepth`. `test/body/template-html.test.ts` checks the equality on
 * the end matter and the article part of every corpus post, and on
 * generated markup mixing these tags in any order.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';

/** Elements read: containers, inline text and links of the templates. */
const CONTAINERS = new Set([
  'div', 'p', 'span', 'a', 'i', 'b', 'em', 'strong', 'small', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'time', 'section', 'article',
  'header', 'footer', 'nav', 'figure', 'figcaption', 'picture',
]);
/** Elements whose start tag closes an open `<p>` (HTML's "close a p element"): not accepted inside one. */
const CLOSES_P = new Set([
  'div', 'p', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'section', 'article', 'header', 'footer', 'nav', 'figure', 'figcaption',
]);
const VOID = new Set(['br', 'img', 'source']);
/** Elements HTML closes by itself when the same kind opens inside: not accepted nested. */
const NO_NESTING: Readonly<Record<string, readonly string[]>> = {
  a: ['a'],
  li: ['li'],
  h2: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  h3: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  h4: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
};
/** Attributes whose hast property is the value as written. */
const STRING_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'target', 'title', 'id', 'alt', 'src', 'style', 'lang', 'dir']);
/** Attributes whose hast property is a list of space-separated tokens, like `className`. */
const TOKEN_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['class', 'className'],
  ['rel', 'rel'],
]);

/** `<a class='moreArticle-link' href='https://…'>`: a start tag whose attributes all have values. */
const START_TAG = /<([a-z][a-z0-9]*)((?:[\t\n\f ]+[a-z][a-z0-9-]*[\t\n\f ]*=[\t\n\f ]*(?:"[^"]*"|'[^']*'|[^\t\n\f >"'=<`]+))*)[\t\n\f ]*>/iy;
const END_TAG = /<\/([a-z][a-z0-9]*)[\t\n\f ]*>/iy;
/** One attribute of a start tag already matched by START_TAG (sticky: read one after the other). */
const ATTRIBUTE = /[\t\n\f ]+([a-z][a-z0-9-]*)[\t\n\f ]*=[\t\n\f ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f >"'=<`]+))/iy;
const DATA_ATTRIBUTE = /^data-[a-z]+(?:-[a-z]+)*$/;
const REFUSED_CHARACTERS = /[&\r\0]|<!|<\?/;

/** Parse template HTML into hast, or null when it is not of the accepted shape. */
export function parseTemplateHtml(html: string, maxDepth: number): Root | null {
  if (REFUSED_CHARACTERS.test(html)) return null;
  const root: Root = { type: 'root', children: [], data: { quirksMode: false } };
  const open: OpenElements = { stack: [root], counts: new Map() };
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > at) appendText(open.stack[open.stack.length - 1] as Root | Element, html.slice(at, textEnd));
    if (lt === -1) break;
    if (html.charCodeAt(lt + 1) === 0x2f /* / */) {
      END_TAG.lastIndex = lt;
      const end = END_TAG.exec(html);
      if (!end || !closeElement(open, (end[1] as string).toLowerCase())) return null;
      at = END_TAG.lastIndex;
      continue;
    }
    START_TAG.lastIndex = lt;
    const start = START_TAG.exec(html);
    if (!start) return null;
    const element = openElement(open, (start[1] as string).toLowerCase(), start[2] as string);
    if (element === null) return null;
    if (open.stack.length - 1 > maxDepth) return null;
    at = START_TAG.lastIndex;
  }
  return root;
}

function appendText(parent: Root | Element, value: string): void {
  const last = parent.children[parent.children.length - 1];
  if (last?.type === 'text') last.value += value;
  else parent.children.push({ type: 'text', value });
}

/** Add an element for a start tag; null when the tag or its attributes are not accepted. */
function openElement(open: OpenElements, tagName: string, attributes: string): Element | null {
  const isVoid = VOID.has(tagName);
  if (!isVoid && !CONTAINERS.has(tagName)) return null;
  const closedBy = NO_NESTING[tagName];
  if (closedBy !== undefined && isAnyOpen(open, closedBy)) return null;
  if (CLOSES_P.has(tagName) && isAnyOpen(open, P)) return null;
  const properties = readAttributes(attributes);
  if (properties === null) return null;
  const element: Element = { type: 'element', tagName, properties, children: [] };
  (open.stack[open.stack.length - 1] as Root | Element).children.push(element as ElementContent);
  if (!isVoid) {
    open.stack.push(element);
    open.counts.set(tagName, (open.counts.get(tagName) ?? 0) + 1);
  }
  return element;
}

/** Close the innermost element for an end tag; an end tag that closes nothing open is ignored, as HTML does. */
function closeElement(open: OpenElements, tagName: string): boolean {
  const top = open.stack[open.stack.length - 1];
  if (top?.type === 'element' && top.tagName === tagName) {
    open.stack.pop();
    open.counts.set(tagName, (open.counts.get(tagName) as number) - 1);
    return true;
  }
  // `</p>` with no open `<p>` makes an empty paragraph in HTML, and a heading's end tag closes any open
  // heading (`<h2>…</h3>`): left to parse5. Other end tags that close nothing are ignored.
  if (tagName === 'p') return false;
  if (HEADINGS.includes(tagName)) return !isAnyOpen(open, HEADINGS);
  return CONTAINERS.has(tagName) && !isAnyOpen(open, [tagName]);
}

const HEADINGS: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const P: readonly string[] = ['p'];

/** The open elements, and how many of each tag name are open (so no check walks the stack). */
interface OpenElements {
  readonly stack: (Root | Element)[];
  readonly counts: Map<string, number>;
}

function isAnyOpen(open: OpenElements, tagNames: readonly string[]): boolean {
  for (const tagName of tagNames) if ((open.counts.get(tagName) ?? 0) > 0) return true;
  return false;
}

function readAttributes(source: string): Properties | null {
  const properties: Properties = {};
  if (source === '') return properties;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(source); match !== null; match = ATTRIBUTE.exec(source)) {
    const name = (match[1] as string).toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    let key: string;
    // Maps and sets, not object literals: an attribute named `constructor` must not find Object.prototype's.
    const tokens = TOKEN_ATTRIBUTES.get(name);
    if (tokens !== undefined) key = tokens;
    else if (STRING_ATTRIBUTES.has(name)) key = name;
    else if (DATA_ATTRIBUTE.test(name)) key = dataProperty(name);
    else return null;
    // The first of duplicated attributes wins, as in HTML.
    if (key in properties) continue;
    properties[key] = tokens !== undefined ? spaceSeparated(value) : value;
  }
  return properties;
}

const CLASS_SEPARATORS = /[\t\n\f ]+/;
const SIMPLE_CLASSES = /^[^\t\n\f ]+(?: [^\t\n\f ]+)*$/;

function spaceSeparated(value: string): string[] {
  return SIMPLE_CLASSES.test(value) ? value.split(' ') : value.split(CLASS_SEPARATORS).filter((token) => token !== '');
}

/** `data-vod-id` → `dataVodId`. */
const DASH_LETTER = /-([a-z])/g;

function dataProperty(name: string): string {
  return name.replace(DASH_LETTER, (_, letter: string) => letter.toUpperCase());
}
