/**
 * Metamorphic checks over ../shared/corpus: a post rewritten in a way that
 * does not change what it says must give the same Article (or the same
 * rejection). Each rewrite is one that copies of the archive really go
 * through (Windows line ends, an editor's BOM or trailing blanks) or that
 * HTML allows for the same page (capitals in names, other attribute quotes,
 * character references, comments); the last one sends the article part down parse5
 * instead of the template reader, so both readers are held to one result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusRoot } from '../scripts/lib/corpus-stats.js';
import { safeParseCnaPost } from '../src/index.js';

const present = corpusAvailable();
if (!present) console.warn(`corpus invariance test skipped: no corpus at ${corpusRoot}`);

/** Where the body HTML starts: the line after the `------` underline of the title line. */
function bodyStart(text: string): number {
  const underline = text.indexOf('\n------');
  return underline === -1 ? text.length : text.indexOf('\n', underline + 1) + 1;
}

/** Apply `rewrite` to the body HTML only. */
const inBody =
  (rewrite: (html: string) => string) =>
  (text: string): string => {
    const at = bodyStart(text);
    return text.slice(0, at) + rewrite(text.slice(at));
  };

/** Every third 的, 是 or 在 of the text between tags as a character reference, decimal and hex in turn. */
const characterReferences = inBody((html) => {
  let seen = 0;
  return html.replace(/>([^<>]+)</g, (_, text: string) => {
    const rewritten = text.replace(/[的是在]/g, (char) => {
      seen += 1;
      if (seen % 3 !== 0) return char;
      const code = char.codePointAt(0) as number;
      return seen % 2 === 0 ? `&#${code};` : `&#x${code.toString(16)};`;
    });
    return `>${rewritten}<`;
  });
});

/** A tag with its name and attribute names in capitals: `<DIV CLASS='paragraph'>`, `</P>`. */
const capitalNames = (tag: string): string =>
  tag
    .replace(/^<(\/?)([a-z][a-z\d]*)/, (_, slash: string, name: string) => `<${slash}${name.toUpperCase()}`)
    .replace(/(\s)([a-z][\w-]*)=/g, (_, space: string, name: string) => `${space}${name.toUpperCase()}=`);

/** Each rewrite, and how many of the 2,272 posts it must change at least (or the check proves little). */
const rewrites: [name: string, rewrite: (text: string) => string | Uint8Array, reaches: number][] = [
  ['as UTF-8 bytes', (text) => Buffer.from(text, 'utf8'), 2272],
  ['with CRLF line ends', (text) => text.replace(/\n/g, '\r\n'), 2272],
  ['with a byte order mark', (text) => `\uFEFF${text}`, 2272],
  ['with blanks at the end of every line (fences included)', (text) => text.replace(/\n/g, ' \t\n'), 2272],
  // 1,644 posts quote some attributes with '; the others use " throughout.
  ['with tag and attribute names in capitals', inBody((html) => html.replace(/<\/?[a-z][^<>]*>/g, capitalNames)), 2272],
  ['with attributes in double quotes', inBody((html) => html.replace(/(\s[\w-]+)='([^'"]*)'/g, '$1="$2"')), 1600],
  ['with some characters as character references', characterReferences, 2000],
  // The template reader declines comments: these posts go through parse5 and hast-util-from-parse5 instead.
  ['with a comment after every paragraph (read by parse5, not the template reader)', inBody((html) => html.replace(/<\/p>/g, '</p><!-- -->')), 2260],
];

describe.skipIf(!present)('the real corpus, rewritten without changing what it says', () => {
  const dir = join(corpusRoot, 'cna');
  const posts = present
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
    : [];
  const outcome = (source: string | Uint8Array): unknown => {
    const result = safeParseCnaPost(source);
    return result.ok ? result.article : { rejected: result.error.code };
  };
  const originals = posts.map((post) => outcome(post.text));

  it.each(rewrites)('gives the same Article for every post %s', (_, rewrite, reaches) => {
    expect(posts.length).toBeGreaterThanOrEqual(2272);
    const changed: string[] = [];
    let rewritten = 0;
    posts.forEach((post, index) => {
      const source = rewrite(post.text);
      if (typeof source !== 'string' || source !== post.text) rewritten += 1;
      if (!isDeepStrictEqual(outcome(source), originals[index])) changed.push(post.name);
    });
    expect(rewritten).toBeGreaterThanOrEqual(reaches);
    expect(changed.slice(0, 10)).toEqual([]);
  });
});
