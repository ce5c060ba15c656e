/**
 * The end-matter reader must build exactly the hast tree parse5 +
 * hast-util-from-parse5 build, whenever it accepts the HTML.
 */
import { readFileSync } from 'node:fs';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, listPosts } from '../../scripts/lib/corpus-stats.js';
import { splitEndMatter } from '../../src/body/end-matter.js';
import { parseTemplateHtml } from '../../src/body/template-html.js';

const viaParse5 = (html: string): unknown => fromParse5(parseFragment(html));

describe('parseTemplateHtml', () => {
  it('reads the 延伸閱讀 block with its stray closing tag as parse5 does', () => {
    const html =
      "<div class='paragraph moreArticle'><div class='moreArticle-title'>延伸閱讀</div><a class='moreArticle-link autoTag' href='https://www.cna.com.tw/news/ahel/202010100026.aspx'><i class='icon-dot'></i><span>植物肉推廣遇逆風 3大瓶頸有待克服</span></a></div></div>\n";
    const tree = parseTemplateHtml(html, 256);
    expect(tree).not.toBeNull();
    expect(tree).toEqual(viaParse5(html));
  });

  it('reads hashtags, data attributes, void elements, duplicate attributes and unquoted values as parse5 does', () => {
    const html = `<div class="articlekeywordGroup"><div class=keywordTag data-tag-id="12"><a href="/search/南韓" class="x" class="y" target=_blank>#南韓</a></div><br><img alt="a" data-src='/p.jpg'></div>`;
    expect(parseTemplateHtml(html, 256)).toEqual(viaParse5(html));
  });

  it.each([
    ['a character reference', '<div><a href="/x">A&amp;B</a></div>'],
    ['a comment', '<div><!-- x --></div>'],
    ['an element outside the list', '<div><p>x</p></div>'],
    ['an attribute outside the list', '<div style="display:none">x</div>'],
    ['an attribute without a value', '<div hidden>x</div>'],
    ['a link inside a link', '<a href="/a"><a href="/b">b</a></a>'],
    ['an item inside an item', '<ul><li>a<li>b</ul>'],
    ['misnested end tags', '<div><span>a</div></span>'],
    ['a script', '<div><script>var a = "<div>";</script></div>'],
    ['a carriage return', '<div>a\r\nb</div>'],
    ['a bare <', '<div>1 < 2</div>'],
  ])('declines %s', (_, html) => {
    expect(parseTemplateHtml(html, 256)).toBeNull();
  });

  it('declines nesting deeper than maxDepth', () => {
    const html = `${'<div>'.repeat(5)}x${'</div>'.repeat(5)}`;
    expect(parseTemplateHtml(html, 5)).toEqual(viaParse5(html));
    expect(parseTemplateHtml(html, 4)).toBeNull();
  });

  it.skipIf(!corpusAvailable())('builds the same tree as parse5 for the end matter of every corpus post, and reads most of them', () => {
    let withEndMatter = 0;
    let accepted = 0;
    for (const file of [...listPosts('cna'), ...listPosts('seeds')]) {
      const { endMatter } = splitEndMatter(readFileSync(file, 'utf8'));
      if (endMatter === '') continue;
      withEndMatter += 1;
      const tree = parseTemplateHtml(endMatter, 256);
      if (tree === null) continue;
      accepted += 1;
      expect(tree, file).toEqual(viaParse5(endMatter));
    }
    expect(withEndMatter).toBeGreaterThan(1400);
    expect(accepted / withEndMatter).toBeGreaterThan(0.95);
  });
});
