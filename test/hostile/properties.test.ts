/**
 * Property tests: for arbitrary strings and bytes, and for mutations of real
 * posts, `safeParseCnaPost` never throws and `parseCnaPost` throws only a
 * `CnaPostError` (see `checkContract`); `safeParseCnaPosts` gives each of
 * many such inputs what `safeParseCnaPost` gives it alone. No speed is asserted here; the
 * benchmark (bench/scaling.ts) shows cost per byte stays flat.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseCnaPost, safeParseCnaPosts, type SafeParseResult } from '../../src/index.js';
import { checkContract, realPosts } from './helpers.js';

const posts = realPosts(10);
const postArb = fc.constantFrom(...posts);
const runs = { numRuns: 150 };

/** Boundaries in a post where truncation is most telling. */
const boundaries = (post: string): number[] => {
  const marks = ['\n---', '<!--', '-->', '\n[', '](', '\n------', '<div', '<p>', '</p>', '（中央社', '）', '（編輯', '<div class', '</div>'];
  const found = new Set<number>([0, 1, 3, 4, post.length - 1]);
  for (const mark of marks) {
    for (let at = post.indexOf(mark); at !== -1; at = post.indexOf(mark, at + 1)) {
      found.add(at);
      found.add(at + 1);
      found.add(at + mark.length);
    }
  }
  return [...found].filter((at) => at >= 0 && at <= post.length);
};

describe('any input', () => {
  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => void checkContract(text)), { numRuns: 500 });
  });

  it('arbitrary bytes (mostly invalid UTF-8)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => void checkContract(bytes)), { numRuns: 500 });
  });

  it('strings that look like posts: fences, comments, tags and Chinese punctuation', () => {
    const piece = fc.constantFrom('---', '---\n', '\n', '\r\n', 'title: ', 'from: https://www.cna.com.tw/news/aopl/202309150183.aspx', 'author: 中央社', '<!--1694764200000-->', '[t](u)', '------', '<div>', '</div>', '<p>', '</p>', '（中央社記者', '首爾15日電）', '（編輯：', '）', '1120915', '&', '<', '\u0000', '\uFEFF', '*a', '&a ', '<<: *a');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => void checkContract(pieces.join(''))), { numRuns: 500 });
  });
});

describe('mutations of real posts', () => {
  it('truncation at every boundary of every kind', () => {
    for (const post of posts.slice(0, 4)) {
      for (const at of boundaries(post)) checkContract(post.slice(0, at));
    }
  });

  it('truncation at random points, as text and as bytes (split UTF-8 sequences)', () => {
    fc.assert(
      fc.property(postArb, fc.double({ min: 0, max: 1, noNaN: true }), (post, where) => {
        const bytes = Buffer.from(post);
        const at = Math.floor(where * bytes.length);
        checkContract(bytes.subarray(0, at));
        checkContract(post.slice(0, Math.floor(where * post.length)));
      }),
      runs,
    );
  });

  it('byte flips and NUL bytes', () => {
    fc.assert(
      fc.property(postArb, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (post, flips) => {
        const bytes = Buffer.from(post);
        for (const [where, value] of flips) bytes[Math.floor(where * (bytes.length - 1))] = value;
        checkContract(bytes);
        checkContract(bytes.toString('utf8'));
        checkContract(post.replace(/。/g, '\u0000'));
      }),
      runs,
    );
  });

  it('duplicated spans (keys, fences, tags) and deleted spans', () => {
    fc.assert(
      fc.property(postArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (post, a, b, dup) => {
        const [from, to] = [Math.floor(Math.min(a, b) * post.length), Math.floor(Math.max(a, b) * post.length)];
        const span = post.slice(from, Math.min(to, from + 4000));
        checkContract(dup ? post.slice(0, to) + span + post.slice(to) : post.slice(0, from) + post.slice(to));
      }),
      runs,
    );
  });

  it('BOM, CRLF, CR-only line ends, missing fences', () => {
    for (const post of posts) {
      expect(checkContract(`\uFEFF${post}`)).toBe(checkContract(post));
      checkContract(post.replace(/\n/g, '\r\n'));
      checkContract(post.replace(/\n/g, '\r'));
      checkContract(post.replace(/^---\n/, ''));
      checkContract(post.replace(/\n---\n/, '\n'));
      checkContract(post.replace('------', ''));
    }
  });
});

describe('many inputs at once', () => {
  /** A result as JSON: an Article whole, an error by its fields. */
  const view = (result: SafeParseResult<unknown>): string => JSON.stringify(result.ok ? result : result.error.toJSON());

  it('safeParseCnaPosts never throws and gives each input what safeParseCnaPost gives, whatever its neighbours', () => {
    const input = fc.oneof(
      postArb,
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.uint8Array({ maxLength: 400 }),
      fc.tuple(postArb, fc.double({ min: 0, max: 1, noNaN: true })).map(([post, cut]) => post.slice(0, Math.floor(cut * post.length))),
      fc.tuple(postArb, fc.double({ min: 0, max: 1, noNaN: true })).map(([post, cut]) => Buffer.from(post).subarray(0, Math.floor(cut * Buffer.byteLength(post)))),
    );
    fc.assert(
      fc.property(fc.array(input, { maxLength: 70 }), (inputs) => {
        const many = [...safeParseCnaPosts(inputs)];
        expect(many).toHaveLength(inputs.length);
        inputs.forEach((one, index) => expect(view(many[index] as SafeParseResult<unknown>)).toBe(view(safeParseCnaPost(one))));
      }),
      { numRuns: 40 },
    );
  });
});
