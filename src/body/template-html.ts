/**
 * A fast reader for CNA's template HTML: the end matter (hashtags, 延伸閱讀
 * links), e.g.
 * `<div class='paragraph moreArticle'><div class='moreArticle-title'>延伸閱讀</div><a class='moreArticle-link' href='…'><i class='icon-dot'></i><span>植物肉推廣遇逆風</span></a></div></div>`,
 * and the article part of most posts, e.g.
 * `<div><div></div><div class="paragraph"><p>（中央社記者梁珮綺台北10日電）…</p>…</div></div>`.
 *
 * It builds the same hast tree as parse5 + hast-util-from-parse5 for the
 * markup it accepts: the elements listed below, properly nested; any HTML
 * attribute (the common ones mapped here, the others by hastscript's `h`,
 * as hast-util-from-parse5 does); character references (decoded by
 * `entities`, as parse5 does); `<script>` and `<iframe>` content as raw
 * text. It returns null for anything else, which the caller then parses
 * with parse5: a comment, doctype, CR or NUL; a tag outside the lists; an
 * end tag that does not close the innermost open element (unless it closes
 * nothing and HTML ignores it); nesting that HTML closes implicitly (`<li>`
 * in `<li>`, `<a>` in `<a>`, a heading in a heading or closed by another
 * heading's end tag, a block such as `<div>` or `<p>` inside an open `<p>`);
 * a `</p>` without its `<p>` (HTML makes an empty paragraph of it); inside
 * `<svg>`, any element or attribute but the check mark's; a node deeper
 * than `maxDepth`, counted as the guard on parse5 trees counts (root
 * children at depth 1, text and void elements included).
 * `test/body/template-html.test.ts` checks the equality on the end matter
 * and the article part of every corpus post and on generated markup.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import { h } from 'hastscript';
import { createTag, isSpace, readEndTag, readStartTag, type Tag } from './tags.js';

/** Elements read: containers, inline text and links of the templates. */
const CONTAINERS = new Set([
  'div', 'p', 'span', 'a', 'i', 'b', 'em', 'strong', 'small', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'time', 'section', 'article',
  'header', 'footer', 'nav', 'figure', 'figcaption', 'picture', 'blockquote', 'video', 'script', 'iframe',
]);
/**
 * Elements whose content is raw text up to their end tag (`<script>`, and
 * `<iframe>`): the regex finds where HTML ends it, `</script` then a space, `/` or `>`.
 */
const RAW_TEXT_END: ReadonlyMap<string, RegExp> = new Map([
  ['script', /<\/script[\t\n\f />]/gi],
  ['iframe', /<\/iframe[\t\n\f />]/gi],
]);
/** Elements whose start tag closes an open `<p>` (HTML's "close a p element"): not accepted inside one. */
const CLOSES_P = new Set([
  'div', 'p', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'section', 'article', 'header', 'footer', 'nav', 'figure', 'figcaption',
  'blockquote',
]);
const VOID = new Set(['br', 'img', 'source', 'input']);
/**
 * SVG elements read inside `<svg>` (the newsletter form's check mark), whose
 * names and attributes SVG does not re-case; any other tag inside `<svg>`
 * (an HTML tag breaks out of it, `foreignObject` and `title` hold HTML) is
 * left to parse5.
 */
const SVG_CHILDREN = new Set(['path', 'polyline', 'g']);
/** SVG attributes read, and their hast property (`viewbox` is re-cased by HTML's foreign-content rules). */
const SVG_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['viewbox', 'viewBox'],
  ['d', 'd'],
  ['transform', 'transform'],
  ['points', 'points'],
]);
const HEADINGS: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Elements HTML closes by itself when the same kind opens inside: not accepted nested. */
const NO_NESTING: Readonly<Record<string, readonly string[]>> = { a: ['a'], li: ['li'], h2: HEADINGS, h3: HEADINGS, h4: HEADINGS };
/** Attributes whose hast property is the value as written. */
const STRING_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'target', 'title', 'id', 'alt', 'src', 'style', 'lang', 'dir', 'type', 'placeholder']);
/** Attributes whose hast property is a list of space-separated tokens, like `className`. */
const TOKEN_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['class', 'className'],
  ['rel', 'rel'],
]);
/** Other HTML attributes whose hast property is the value as written, under another name. */
const RENAMED_ATTRIBUTES: ReadonlyMap<string, string> = new Map([['aria-label', 'ariaLabel']]);

const DATA_ATTRIBUTE = /^data-[a-z]+(?:-[a-z]+)*$/;
/** Refused anywhere: HTML rewrites CR and NUL. `<!` and `<?` are refused too (start-tag reading fails on them). */
const REFUSED_CHARACTERS = /[\r\0]/;

/** Parse template HTML into hast, or null when it is not of the accepted shape. */
export function parseTemplateHtml(html: string, maxDepth: number): Root | null {
  if (REFUSED_CHARACTERS.test(html)) return null;
  // Character references outside raw text are decoded by the decoder parse5 itself uses (`entities`).
  const hasAmpersand = html.includes('&');
  const root: Root = { type: 'root', children: [], data: { quirksMode: false } };
  const open: OpenElements = { stack: [root], counts: new Map() };
  const tag = createTag();
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > at) {
      // A node's depth is the number of open elements plus one (the root is depth 0).
      if (open.stack.length > maxDepth) return null;
      const text = html.slice(at, textEnd);
      appendText(open.stack[open.stack.length - 1] as Root | Element, hasAmpersand && text.includes('&') ? decodeHTML(text) : text);
    }
    if (lt === -1) break;
    if (html.charCodeAt(lt + 1) === 0x2f /* / */) {
      if (!readEndTag(html, lt, tag) || !closeElement(open, tag.tagName)) return null;
      at = tag.end;
      continue;
    }
    if (!readStartTag(html, lt, tag)) return null;
    if (open.stack.length > maxDepth) return null;
    const tagName = tag.tagName;
    const element = openElement(open, tag);
    if (element === null) return null;
    at = tag.end;
    const rawEnd = open.stack[open.stack.length - 1] === element ? RAW_TEXT_END.get(tagName) : undefined;
    if (rawEnd !== undefined) {
      at = readRawText(html, at, element, rawEnd, open, maxDepth, tag);
      if (at === -1) return null;
    }
  }
  return root;
}

/**
 * The raw text of a `<script>` or `<iframe>` just opened, and its end tag:
 * where reading goes on, or -1 for a shape left to parse5 (no end tag, an
 * end tag with attributes, `<!` inside, which starts script escapes).
 */
function readRawText(html: string, from: number, element: Element, end: RegExp, open: OpenElements, maxDepth: number, tag: Tag): number {
  end.lastIndex = from;
  const found = end.exec(html);
  if (found === null) return -1;
  const text = html.slice(from, found.index);
  if (text.includes('<!') || (text !== '' && open.stack.length > maxDepth)) return -1;
  if (text !== '') element.children.push({ type: 'text', value: text });
  if (!readEndTag(html, found.index, tag)) return -1;
  closeElement(open, element.tagName);
  return tag.end;
}

function appendText(parent: Root | Element, value: string): void {
  const last = parent.children[parent.children.length - 1];
  if (last?.type === 'text') last.value += value;
  else parent.children.push({ type: 'text', value });
}

/** Add an element for a start tag; null when the tag or its attributes are not accepted. */
function openElement(open: OpenElements, tag: Tag): Element | null {
  const { tagName, selfClosing } = tag;
  const inSvg = isOpen(open, 'svg');
  let isVoid: boolean;
  if (inSvg) {
    // Foreign content: only the listed SVG elements; `/>` closes an element there.
    if (!SVG_CHILDREN.has(tagName)) return null;
    isVoid = selfClosing;
  } else if (tagName === 'svg') {
    isVoid = selfClosing;
  } else {
    // In HTML a `/>` closes nothing: void elements are void anyway, and `<div/>` stays open.
    isVoid = VOID.has(tagName);
    if (!isVoid && !CONTAINERS.has(tagName)) return null;
    const closedBy = NO_NESTING[tagName];
    if (closedBy !== undefined && isAnyOpen(open, closedBy)) return null;
    if (CLOSES_P.has(tagName) && isOpen(open, 'p')) return null;
  }
  const properties = readAttributes(tag, inSvg || tagName === 'svg');
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
  // heading (`<h2>…</h3>`): left to parse5, as is any other end tag inside `<svg>` (foreign content).
  // Other end tags that close nothing are ignored.
  if (tagName === 'p' || isOpen(open, 'svg')) return false;
  if (HEADINGS.includes(tagName)) return !isAnyOpen(open, HEADINGS);
  return CONTAINERS.has(tagName) && !isOpen(open, tagName);
}

/** The open elements, and how many of each tag name are open (so no check walks the stack). */
interface OpenElements {
  readonly stack: (Root | Element)[];
  readonly counts: Map<string, number>;
}

function isOpen(open: OpenElements, tagName: string): boolean {
  return (open.counts.get(tagName) ?? 0) > 0;
}

function isAnyOpen(open: OpenElements, tagNames: readonly string[]): boolean {
  return tagNames.some((tagName) => isOpen(open, tagName));
}

function readAttributes(tag: Tag, svg: boolean): Properties | null {
  const properties: Properties = {};
  const { names, values } = tag;
  for (let index = 0; index < tag.count; index += 1) {
    const name = names[index] as string;
    const written = values[index];
    // Maps and sets, not object literals: an attribute named `constructor` must not find Object.prototype's.
    const tokens = name === 'class' ? 'className' : svg ? undefined : TOKEN_ATTRIBUTES.get(name);
    const key = tokens ?? (svg ? SVG_ATTRIBUTES.get(name) : htmlProperty(name));
    if (key === undefined || written === undefined) {
      // SVG: only the listed attributes. HTML: the properties hast-util-from-parse5 would make.
      return svg ? null : viaHastscript(tag);
    }
    // The first of duplicated attributes wins, as in HTML.
    if (key in properties) continue;
    const value = decodeAttribute(written);
    properties[key] = tokens !== undefined ? spaceSeparated(value) : value;
  }
  return properties;
}

/**
 * The properties of an HTML element with attributes outside the lists:
 * hast-util-from-parse5 passes the attributes (the first of duplicates,
 * none named like a property of Object.prototype) to hastscript's `h`, and
 * so does this.
 */
function viaHastscript(tag: Tag): Properties {
  const attributes: Record<string, string> = {};
  const { names, values } = tag;
  for (let index = 0; index < tag.count; index += 1) {
    const name = names[index] as string;
    // As hast-util-from-parse5: names of Object.prototype's own properties (`constructor`) are dropped;
    // parse5 already dropped later duplicates, as the first wins here.
    if (Object.hasOwn(Object.prototype, name) || Object.hasOwn(attributes, name)) continue;
    const written = values[index];
    attributes[name] = written === undefined ? '' : decodeAttribute(written);
  }
  return h(tag.tagName, attributes).properties;
}

/** An attribute's value with its character references decoded as in HTML attributes. */
function decodeAttribute(value: string): string {
  return value.includes('&') ? decodeHTMLAttribute(value) : value;
}

/** The hast property of a string-valued HTML attribute read here, else undefined. */
function htmlProperty(name: string): string | undefined {
  if (STRING_ATTRIBUTES.has(name)) return name;
  const renamed = RENAMED_ATTRIBUTES.get(name);
  if (renamed !== undefined) return renamed;
  return DATA_ATTRIBUTE.test(name) ? dataProperty(name) : undefined;
}

/** The tokens of `class` or `rel`: `value.split(/[\t\n\f ]+/)` without empty tokens, read by hand (no regex, no filter). */
function spaceSeparated(value: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let index = 0; index < value.length; index += 1) {
    if (isSpace(value.charCodeAt(index))) {
      if (start !== -1) tokens.push(value.slice(start, index));
      start = -1;
    } else if (start === -1) start = index;
  }
  if (start !== -1) tokens.push(value.slice(start));
  return tokens;
}

/** `data-vod-id` → `dataVodId`. */
const DASH_LETTER = /-([a-z])/g;

function dataProperty(name: string): string {
  return name.replace(DASH_LETTER, (_, letter: string) => letter.toUpperCase());
}
