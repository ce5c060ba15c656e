import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { findClosingParagraph, matchClosing } from '../../src/credits/parse-credits.js';
import { decodeRocDate } from '../../src/credits/roc-date.js';

const size = 100_000;

/** A string of `size` characters made by repeating `unit`. */
function repeat(unit: string): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Run `work` and return its result with the time it took in milliseconds. */
function timed<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

/** The expected match for a code with no credit ending `input`. */
function codeOnly(input: string): ReturnType<typeof matchClosing> {
  return { credits: null, creditsUnparsed: null, code: input.slice(-7), codeUnparsed: null, start: input.length - 7 };
}

describe('matchClosing on 100 KB adversarial input', () => {
  const openCredits = repeat('（編輯：');
  const pairs = repeat('（）') + '1120915';
  const names = repeat('陳惠珍/') + '）1120915';
  const labels = '（' + repeat('編輯：/') + '）1120915';
  const longGroup = '（編輯：' + repeat('陳') + '）1120915';
  const opens = repeat('（') + '編輯：陳惠珍）1120915';
  const cases: { name: string; input: string; expected: ReturnType<typeof matchClosing> }[] = [
    { name: 'an open credit repeated', input: openCredits, expected: null },
    { name: 'an open credit repeated, then a code glued to `：`', input: openCredits + '1120915', expected: null },
    { name: 'a run of digits', input: repeat('1'), expected: null },
    { name: 'a run of digits after a credit', input: '（編輯：陳惠珍）' + repeat('1'), expected: null },
    { name: 'a run of NBSP', input: repeat('\u00a0'), expected: null },
    { name: 'a run of spaces after a code, beyond the window', input: '。（編輯：陳惠珍）1120915' + repeat(' '), expected: null },
    { name: 'empty parentheses repeated, then a code', input: pairs, expected: codeOnly(pairs) },
    { name: 'names and slashes with no opening parenthesis', input: names, expected: codeOnly(names) },
    { name: 'a group longer than a credit can be', input: labels, expected: codeOnly(labels) },
    { name: 'a credit group that starts before the window', input: longGroup, expected: codeOnly(longGroup) },
    {
      name: 'opening parentheses, then a real credit',
      input: opens,
      expected: {
        credits: { raw: '（編輯：陳惠珍）', editors: ['陳惠珍'], translators: [], reviewers: [], photographers: [] },
        creditsUnparsed: null,
        code: '1120915',
        codeUnparsed: null,
        start: opens.length - 15,
      },
    },
  ];
  for (const { name, input, expected } of cases) {
    it(`${name}: returns a checked value in constant time`, () => {
      const { result, ms } = timed(() => matchClosing(input));
      expect(result).toEqual(expected);
      expect(ms).toBeLessThan(50);
    });
  }

  it('a long article with a real closing: the offset points into the full input', () => {
    const input = repeat('文') + '。（編輯：陳惠珍）1120915\u00a0';
    const { result, ms } = timed(() => matchClosing(input));
    expect(result).toEqual({
      credits: { raw: '（編輯：陳惠珍）', editors: ['陳惠珍'], translators: [], reviewers: [], photographers: [] },
      creditsUnparsed: null,
      code: '1120915',
      codeUnparsed: null,
      start: size + 1,
    });
    expect(ms).toBeLessThan(50);
  });

});

describe('findClosingParagraph on adversarial input', () => {
  it('10,000 paragraphs of 100 KB each cost no more than the last 65', () => {
    const paragraph = repeat('（編輯：');
    const paragraphs = Array.from({ length: 10_000 }, () => paragraph);
    const { result, ms } = timed(() => findClosingParagraph(paragraphs));
    expect(result).toBe(-1);
    expect(ms).toBeLessThan(200);
  });
});

describe('decodeRocDate on adversarial input', () => {
  it('rejects a 100 KB digit string at once', () => {
    const { result, ms } = timed(() => decodeRocDate(repeat('1')));
    expect(result).toBeNull();
    expect(ms).toBeLessThan(50);
  });
});

describe('matchClosing invariants on random closings', () => {
  const pieces = ['（', '）', '(', ')', '編輯', '譯者', '核稿', '實習編譯', '攝影', '：', ':', '；', '，', '/', '／', '、', ' ', '\u00a0', '陳惠珍', '林', '。', '1', '0', '9', '1120915', '1090229'];

  it('never throws; start, raw, code and names are consistent with the input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        const closing = matchClosing(input);
        if (closing === null) return;
        expect(closing.start).toBeGreaterThanOrEqual(0);
        expect(closing.start).toBeLessThanOrEqual(input.length);
        if (closing.code !== null) expect(closing.code).toMatch(/^\d{7}$/u);
        const raw = closing.credits?.raw ?? closing.creditsUnparsed;
        if (raw != null) {
          // The closing starts at the credit, or at a code written before it (`。1101106（編輯：X）`).
          const from = input.slice(closing.start);
          const codeFirst = closing.code !== null && !from.startsWith(raw) && from.startsWith(closing.code);
          expect((codeFirst ? from.slice(7).replace(/^[\s\u200b-\u200d]+/u, '') : from).slice(0, raw.length)).toBe(raw);
        }
        for (const name of Object.values(closing.credits ?? {}).flat()) {
          if (name === closing.credits?.raw) continue;
          expect(name).toMatch(/^\p{Script=Han}{2,4}$/u);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
