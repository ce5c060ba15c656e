import { describe, expect, it } from 'vitest';
import { createPipeline, defaultStages, defineStage, parseCnaPost } from '../../src/index.js';
import { placeTextParts } from '../../src/body/text-parts.js';
import { makePost } from '../support/post.js';

const closing = '<p>最後一段。（編輯：陳惠珍）1120915</p>';
const parse = (html: string) => parseCnaPost(makePost({ html }));
/** Each link with the words its paragraph holds at its offset, to check both at once. */
const placed = (html: string) => {
  const article = parse(html);
  return article.links.map((link) => ({ ...link, at: article.paragraphs[link.paragraph]?.slice(link.offset, link.offset + link.text.length) }));
};

describe('links in the text', () => {
  it('lists the linked words with their address, paragraph and offset, after the dateline is cut off', () => {
    const html = `<p>（中央社記者廖禹揚首爾15日專電）據<a href="https://www.nytimes.com/2023/09/15/x.html">紐約時報</a>報導，會議今天舉行。</p><p>另見<a href="/news/aopl/202309150001.aspx">前一則</a>。</p>${closing}`;
    expect(placed(html)).toEqual([
      { text: '紐約時報', url: 'https://www.nytimes.com/2023/09/15/x.html', paragraph: 0, offset: 1, at: '紐約時報' },
      { text: '前一則', url: 'https://www.cna.com.tw/news/aopl/202309150001.aspx', paragraph: 1, offset: 2, at: '前一則' },
    ]);
  });

  it('places a word linked where it occurs the second time, not the first', () => {
    const html = `<p>（中央社首爾15日電）台北市長在<a href="https://example.org/taipei">台北</a>說，台北很好。</p>${closing}`;
    const article = parse(html);
    expect(article.paragraphs[0]).toBe('台北市長在台北說，台北很好。');
    expect(article.links.map((link) => [link.text, link.offset])).toEqual([['台北', 5]]);
  });

  it('counts offsets in the cleaned text: blanks collapsed, inside the link and before it', () => {
    const html = `<p>（中央社首爾15日電）甲 &nbsp;<a href="https://example.org/"> 乙\u3000丙 </a>丁。</p>${closing}`;
    expect(placed(html)).toEqual([{ text: '乙 丙', url: 'https://example.org/', paragraph: 0, offset: 2, at: '乙 丙' }]);
  });

  it('keeps the paragraph indexes right when notices and a byline leave the paragraphs', () => {
    const html = `<p>文：黃淑芳\u3000攝影：鄭清元</p><p>第一段。</p><p>珍惜生命，自殺不能解決問題，生命一定可以找到出路。若需諮詢可撥打<a href="https://example.org/1925">安心專線</a>。</p><p>見<a href="https://example.org/a">報告</a>。</p>${closing}`;
    const article = parse(html);
    expect(article.paragraphs).toEqual(['第一段。', '見報告。', '最後一段。']);
    expect(article.links.map((link) => [link.text, link.paragraph, link.offset])).toEqual([['報告', 1, 1]]);
  });

  it("drops a link inside the closing credit, and keeps the closing paragraph's text links", () => {
    const html = `<p>（中央社首爾15日電）第一段。</p><p>詳見<a href="https://example.org/r">報告</a>。（編輯：<a href="https://example.org/e">陳惠珍</a>）1120915</p>`;
    expect(parse(html).links.map((link) => link.text)).toEqual(['報告']);
  });

  it('places the links of a paragraph split at <br> in the lines they fall in', () => {
    const html = `<p>（中央社首爾15日電）第一段。</p><p>甲<a href="https://example.org/1">乙</a><br>丙<a href="https://example.org/2">丁</a></p>${closing}`;
    expect(placed(html).map(({ text, paragraph, offset, at }) => [text, paragraph, offset, at])).toEqual([['乙', 1, 1, '乙'], ['丁', 2, 1, '丁']]);
  });

  it('places a link where it stands in a block split at <br>, not at the same words before it', () => {
    const html = `<p>（中央社首爾15日電）第一段。</p><p>3.填寫「入住登記表單」：到官網的<a href="https://example.org/form">「入住登記表單」</a>登錄。<br>Eleven Sports頻道：<a href="http://www.elevensports.tw/">Eleven Sports</a>轉播</p>${closing}`;
    expect(placed(html).map(({ text, paragraph, offset, at }) => [text, paragraph, offset, at])).toEqual([
      ['「入住登記表單」', 1, 17, '「入住登記表單」'],
      ['Eleven Sports', 2, 16, 'Eleven Sports'],
    ]);
  });

  it('lists a video link in brackets (2023 round-ups), and no link without words, to a fragment, javascript:, mailto: or a file', () => {
    const html =
      `<p>（中央社首爾15日電）李智凱摘金。（<a href="https://www.youtube.com/watch?v=XVivFYWUGKc">李智凱比賽影片這裡看</a>）</p>` +
      `<p>甲<a href="#top">乙</a><a href="javascript:void(0)">丙</a><a href="mailto:a@b.tw">丁</a><a href="file:///C:/Users/pc/a.pdf">戊</a><a href="https://example.org/"></a>。</p>${closing}`;
    expect(parse(html).links).toEqual([{ text: '李智凱比賽影片這裡看', url: 'https://www.youtube.com/watch?v=XVivFYWUGKc', paragraph: 0, offset: 7 }]);
  });

  it("does not list a 早安世界 item's read-more link, whose words leave the text (its address is in related)", () => {
    const html = `<p>（中央社首爾15日電）第一段，見<a href="https://www.cna.com.tw/news/aipl/202309150002.aspx">政院</a>說明。（<a href="https://www.cna.com.tw/news/aipl/202309150003.aspx">看完整報導</a>）</p>${closing}`;
    const article = parse(html);
    expect(article.links.map((link) => link.url)).toEqual(['https://www.cna.com.tw/news/aipl/202309150002.aspx']);
    expect(article.related.map((link) => link.url)).toContain('https://www.cna.com.tw/news/aipl/202309150003.aspx');
  });

  it('follows the paragraphs a custom stage leaves, and drops the links of those it rewrites', () => {
    const dropFirst = defineStage('drop-first', (draft) => ({ ...draft, paragraphs: (draft.paragraphs ?? []).slice(1).map((p) => (p.startsWith('丙') ? '改寫' : p)) }));
    const stages = [...defaultStages];
    stages.splice(stages.length - 1, 0, dropFirst);
    const html = `<p>（中央社首爾15日電）<a href="https://example.org/1">甲</a>。</p><p>乙<a href="https://example.org/2">乙</a>。</p><p>丙<a href="https://example.org/3">丙</a>。</p>${closing}`;
    const article = createPipeline(...stages).parse(makePost({ html }));
    expect(article.paragraphs).toEqual(['乙乙。', '改寫', '最後一段。']);
    expect(article.links).toEqual([{ text: '乙', url: 'https://example.org/2', paragraph: 0, offset: 1 }]);
  });
});

describe('paragraph kinds', () => {
  it('marks subheads (<h2>–<h6>, a short line all in bold or opening with ●), list items and quotes, one kind per paragraph', () => {
    const html =
      '<p>（中央社首爾15日電）第一段。</p><h2>●美國官員為什麼對TikTok有疑慮？</h2><p>第二段。</p><p><strong>● 巴西</strong></p>' +
      '<ul><li>第一項</li><li>第二項</li></ul><blockquote><p>引言</p></blockquote>' +
      '<p><strong>【更新】上午11時過後，台積電買盤再次湧入，股價再創570元新高價，並帶動台股指數大漲近270點。</strong></p>' +
      '<p><strong>甲</strong>乙</p><p><b>短句。</b></p>' +
      '<p>● 統一教是什麼？</p><p>● 最低工資從每小時7.25美元提高到15美元。</p><p>◎ 有發燒請勿參加活動</p>' + closing;
    const article = parse(html);
    expect(article.paragraphs.map((text, index) => [article.paragraphKinds[index], text.slice(0, 6)])).toEqual([
      ['text', '第一段。'], ['subhead', '●美國官員為'], ['text', '第二段。'], ['subhead', '● 巴西'],
      ['list-item', '第一項'], ['list-item', '第二項'], ['quote', '引言'],
      ['text', '【更新】上午'], ['text', '甲乙'], ['text', '短句。'],
      ['subhead', '● 統一教是'], ['text', '● 最低工資'], ['text', '◎ 有發燒請'], ['text', '最後一段。'],
    ]);
  });

  it('marks the headlines of the weekly digest (★ and the words of a link, also wrapped or split off by <br>) as subheads', () => {
    const url = 'https://www.cna.com.tw/news/firstnews/202009120004.aspx';
    const html =
      `<p>★<a href="${url}">中東和平大進展 巴林以色列簽協議</a></p><p><strong>★<a href="${url}">彭帥指控權貴性侵後行蹤不明 聯合國、世界女子網協要求中國交代</a></strong></p>` +
      `<p><a href="${url}">★以巴停火不到一天</a></p><p>★<a href="${url}">奧斯卡新制</a><br>主辦單位公布新制。</p><p>★★★</p><p>★ 評分：<a href="${url}">不是標題</a></p>`;
    const article = parseCnaPost(makePost({ title: '0906-0912一週大事', html }));
    expect(article.paragraphKinds).toEqual(['subhead', 'subhead', 'subhead', 'subhead', 'text', 'text', 'text']);
    expect(article.paragraphs[4]).toBe('主辦單位公布新制。');
  });

  it('keeps each kind with its paragraph when a byline and notices leave the paragraphs', () => {
    const html = `<p>文：黃淑芳\u3000攝影：鄭清元</p><h2>小標</h2><p>飲酒過量有害身體健康，未滿18歲請勿飲酒。</p><p>內文。</p>${closing}`;
    const article = parse(html);
    expect([article.paragraphs, article.paragraphKinds]).toEqual([['小標', '內文。', '最後一段。'], ['subhead', 'text', 'text']]);
  });
});

describe('placeTextParts', () => {
  it('returns the kinds and links as they are when the paragraphs are the ones they were found in, and text without them', () => {
    const paragraphs = ['甲乙'];
    const links = [{ text: '乙', url: 'https://example.org/', paragraph: 0, offset: 1 }];
    expect(placeTextParts({ paragraphs, kinds: ['quote'], links }, paragraphs)).toEqual({ kinds: ['quote'], links });
    expect(placeTextParts(undefined, paragraphs)).toEqual({ kinds: ['text'], links: [] });
  });

  it('drops a link whose words a later stage cut off the end of its paragraph, and keeps its kind', () => {
    const links = [{ text: '丙', url: 'https://example.org/', paragraph: 1, offset: 2 }];
    expect(placeTextParts({ paragraphs: ['小標', '甲乙丙'], kinds: ['subhead', 'text'], links }, ['小標', '甲乙'])).toEqual({ kinds: ['subhead', 'text'], links: [] });
  });
});
