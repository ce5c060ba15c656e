/**
 * The direct reader of the archiver's front matter must give exactly what
 * js-yaml (CORE schema) gives, whenever it accepts a block: on every front
 * matter of the corpus, and on generated blocks full of YAML's traps.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, listPosts } from '../../scripts/lib/corpus-stats.js';
import { readArchiverYaml } from '../../src/front-matter/archiver-yaml.js';

const viaJsYaml = (block: string): unknown => load(block, { schema: CORE_SCHEMA, json: false });

/** The block between the fences, as parse-front-matter cuts it. */
function frontMatterOf(text: string): string {
  const start = text.indexOf('\n') + 1;
  return text.slice(start, text.indexOf('\n---', start - 1));
}

describe('readArchiverYaml', () => {
  it('reads the archiver block with CORE values: True a boolean, the date a string, lists of words', () => {
    const block = [
      'layout: post',
      'title: "美韓擴大遏制戰略磋商 警告俄朝軍事合作將付代價"',
      'date: 2023-09-15T07:50:00.000Z',
      'author: (臺)中央社CNA',
      'from: https://www.cna.com.tw/news/aopl/202309150183.aspx',
      'tags: [ (臺)中央社CNA ]',
      'comments: True',
      'categories: [ news, (臺)中央社CNA ]',
    ].join('\r\n');
    const data = readArchiverYaml(block);
    expect(data).toEqual({
      layout: 'post',
      title: '美韓擴大遏制戰略磋商 警告俄朝軍事合作將付代價',
      date: '2023-09-15T07:50:00.000Z',
      author: '(臺)中央社CNA',
      from: 'https://www.cna.com.tw/news/aopl/202309150183.aspx',
      tags: ['(臺)中央社CNA'],
      comments: true,
      categories: ['news', '(臺)中央社CNA'],
    });
    expect(data).toEqual(viaJsYaml(block));
  });

  it.each([
    ['an escaped quote', 'title: "他說\\"好\\""'],
    ['a single-quoted value', "title: 'x'"],
    ['a comment', 'title: x # note'],
    ['a comment line', '# note\ntitle: x'],
    ['a blank line', 'title: x\n\nfrom: y'],
    ['an indented line', 'title: x\n  more'],
    ['a duplicated key', 'title: x\ntitle: y'],
    ['an anchor', 'title: &a x'],
    ['an alias', 'title: *a'],
    ['a tag', 'title: !!js/function x'],
    ['a block scalar', 'title: |'],
    ['a number', 'n: 12'],
    ['a hexadecimal number', 'n: 0x1F'],
    ['infinity', 'n: .inf'],
    ['null', 'n: null'],
    ['a tilde', 'n: ~'],
    ['an empty value', 'n:'],
    ['a nested list', 'tags: [ [a] ]'],
    ['a mapping', 'tags: { a: b }'],
    ['a NUL', 'title: a\0b'],
    ['a lone CR', 'title: a\rb'],
    ['a trailing blank', 'title: x '],
    ['a tab in a word', 'title: a\tb'],
    ['an empty block', ''],
  ])('leaves %s to YAML', (_, block) => {
    expect(readArchiverYaml(block)).toBeNull();
  });

  it('equals js-yaml on generated blocks', () => {
    const piece = fc.constantFrom(
      'a', 'post', '中央社', '(臺)', 'CNA', ' ', '  ', ':', ': ', '#', ' #', ',', '[', ']', '{', '}', '"', "'", '\\', '-', '- ', '?', '&', '*', '!',
      '|', '>', '%', '@', '`', '~', 'True', 'false', 'null', 'NULL', 'yes', '0', '12', '0x1F', '0o7', '1_000', '.5', '.inf', '.NaN', '+1', '1e3',
      '\u00a0', '\u3000', '\t', '\r', 'https://www.cna.com.tw/x', '2023-09-15T07:50:00.000Z', '\u{1F600}',
    );
    const word = fc.array(piece, { minLength: 0, maxLength: 5 }).map((parts) => parts.join(''));
    const value = fc.oneof(
      word,
      word.map((w) => `"${w}"`),
      fc.array(word, { maxLength: 3 }).map((items) => `[ ${items.join(', ')} ]`),
      fc.array(word, { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
    );
    const line = fc.tuple(fc.constantFrom('title', 'date', 'tags', 'from', 'x_1', 'Title'), value).map(([key, v]) => `${key}: ${v}`);
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const block = lines.join('\n');
        const fast = readArchiverYaml(block);
        if (fast === null) return;
        accepted += 1;
        expect(fast).toEqual(viaJsYaml(block));
      }),
      { numRuns: 20_000 },
    );
    expect(accepted).toBeGreaterThan(1000);
  });

  it.skipIf(!corpusAvailable())('equals js-yaml on every front matter of the corpus, and reads nearly all CNA ones', () => {
    let cna = 0;
    let read = 0;
    for (const folder of ['cna', 'other', 'seeds']) {
      for (const file of listPosts(folder)) {
        const block = frontMatterOf(readFileSync(file, 'utf8'));
        const fast = readArchiverYaml(block);
        if (folder !== 'other') cna += 1;
        if (fast === null) continue;
        if (folder !== 'other') read += 1;
        expect(fast, file).toEqual(viaJsYaml(block));
      }
    }
    expect(read / cna).toBeGreaterThan(0.95);
  });
});
