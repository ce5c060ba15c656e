/**
 * The end-matter reader must build exactly the hast tree parse5 +
 * hast-util-from-parse5 build, whenever it accepts the HTML.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, listPosts } from '../../scripts/lib/corpus-stats.js';
import { splitEndMatter } from '../../src/body/end-matter.js';
import { parse5ToHast } from '../../src/body/html.js';
import { parseTemplateHtml } from '../../src/body/template-html.js';
import { splitContent } from '../../src/body/title-line.js';

const viaParse5 = (html: string): unknown => fromParse5(parseFragment(html));

/** Property runs per test (PROPERTY_RUNS raises it for a long run). */
const numRuns = Number(process.env.PROPERTY_RUNS ?? 20_000);

/** Every generated markup the reader reads must equal parse5's tree; returns how many it read. */
function acceptedSameAsParse5(markup: fc.Arbitrary<string>): number {
  let accepted = 0;
  fc.assert(
    fc.property(markup, (html) => {
      const tree = parseTemplateHtml(html, 256);
      if (tree === null) return;
      accepted += 1;
      expect(tree).toStrictEqual(viaParse5(html));
    }),
    { numRuns },
  );
  return accepted;
}

describe('parseTemplateHtml', () => {
  it.each([
    [
      'the 延伸閱讀 block with its stray closing tag',
      "<div class='paragraph moreArticle'><div class='moreArticle-title'>延伸閱讀</div><a class='moreArticle-link autoTag' href='https://www.cna.com.tw/news/ahel/202010100026.aspx'><i class='icon-dot'></i><span>植物肉推廣遇逆風 3大瓶頸有待克服</span></a></div></div>\n",
    ],
    [
      'hashtags, data attributes, void elements, duplicate attributes and unquoted values',
      `<div class="articlekeywordGroup"><div class=keywordTag data-tag-id="12"><a href="/search/南韓" class="x" class="y" target=_blank>#南韓</a></div><br><img alt="a" data-src='/p.jpg'></div>`,
    ],
    [
      'an article part with paragraphs, images, styles and link relations',
      '<div>\n<div class="floatImg center"><div class="wrap" style="--aspect-ratio: 2000/1333;"><img src="https://imgcdn.cna.com.tw/x.jpg" alt="圖為鴻海集團土城總部。"></div><div class="picinfo">圖說</div></div><div></div>' +
        '<div class="paragraph"><p>（中央社記者梁珮綺台北10日電）受惠5G<br>通訊</p><p class="note" lang="en" dir="ltr"><a href="/x" rel="noopener  noreferrer" target="_blank">x</a><strong>y</strong></p><p></p>' +
        '<p>（編輯：張均懋）1090910</p></div>\n</div>',
    ],
    [
      'the newsletter form (input, SVG check mark closed by />)',
      "<div class='SubscriptionInner mySubscriptionInner' data-listid='2'><div class='subscriInnTitle'>訂閱《早安世界》電子報</div><div class='subsinput mySubsInput'><input type='text' class='myEpaperInputInner' aria-label='請輸入電子信箱' placeholder='請輸入電子信箱'></div>" +
        "<a class='subslink' data-listid='2' href='javascript:'>訂閱</a><div class='endMsg'><div class='endcheck'><svg viewBox='-10 -10 500 500'><path class='circle' d='M877.28,335.72a203.17' transform='translate(-508.86 -250.68)'/><polyline class='check' points='78.54 229.94 179.32 300.74'/></svg></div><div>感謝您的訂閱！</div></div></div><blockquote class='twitter-tweet' data-lang='en'>q</blockquote>",
    ],
    [
      'scripts and iframes as raw text, and any HTML attribute (valueless too)',
      '<div><script async src="https://platform.twitter.com/widgets.js" charset="utf-8">if (a && b < c) { d("</div>"); }</script>' +
        '<iframe class="lazyload" data-src="https://www.youtube.com/embed/x" width="560" height="315" frameborder="0" allowfullscreen title="YouTube"></iframe>' +
        '<video data-vod-id="v1" class="video-js" controls preload="auto" poster="/p.jpg"><source src="/v.mp4" type="video/mp4"></video>' +
        '<p hidden tabindex="-1" contenteditable="true" aria-hidden="true" data-x1="y">t</p><SCRIPT>x</SCRIPT ></div>',
    ],
    ['an attribute outside the fast lists', '<div hidden="hidden">x</div>'],
    ['an attribute named like a property of Object.prototype', '<div constructor="x" class="a">y</div>'],
    ['an attribute without a value', '<div hidden>x</div>'],
    ['an attribute written twice', '<div title="a" hidden title="b">x</div>'],
    ['character references in text', '<div><p>A&amp;B&nbsp;&#39;&#x4E2D;&lt;p&gt; &not &notit; &ampx &#128; &#0; & 葛&葛 &&</p></div>'],
    ['character references in attribute values', '<div><a href="/x?a=1&amp;b=2&showinfo=0&not=1&notit;&copy" title=a&amp;b>x</a><iframe src="https://y.com/?v=1&amp;t=2&hl=zh"></iframe></div>'],
    ['an ampersand in raw text, not decoded', '<div><script>if (a &amp;&amp; b) {}</script></div>'],
  ])('reads %s as parse5 + hast-util-from-parse5 do', (_, html) => {
    const tree = parseTemplateHtml(html, 256);
    expect(tree).not.toBeNull();
    expect(tree).toStrictEqual(viaParse5(html));
  });

  it.each([
    ['a comment', '<div><!-- x --></div>'],
    ['an element outside the list', '<div><table><tr><td>x</td></tr></table></div>'],
    ['a block inside an open paragraph', '<p>a<div>b</div></p>'],
    ['a paragraph inside an open paragraph', '<div><p>a<p>b</p></div>'],
    ['a list inside a paragraph nested in a span', '<p><span>a<ul><li>b</li></ul></span></p>'],
    ['a </p> without its <p>', '<div>a</p>b</div>'],
    ['an unclosed paragraph closed by its parent', '<div><p>a</div>'],
    ['a link inside a link', '<a href="/a"><a href="/b">b</a></a>'],
    ['an item inside an item', '<ul><li>a<li>b</ul>'],
    ['misnested end tags', '<div><span>a</div></span>'],
    ['a script without its end tag', '<div><script>var a = "<div>";</div>'],
    ['a script with <!-- inside (script escapes)', '<div><script><!-- var a; --></script></div>'],
    ['an end tag with attributes after raw text', '<div><script>x</script id="a"></div>'],
    ['a carriage return', '<div>a\r\nb</div>'],
    ['an HTML tag inside <svg>, which breaks out of it', '<div><svg viewBox="0 0 1 1"><path d="M1"/><div>x</div></svg></div>'],
    ['an end tag inside <svg> that closes nothing there', '<div><svg><g></div></g></svg></div>'],
    ['an SVG element that holds HTML', '<svg><title>t</title></svg>'],
    ['an SVG attribute outside the list', '<svg><path fill-rule="evenodd"/></svg>'],
    ['a bare <', '<div>1 < 2</div>'],
  ])('declines %s', (_, html) => {
    expect(parseTemplateHtml(html, 256)).toBeNull();
  });

  it('declines nesting deeper than maxDepth, counting the text as the depth guard of parse-body does', () => {
    // Five divs, and the text inside them at depth 6.
    const html = `${'<div>'.repeat(5)}x${'</div>'.repeat(5)}`;
    expect(parseTemplateHtml(html, 6)).toStrictEqual(viaParse5(html));
    expect(parseTemplateHtml(html, 5)).toBeNull();
    expect(parse5ToHast(html, 5).ok).toBe(false);
    const empty = `${'<div>'.repeat(5)}${'</div>'.repeat(5)}`;
    expect(parseTemplateHtml(empty, 5)).toStrictEqual(viaParse5(empty));
    expect(parseTemplateHtml(empty, 4)).toBeNull();
  });

  /** Both parts of the body of every corpus post, split as parse-body splits them. */
  const corpusParts = (): { file: string; article: string; endMatter: string }[] =>
    [...listPosts('cna'), ...listPosts('seeds')].map((file) => {
      const text = readFileSync(file, 'utf8');
      const content = text.slice(text.indexOf('\n---', 3) + 4);
      return { file, ...splitEndMatter(content.slice(splitContent(content).htmlStart)) };
    });

  /** Parts the reader reads must equal parse5's trees; returns the share it reads. */
  const checkParts = (parts: readonly { file: string; html: string }[]): number => {
    let accepted = 0;
    for (const { file, html } of parts) {
      const tree = parseTemplateHtml(html, 256);
      if (tree === null) continue;
      accepted += 1;
      expect(tree, file).toStrictEqual(viaParse5(html));
    }
    return accepted / parts.length;
  };

  it.skipIf(!corpusAvailable())('builds the same tree as parse5 for the end matter of every corpus post, and reads most of them', () => {
    const parts = corpusParts()
      .filter((part) => part.endMatter !== '')
      .map(({ file, endMatter }) => ({ file, html: endMatter }));
    expect(parts.length).toBeGreaterThan(1400);
    expect(checkParts(parts)).toBeGreaterThan(0.95);
  });

  it.skipIf(!corpusAvailable())('builds the same tree as parse5 for the article part of every corpus post, and reads most of them', () => {
    const parts = corpusParts().map(({ file, article }) => ({ file, html: article }));
    expect(parts.length).toBeGreaterThan(2200);
    // 98.5% when written (2,237 of 2,272 CNA posts): the others hold SVG icons with other attributes,
    // attributes without a space between them (`width="100%"height="460px"`), implicitly closed lists and the like.
    expect(checkParts(parts)).toBeGreaterThan(0.95);
  });

  it('builds the same tree as parse5 for any markup made of its tags and attributes that it accepts', () => {
    const tags = ['div', 'p', 'span', 'a', 'b', 'i', 'em', 'small', 'strong', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'nav', 'figure', 'figcaption', 'picture', 'time', 'section', 'blockquote', 'video', 'script', 'iframe'];
    const voids = ['br', 'img', 'source', 'input'];
    const svg = ['svg', 'path', 'polyline', 'g', 'title'];
    const attribute = fc
      .tuple(fc.constantFrom('class', 'CLASS', 'rel', 'href', 'src', 'alt', 'style', 'lang', 'dir', 'title', 'id', 'target', 'data-x', 'data-vod-id', 'type', 'placeholder', 'aria-label', 'viewBox', 'd', 'points', 'transform', 'hidden', 'width', 'controls', 'allowfullscreen', 'frameborder', 'async', 'aria-hidden', 'contenteditable', 'data-x1', 'constructor', 'tabindex'), fc.constantFrom('', 'a', 'a b', ' a  b ', '中央社', '/x?y=1', '--r: 2/3;', 'x/', '-10 -10 500 500', '100', 'true', '0', '1&2', '?a=1&amp;b=2', '&showinfo=0', '&not=1', '&notx', '&copy', '&#x26;', '&#128;', '&'), fc.constantFrom('"', "'", '', 'none'))
      .map(([name, value, quote]) => {
        if (quote === 'none') return ` ${name}`;
        return quote === '' && /^\S+$/.test(value) ? ` ${name}=${value}` : ` ${name}=${quote || '"'}${value}${quote || '"'}`;
      });
    const token = fc.oneof(
      fc
        .tuple(fc.constantFrom(...tags, ...voids, ...svg), fc.array(attribute, { maxLength: 3 }), fc.constantFrom('>', '/>', ' />'))
        .map(([tag, attributes, end]) => `<${tag}${attributes.join('')}${end}`),
      fc.constantFrom(...tags, ...svg, 'br').map((tag) => `</${tag}>`),
      fc.constantFrom('中央社', 'x', ' ', '\n', '（編輯：陳惠珍）1120915', '\t', 'a && b', '&amp;', '&amp', '&nbsp;', '&#39;', '&#x26;', '&#0;', '&#128;', '&notit;', '&not', '&ampx', '&葛', '& ', '&', '<!--', 'x<y', '</scr', '</script >', '</iframe/>', '</SCRIPT>'),
    );
    // The property must not hold vacuously: a good share of the generated markup is read.
    expect(acceptedSameAsParse5(fc.array(token, { maxLength: 24 }).map((tokens) => tokens.join('')))).toBeGreaterThan(2_000);
  });

  it('builds the same tree as parse5 for any character soup of markup characters that it accepts', () => {
    const soup = fc
      .array(fc.constantFrom('<', '>', '/', '=', '"', "'", ' ', '\n', '&', ';', '#', 'x', '3', 'a', 'p', 'div', 'br', 'svg', 'path', 'script', 'amp', 'lt', 'not', 'class', 'href', '中', '<!', '<?'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    expect(acceptedSameAsParse5(soup)).toBeGreaterThan(1_000);
  });

  it('reads a tree only when parse5 + the depth guard accept it at the same maxDepth (text and void elements count)', () => {
    const token = fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<span>', '</span>', '<br>', '<img alt="a">', '<script>x</script>', '<script></script>', 'x', ' ');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 16 }), fc.integer({ min: 1, max: 5 }), (tokens, maxDepth) => {
        const html = tokens.join('');
        const tree = parseTemplateHtml(html, maxDepth);
        if (tree === null) return;
        const parsed = parse5ToHast(html, maxDepth);
        expect(parsed.ok).toBe(true);
        expect(tree).toStrictEqual(parsed.ok ? parsed.tree : null);
      }),
      { numRuns },
    );
  });
});
