/**
 * Size and depth limits (`maxBytes`, `maxDepth`): each is its own rejection
 * code, and the depth guard keeps the recursive hast conversion and text
 * extraction from ever seeing a tree deep enough to overflow the stack.
 */
import { describe, expect, it } from 'vitest';
import { safeParseCnaPost } from '../../src/index.js';
import { checkContract, postWith } from './helpers.js';

const paragraph = '<p>（中央社記者廖禹揚首爾15日專電）第4次美韓擴大遏制戰略協議體會議今天在首爾舉行。</p>';
const closing = '<p>（編輯：陳惠珍）1120915</p>';

const nested = (open: string, close: string, depth: number, inner = '文字'): string => open.repeat(depth) + inner + close.repeat(depth);

describe('maxBytes', () => {
  it('rejects a post over the default 8 MiB with input:too-large, as text and as bytes', () => {
    const post = postWith(`<div>${paragraph.repeat(Math.ceil((9 * 1024 * 1024) / paragraph.length))}${closing}</div>`);
    expect(checkContract(post)).toBe('input:too-large');
    expect(checkContract(Buffer.from(post))).toBe('input:too-large');
  });

  it('honours a smaller maxBytes', () => {
    const post = postWith(`<div>${paragraph}${closing}</div>`);
    expect(checkContract(post)).toBe('ok');
    expect(checkContract(post, { maxBytes: 200 })).toBe('input:too-large');
  });

  it('parses a 20 MB body when maxBytes allows it', () => {
    const body = `<div>${paragraph.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(paragraph)))}${closing}</div>`;
    const result = safeParseCnaPost(postWith(body), { maxBytes: 32 * 1024 * 1024 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.paragraphs.length).toBeGreaterThan(100_000);
  });

  it('parses 100,000 paragraphs', () => {
    const result = safeParseCnaPost(postWith(`<div>${'<p>段落文字。</p>'.repeat(100_000)}${closing}</div>`));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.paragraphs).toHaveLength(100_000);
  });
});

describe('maxDepth', () => {
  it('accepts nesting at the limit and rejects one level more with input:too-deep', () => {
    // The fragment root and the outer div count as levels too: find the edge by search.
    const depthOk = (levels: number): boolean => safeParseCnaPost(postWith(nested('<div>', '</div>', levels, paragraph + closing)), { maxDepth: 40 }).ok;
    let edge = 0;
    while (depthOk(edge + 1)) edge += 1;
    expect(edge).toBeGreaterThan(30);
    expect(checkContract(postWith(nested('<div>', '</div>', edge + 1, paragraph + closing)), { maxDepth: 40 })).toBe('input:too-deep');
  });

  for (const [name, open, close] of [
    ['div', '<div>', '</div>'],
    ['b', '<b>', '</b>'],
    ['span', '<span>', '</span>'],
    ['table', '<table><tr><td>', '</td></tr></table>'],
    ['blockquote', '<blockquote>', '</blockquote>'],
    ['ul/li', '<ul><li>', '</li></ul>'],
    ['svg g', '<svg><g>', '</g></svg>'],
    ['template', '<template>', '</template>'],
  ] as const) {
    it(`rejects 100,000 nested <${name}> with input:too-deep, not a stack overflow`, () => {
      const body = `<div>${paragraph}${nested(open, close, 100_000)}${closing}</div>`;
      expect(checkContract(postWith(body))).toBe('input:too-deep');
    });
  }

  it('guards the end matter too', () => {
    const body = `<div>${paragraph}${closing}<div class='articlekeywordGroup'>${nested('<span>', '</span>', 100_000)}</div></div>`;
    expect(checkContract(postWith(body))).toBe('input:too-deep');
  });

  it('cannot be raised past what the stack holds: maxDepth over 1000 is refused as API misuse', () => {
    expect(() => safeParseCnaPost(postWith('<div><p>x</p></div>'), { maxDepth: 1001 })).toThrow(TypeError);
  });

  for (const [name, open, close] of [
    ['b', '<b>', '</b>'],
    ['div', '<div>', '</div>'],
    ['ul/li', '<ul><li>', '</li></ul>'],
  ] as const) {
    it(`at maxDepth 1000, 100,000 nested <${name}> end in input:too-deep and 990 levels parse, never a stack overflow (internal)`, () => {
      const deep = `<div>${paragraph}${nested(open, close, 100_000)}${closing}</div>`;
      expect(checkContract(postWith(deep), { maxDepth: 1000 })).toBe('input:too-deep');
      const levels = name === 'ul/li' ? 490 : 990;
      const atLimit = `<div>${paragraph}${nested(open, close, levels)}${closing}</div>`;
      expect(checkContract(postWith(atLimit), { maxDepth: 1000 })).toBe('ok');
    });
  }
});
