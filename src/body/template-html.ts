/**
 * A fast reader for the end matter's template HTML (hashtags, 延伸閱讀
 * links): well-formed markup made by CNA's page templates, e.g.
 * `<div class='paragraph moreArticle'><div class='moreArticle-title'>延伸閱讀</div><a class='moreArticle-link' href='…'><i class='icon-dot'></i><span>植物肉推廣遇逆風</span></a></div></div>`.
 *
 * It builds the same hast tree as parse5 + hast-util-from-parse5 for the
 * subset of HTML it accepts, and returns null for anything else so that the
 * caller parses with parse5: any character reference (`&`), comment,
 * doctype, CR or NUL; a tag or attribute outside the lists below; an
 * attribute without a value; an end tag that does not close the innermost
 * open element (unless it closes nothing and is ignorable); nesting that
 * HTML closes implicitly (`<li>` in `<li>`, `<a>` in `<a>`, a heading in a
 * heading); deeper nesting than `maxDepth`. `test/body/template-html.test.ts`
 * checks the equality on the end matter of every corpus post.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';

/** Elements read: containers, inline text and links of the templates. */
const CONTAINERS = new Set([
  'div', 'span', 'a', 'i', 'b', 'em', 'strong', 'small', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'time', 'section', 'article',
  'header', 'footer', 'nav', 'figure', 'figcaption', 'picture',
]);
const VOID = new Set(['br', 'img', 'source']);
/** Elements HTML closes by itself when the same kind opens inside: not accepted nested. */
const NO_NESTING: Readonly<Record<string, readonly string[]>> = {
  a: ['a'],
  li: ['li'],
  h2: ['h2', 'h3', 'h4'],
  h3: ['h2', 'h3', 'h4'],
  h4: ['h2', 'h3', 'h4'],
};
/** Attributes whose hast property is the value as written. */
const STRING_ATTRIBUTES: Readonly<Record<string, string>> = { href: 'href', target: 'target', title: 'title', id: 'id', alt: 'alt' };

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
  const open: (Root | Element)[] = [root];
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > at) appendText(open[open.length - 1] as Root | Element, html.slice(at, textEnd));
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
    if (open.length - 1 > maxDepth) return null;
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
function openElement(open: (Root | Element)[], tagName: string, attributes: string): Element | null {
  const isVoid = VOID.has(tagName);
  if (!isVoid && !CONTAINERS.has(tagName)) return null;
  const closedBy = NO_NESTING[tagName];
  if (closedBy !== undefined && isAnyOpen(open, closedBy)) return null;
  const properties = readAttributes(attributes);
  if (properties === null) return null;
  const element: Element = { type: 'element', tagName, properties, children: [] };
  (open[open.length - 1] as Root | Element).children.push(element as ElementContent);
  if (!isVoid) open.push(element);
  return element;
}

/** Close the innermost element for an end tag; an end tag that closes nothing open is ignored, as HTML does. */
function closeElement(open: (Root | Element)[], tagName: string): boolean {
  const top = open[open.length - 1];
  if (top?.type === 'element' && top.tagName === tagName) {
    open.pop();
    return true;
  }
  return CONTAINERS.has(tagName) && !isAnyOpen(open, [tagName]);
}

function isAnyOpen(open: readonly (Root | Element)[], tagNames: readonly string[]): boolean {
  for (let index = open.length - 1; index > 0; index -= 1) {
    if (tagNames.includes((open[index] as Element).tagName)) return true;
  }
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
    if (name === 'class') key = 'className';
    else if (STRING_ATTRIBUTES[name] !== undefined) key = STRING_ATTRIBUTES[name];
    else if (DATA_ATTRIBUTE.test(name)) key = dataProperty(name);
    else return null;
    // The first of duplicated attributes wins, as in HTML.
    if (key in properties) continue;
    properties[key] = key === 'className' ? classTokens(value) : value;
  }
  return properties;
}

const CLASS_SEPARATORS = /[\t\n\f ]+/;
const SIMPLE_CLASSES = /^[^\t\n\f ]+(?: [^\t\n\f ]+)*$/;

function classTokens(value: string): string[] {
  return SIMPLE_CLASSES.test(value) ? value.split(' ') : value.split(CLASS_SEPARATORS).filter((token) => token !== '');
}

/** `data-vod-id` → `dataVodId`. */
const DASH_LETTER = /-([a-z])/g;

function dataProperty(name: string): string {
  return name.replace(DASH_LETTER, (_, letter: string) => letter.toUpperCase());
}
