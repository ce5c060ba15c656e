/**
 * The tag reader must accept exactly what the template reader's former
 * regular expressions matched, with the same name, attributes and end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTag, readEndTag, readStartTag } from '../../src/body/tags.js';

/** The specification: the start-tag regex, and the one that split its attributes. */
const START_TAG = /<([a-z][a-z0-9]*)((?:[\t\n\f ]+[a-z][a-z0-9-]*(?:[\t\n\f ]*=[\t\n\f ]*(?:"[^"]*"|'[^']*'|[^\t\n\f >"'=<`]+))?)*)[\t\n\f ]*(\/?)>/iy;
const ATTRIBUTE = /[\t\n\f ]+([a-z][a-z0-9-]*)(?:[\t\n\f ]*=[\t\n\f ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f >"'=<`]+)))?/iy;
const END_TAG = /<\/([a-z][a-z0-9]*)[\t\n\f ]*>/iy;

interface Read {
  tagName: string;
  attributes: [string, string | undefined][];
  selfClosing: boolean;
  end: number;
}

function bySpec(html: string, at: number): Read | null {
  START_TAG.lastIndex = at;
  const match = START_TAG.exec(html);
  if (match === null) return null;
  const attributes: [string, string | undefined][] = [];
  const source = match[2] as string;
  ATTRIBUTE.lastIndex = 0;
  for (let found = ATTRIBUTE.exec(source); found !== null; found = ATTRIBUTE.exec(source)) {
    attributes.push([(found[1] as string).toLowerCase(), found[2] ?? found[3] ?? found[4]]);
  }
  return { tagName: (match[1] as string).toLowerCase(), attributes, selfClosing: match[3] === '/', end: START_TAG.lastIndex };
}

function byReader(html: string, at: number): Read | null {
  const tag = createTag();
  // A reused tag must not keep attributes of the tag read before.
  readStartTag('<x a=1 b c="d" e=f>', 0, tag);
  if (!readStartTag(html, at, tag)) return null;
  const attributes: [string, string | undefined][] = [];
  for (let index = 0; index < tag.count; index += 1) attributes.push([tag.names[index] as string, tag.values[index]]);
  return { tagName: tag.tagName, attributes, selfClosing: tag.selfClosing, end: tag.end };
}

function endBySpec(html: string, at: number): { tagName: string; end: number } | null {
  END_TAG.lastIndex = at;
  const match = END_TAG.exec(html);
  return match === null ? null : { tagName: (match[1] as string).toLowerCase(), end: END_TAG.lastIndex };
}

function endByReader(html: string, at: number): { tagName: string; end: number } | null {
  const tag = createTag();
  return readEndTag(html, at, tag) ? { tagName: tag.tagName, end: tag.end } : null;
}

/** Tag soup: the characters that decide a tag's shape, and names from the templates. */
const piece = fc.constantFrom(
  '<', '</', '>', '/>', '/', ' ', '  ', '\t', '\n', '\f', '\r', '=', ' = ', '"', "'", '`', '-', 'a', 'B', 'div', 'DIV', 'p', 'svg', 'h2', '1', 'x-y',
  'class', 'CLASS', 'href', 'data-src', 'data-Tag-id', '"q"', "'q'", '"a b"', 'v', 'v/', '&amp;', '中央社', '\u00a0', 'ſ', 'K',
);
const soup = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
/** Tag-shaped strings: a name, attributes with and without values, an ending, each piece sometimes malformed. */
const attribute = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constantFrom(' ', '  ', '\t', '\n', '\f'), weight: 8 }, { arbitrary: fc.constantFrom('', '\r', '/'), weight: 1 }),
    fc.oneof({ arbitrary: fc.constantFrom('class', 'HREF', 'data-src', 'b', 'b-', 'x1'), weight: 8 }, { arbitrary: fc.constantFrom('-x', '1', '', 'ſ'), weight: 1 }),
    fc.option(
      fc.tuple(
        fc.oneof({ arbitrary: fc.constantFrom('=', ' = ', '=\n'), weight: 8 }, { arbitrary: fc.constantFrom('==', ' '), weight: 1 }),
        fc.oneof(
          { arbitrary: fc.constantFrom('"q"', "'a b'", '""', "''", 'v', 'v/', 'a&amp;b', '中', 'x`'), weight: 8 },
          { arbitrary: fc.constantFrom('"open', "'", '`x', '', '>', '<', 'a=b'), weight: 1 },
        ),
      ),
    ),
  )
  .map(([space, name, value]) => space + name + (value === null ? '' : value.join('')));
const tagShaped = fc
  .tuple(
    fc.constantFrom('<', '<', '<', '</', '< ', 'x<'),
    fc.constantFrom('div', 'A', 'h2', 'svg', 'x-y', '1', '', 'iFrame'),
    fc.array(attribute, { maxLength: 5 }),
    fc.constantFrom('>', '>', '/>', ' >', ' / >', '', '/', ' ', '\n/>', '>>'),
  )
  .map(([open, name, attributes, close]) => open + name + attributes.join('') + close);

describe('readStartTag', () => {
  it.each([
    ['<div>', { tagName: 'div', attributes: [], selfClosing: false, end: 5 }],
    ["<a class='moreArticle-link' href=\"/x\" target=_blank data-id>", {
      tagName: 'a',
      attributes: [['class', 'moreArticle-link'], ['href', '/x'], ['target', '_blank'], ['data-id', undefined]],
      selfClosing: false,
      end: 60,
    }],
    ['<IMG SRC = "p.jpg"/>', { tagName: 'img', attributes: [['src', 'p.jpg']], selfClosing: true, end: 20 }],
    ['<a href=x/>', { tagName: 'a', attributes: [['href', 'x/']], selfClosing: false, end: 11 }],
  ] as const)('reads %s', (html, expected) => {
    expect(byReader(html, 0)).toStrictEqual(expected);
    expect(bySpec(html, 0)).toStrictEqual(expected);
  });

  it.each(['<', '<1>', '<a', '<a b="c>', '<a b=>', '<a b="c"d>', '<a b= >', '<a-b>', '<a =b>', '<!-- x -->', '<a\rb>', '<ſ>', '<\u212a>'])(
    'declines %j, as the regular expression does',
    (html) => {
      expect(byReader(html, 0)).toBeNull();
      expect(bySpec(html, 0)).toBeNull();
    },
  );

  it('agrees with the regular expressions on generated tag soup, at every offset', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(tagShaped, soup), (html) => {
        for (let at = 0; at < html.length; at += 1) {
          const expected = bySpec(html, at);
          if (expected !== null) read += 1;
          // Compared as JSON first (fast), with expect for the report when they differ.
          const got = byReader(html, at);
          if (JSON.stringify(got) !== JSON.stringify(expected)) expect({ html, at, got }).toStrictEqual({ html, at, got: expected });
          const end = endByReader(html, at);
          const endExpected = endBySpec(html, at);
          if (JSON.stringify(end) !== JSON.stringify(endExpected)) expect({ html, at, end }).toStrictEqual({ html, at, end: endExpected });
        }
      }),
      { numRuns: 10_000 },
    );
    // The soup must reach the accepting paths, not only the declining ones (about 5% of the inputs are a whole valid tag).
    expect(read).toBeGreaterThan(300);
  });
});

describe('readEndTag', () => {
  it.each([
    ['</div>', { tagName: 'div', end: 6 }],
    ['</P \n>', { tagName: 'p', end: 6 }],
  ] as const)('reads %j', (html, expected) => {
    expect(endByReader(html, 0)).toStrictEqual(expected);
  });

  it.each(['</>', '</1>', '</div', '</div x>', '<div>'])('declines %j', (html) => {
    expect(endByReader(html, 0)).toBeNull();
    expect(endBySpec(html, 0)).toBeNull();
  });
});
