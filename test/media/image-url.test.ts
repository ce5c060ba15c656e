/**
 * The weserv.nl proxy shortcut must give what the URL parser gives, on the
 * archive's shape and on anything near it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrapProxy, unwrapProxyByUrl } from '../../src/media/image-url.js';

describe('unwrapProxy', () => {
  it('unwraps the archive proxy to the CNA image URL', () => {
    const url = 'https://images.weserv.nl/?url=imgcdn.cna.com.tw/www/WebPhotos/1024/20200825/1024x768_20200825000001.jpg';
    expect(unwrapProxy(url)).toBe('https://imgcdn.cna.com.tw/www/WebPhotos/1024/20200825/1024x768_20200825000001.jpg');
  });

  it.each([
    ['a dot segment', 'https://images.weserv.nl/?url=imgcdn.cna.com.tw/www/../x.jpg', 'https://imgcdn.cna.com.tw/x.jpg'],
    ['an upper-case host', 'https://images.weserv.nl/?url=IMGCDN.cna.com.tw/x.jpg', 'https://imgcdn.cna.com.tw/x.jpg'],
    ['a host with no path', 'https://images.weserv.nl/?url=imgcdn.cna.com.tw', 'https://imgcdn.cna.com.tw/'],
    ['a numeric host', 'https://images.weserv.nl/?url=0x10.1/x.jpg', 'https://16.0.0.1/x.jpg'],
    ['an escaped inner URL', 'https://images.weserv.nl/?url=imgcdn.cna.com.tw%2Fx.jpg&w=800', 'https://imgcdn.cna.com.tw/x.jpg'],
  ])('leaves %s to the URL parser', (_, url, expected) => {
    expect(unwrapProxy(url)).toBe(expected);
    expect(unwrapProxy(url)).toBe(unwrapProxyByUrl(url));
  });

  it('equals the URL parser on generated proxy URLs', () => {
    const label = fc.constantFrom('imgcdn', 'cna', 'com', 'tw', 'a-b', '-a', 'a-', 'xn--fsq', '0x10', '1', 'A', 'b2', '');
    const segment = fc.constantFrom('www', 'WebPhotos', '1024', 'x.jpg', '.', '..', '.x', 'a%20b', 'a b', 'é', '_x', 'a:b', '', 'a?b', 'a#b');
    const url = fc
      .tuple(fc.array(label, { minLength: 1, maxLength: 4 }), fc.array(segment, { maxLength: 4 }), fc.constantFrom('', '&w=800', '#f'), fc.constantFrom('https://images.weserv.nl/?url=', 'http://images.weserv.nl/?url=', 'https://wsrv.weserv.nl/?url='))
      .map(([labels, segments, tail, proxy]) => `${proxy}${labels.join('.')}${segments.map((part) => `/${part}`).join('')}${tail}`);
    fc.assert(
      fc.property(url, (proxied) => {
        expect(unwrapProxy(proxied)).toBe(unwrapProxyByUrl(proxied));
      }),
      { numRuns: 20_000 },
    );
  });
});
