/** absoluteUrl returns what the URL parser returns, also on its shortcut for canonical https URLs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/hast/query.js';

const viaUrl = (href: string): string | null => {
  try {
    return new URL(href.trim(), 'https://www.cna.com.tw/').href;
  } catch {
    return null;
  }
};

describe('absoluteUrl', () => {
  it('resolves relative links and refuses javascript:, mailto: and fragments', () => {
    expect(absoluteUrl('/news/aopl/202309150183.aspx')).toBe('https://www.cna.com.tw/news/aopl/202309150183.aspx');
    expect(absoluteUrl('//imgcdn.cna.com.tw/a.jpg')).toBe('https://imgcdn.cna.com.tw/a.jpg');
    expect(absoluteUrl('javascript:alert(1)')).toBeNull();
    expect(absoluteUrl('mailto:a@b.c')).toBeNull();
    expect(absoluteUrl('#top')).toBeNull();
  });

  it('gives the URL parser’s answer for generated absolute URLs', () => {
    const segment = fc.stringMatching(/^[\w.%~-]{0,8}$/);
    const host = fc.constantFrom('www.cna.com.tw', 'cna.com.tw', 'imgcdn.cna.com.tw', 'WWW.CNA.COM.TW', 'xn--fiq.tw', 'a..b', 'www.cna.com.tw:443', 'www.cna.com.tw.');
    const href = fc
      .tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:/'), host, fc.array(segment, { maxLength: 4 }), fc.constantFrom('', '.aspx', '?a=1', '#x', ' '))
      .map(([scheme, h, path, tail]) => `${scheme}${h}/${path.join('/')}${tail}`);
    fc.assert(
      fc.property(href, (value) => {
        expect(absoluteUrl(value)).toBe(viaUrl(value));
      }),
      { numRuns: 5000 },
    );
  });
});
