/**
 * The inline-text fast path of `extract-text` must give exactly what
 * `hast-util-to-text` gives after `cleanText`, on every block of the real
 * corpus and on generated inline trees full of blanks, bidi controls and
 * zero-width spaces.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, listPosts } from '../../scripts/lib/corpus-stats.js';
import { plainInlineText } from '../../src/hast/inline-text.js';
import { cleanText } from '../../src/hast/query.js';
import { createPipeline, defaultStages } from '../../src/index.js';

/** What extract-text makes of a block through `toText`: cleaned, non-empty lines. */
function viaToText(node: Root | Element): string[] {
  return toText(node, { whitespace: 'normal' }).split('\n').map(cleanText).filter((line) => line !== '');
}

function viaFastPath(node: Root | Element): string[] | null {
  const plain = plainInlineText(node);
  if (plain === null) return null;
  const line = cleanText(plain);
  return line === '' ? [] : [line];
}

const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const tx = (value: string): ElementContent => ({ type: 'text', value });

describe('plainInlineText', () => {
  it('reads text through inline elements and drops bidi controls', () => {
    const p = el('p', [tx(' 第一\u200e句\n'), el('a', [tx('連結')], { href: '/x' }), el('strong', [tx('\u00a0強調 ')]), tx('結尾。')]);
    expect(viaFastPath(p)).toEqual(['第一句 連結 強調 結尾。']);
    expect(viaFastPath(p)).toEqual(viaToText(p));
  });

  it('declines a <br>, a block, a hidden or non-rendered element, and pre-formatted blocks', () => {
    expect(plainInlineText(el('p', [tx('a'), el('br', []), tx('b')]))).toBeNull();
    expect(plainInlineText(el('div', [el('p', [tx('a')])]))).toBeNull();
    expect(plainInlineText(el('p', [el('span', [tx('a')], { hidden: true })]))).toBeNull();
    expect(plainInlineText(el('p', [el('script', [tx('x()')])]))).toBeNull();
    expect(plainInlineText(el('pre', [tx('a\nb')]))).toBeNull();
    expect(plainInlineText(el('td', [tx('a')]))).toBeNull();
  });

  it('equals toText on generated inline trees', () => {
    const blank = fc.constantFrom(' ', '\n', '\t', '\r', '\f', '\u00a0', '\u3000', '\u200b', '\u200c', '\u200e', '\u202b', '\u2066', '');
    const word = fc.constantFrom('中央社', 'CNA', '、', '。', 'a', '1120915', '（', '）');
    const text = fc.array(fc.oneof(blank, word), { maxLength: 8 }).map((parts) => tx(parts.join('')));
    const tree = fc.letrec<{ node: ElementContent }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.tuple(fc.constantFrom('a', 'span', 'strong', 'em', 'b', 'sup'), fc.array(tie('node'), { maxLength: 4 })).map(([tag, children]) => el(tag, children)),
      ),
    })).node;
    let compared = 0;
    const same = (node: Root | Element): void => {
      const fast = viaFastPath(node);
      if (fast === null) return; // declined: extract-text uses toText itself
      compared += 1;
      expect(fast).toEqual(viaToText(node));
    };
    fc.assert(
      fc.property(fc.constantFrom('p', 'div', 'h2', 'li', 'blockquote'), fc.array(tree, { maxLength: 6 }), (tag, children) => {
        same(el(tag, children));
        same({ type: 'root', children });
      }),
      { numRuns: 5000 },
    );
    // Many generated trees are taken by the fast path, so the property says something.
    expect(compared).toBeGreaterThan(3000);
  });

  it.skipIf(!corpusAvailable())('equals toText on every block of the real corpus', () => {
    // The tree as extract-text receives it: after the body, boilerplate and media stages.
    const upToText = createPipeline(...defaultStages.slice(0, defaultStages.findIndex((stage) => stage.stageName === 'extract-text')));
    let compared = 0;
    for (const file of [...listPosts('cna'), ...listPosts('seeds')]) {
      const tree = upToText.run(readFileSync(file)).tree;
      if (!tree) continue;
      const stack: (Root | Element)[] = [tree];
      while (stack.length > 0) {
        const node = stack.pop() as Root | Element;
        const fast = viaFastPath(node);
        if (fast !== null) {
          compared += 1;
          expect(fast, file).toEqual(viaToText(node));
        }
        for (const child of node.children) if (child.type === 'element') stack.push(child);
      }
    }
    expect(compared).toBeGreaterThan(25_000);
  });
});
