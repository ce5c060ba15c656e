import { describe, expect, it } from 'vitest';
import { parseCnaPost, safeParseCnaPost } from '../../src/index.js';
import { resolveDay } from '../../src/stages/resolve-dates.js';
import { makePost } from '../support/post.js';

const codes = (html: string, title?: string) => parseCnaPost(makePost(title === undefined ? { html } : { html, title })).warnings.map((w) => w.code);

describe('extractDateline (stage)', () => {
  it('removes the dateline and a series label glued before it from the first paragraph', () => {
    const article = parseCnaPost(makePost({ html: '<p>疫情原民心1（中央社記者張祈花蓮縣13日電）部落防疫。</p><p>完。（編輯：陳惠珍）1120915</p>' }));
    expect(article.dateline).toMatchObject({ reporters: ['張祈'], places: ['花蓮縣'], day: 13, kind: '電', label: '疫情原民心1' });
    expect(article.paragraphs[0]).toBe('部落防疫。');
    expect(article.reporters).toEqual(['張祈']);
  });

  it("takes the series box's title above the dateline as its label, unless a label is glued to the dateline", () => {
    const box = (title: string): string =>
      `<div class="paragraph"><div class='media'><div class='myCustom'><div class="topicbox"><a href="https://www.cna.com.tw/topic/newstopic/3354.aspx"><div class="topictitle">${title}</div></a></div></div></div>`;
    const boxed = parseCnaPost(makePost({ html: `${box('台灣錢潮滾滾1')}<p>（中央社記者潘姿羽台北12日電）疫情衝擊全球經濟。</p><p>完。（編輯：陳惠珍）1120915</p></div>` }));
    expect([boxed.dateline?.label, boxed.dateline?.reporters, boxed.paragraphs, boxed.related]).toEqual(['台灣錢潮滾滾1', ['潘姿羽'], ['疫情衝擊全球經濟。', '完。'], []]);
    const glued = parseCnaPost(makePost({ html: `${box('台灣錢潮滾滾')}<p>台灣錢潮滾滾1（中央社記者潘姿羽台北12日電）疫情衝擊全球經濟。</p><p>完。（編輯：陳惠珍）1120915</p></div>` }));
    expect(glued.dateline?.label).toBe('台灣錢潮滾滾1');
  });

  it('removes the datelines and closings of further stories of the same post, with warnings', () => {
    const html =
      '<p>（中央社記者廖禹揚首爾15日專電）第一則。（編輯：陳惠珍）1120915</p><h2>第二則標題</h2><p>（中央社台北15日電）第二則內容。（編輯：黃自強）1120915</p>';
    const article = parseCnaPost(makePost({ html }));
    expect(article.paragraphs).toEqual(['第一則。', '第二則標題', '第二則內容。']);
    expect(article.credits?.editors).toEqual(['陳惠珍']);
    expect(article.warnings.map((w) => w.code).sort()).toEqual(['credits:inner', 'dateline:inner']);
  });

  it("takes the lead story's closing in a post of several stories, and the post's when the lead story has none", () => {
    const later = '<p>（中央社台北14日電）較早的報導。（編輯：黃自強）1120914</p>';
    const lead = parseCnaPost(makePost({ html: `<p>（中央社記者廖禹揚首爾15日專電）最新報導。</p><p>結尾。（編輯：陳惠珍）1120915</p><p>圖表說明</p>${later}` }));
    expect([lead.credits?.editors, lead.editorCode?.raw, lead.paragraphs]).toEqual([['陳惠珍'], '1120915', ['最新報導。', '結尾。', '圖表說明', '較早的報導。']]);
    expect(lead.warnings.find((w) => w.code === 'credits:inner')?.message).toContain('（編輯：黃自強）1120914');
    expect(lead.warnings.map((w) => w.code)).not.toContain('editor-code:mismatch');
    const none = parseCnaPost(makePost({ html: `<p>（中央社記者廖禹揚首爾15日專電）最新報導。</p>${later}` }));
    expect([none.credits?.editors, none.editorCode?.raw, none.paragraphs]).toEqual([['黃自強'], '1120914', ['最新報導。', '較早的報導。']]);
  });

  it('says a digest has no dateline, and invents no reporter', () => {
    const article = parseCnaPost(makePost({ title: '早安世界》基本工資調漲', html: '<p>今晨最新</p><p>新聞一</p>' }));
    expect(article.dateline).toBeNull();
    expect(article.reporters).toEqual([]);
    expect(article.warnings.map((w) => w.code)).toContain('dateline:digest');
  });

  it('takes a column author from div.author and a feature byline paragraph', () => {
    const column =
      '<div class="topicbox"><div class="author">中央社駐布魯塞爾特派員唐佩君／8月26日</div></div><p>武漢肺炎疫情改變人類生活。</p>';
    const article = parseCnaPost(makePost({ title: '特派專欄 比利時防疫經濟學', html: column }));
    expect(article.reporters).toEqual(['唐佩君']);
    expect(article.paragraphs).toEqual(['武漢肺炎疫情改變人類生活。']);
    expect(article.warnings.map((w) => w.code)).toContain('dateline:column');
    const two = parseCnaPost(makePost({ title: '特派專欄 東京奧運', html: column.replace('唐佩君', '楊明珠、 戴雅真') }));
    expect([two.reporters, two.paragraphs]).toEqual([['楊明珠', '戴雅真'], ['武漢肺炎疫情改變人類生活。']]);
    const feature = parseCnaPost(makePost({ title: '張大春寫老台北【專訪】', html: '<p>文：黃淑芳 攝影：鄭清元</p><p>「我的老台北」</p>' }));
    expect(feature.reporters).toEqual(['黃淑芳']);
    expect(feature.credits?.photographers).toEqual(['鄭清元']);
    expect(feature.paragraphs).toEqual(['「我的老台北」']);
  });

  it('reads a byline with a slash before the photographer, and one after a lead in a pull quote', () => {
    const lead = '<blockquote><p>甲仙人游永福花18年追尋湯姆生足跡。</p></blockquote>';
    const feature = parseCnaPost(makePost({ title: '循著湯姆生腳步 走訪早期台灣', html: `${lead}<p>文：鄭景雯／攝影：吳家昇</p><p>距今約150年前。</p>` }));
    expect(feature.reporters).toEqual(['鄭景雯']);
    // A credit made from the byline alone keeps the byline as written.
    expect(feature.credits).toEqual({ raw: '文：鄭景雯／攝影：吳家昇', editors: [], translators: [], reviewers: [], photographers: ['吳家昇'] });
    expect(feature.paragraphs).toEqual(['甲仙人游永福花18年追尋湯姆生足跡。', '距今約150年前。']);
    expect(feature.warnings.map((w) => w.code)).toEqual(['dateline:column', 'credits:missing', 'editor-code:missing']);
    const two = parseCnaPost(makePost({ title: '專題', html: '<p>撰文：名切千繪、楊千慧 / 圖：林俊耀、王飛華</p><p>內文。</p>' }));
    expect(two.reporters).toEqual(['名切千繪', '楊千慧']);
    expect(two.credits?.photographers).toEqual(['林俊耀', '王飛華']);
    // More roles last (the source of other pictures, the video) stay in the byline as written (2021).
    const video = parseCnaPost(makePost({ title: '青平台創辦人鄭麗君', html: '<p>文：趙靜瑜／攝影：鄭清元、徐肇昌、裴禛／影像：洪凰鈞</p><p>內文。</p>' }));
    expect([video.reporters, video.credits?.photographers, video.credits?.raw, video.paragraphs]).toEqual([
      ['趙靜瑜'], ['鄭清元', '徐肇昌', '裴禛'], '文：趙靜瑜／攝影：鄭清元、徐肇昌、裴禛／影像：洪凰鈞', ['內文。'],
    ]);
    const source = parseCnaPost(makePost({ title: '帶台灣桌遊向世界遞名片', html: `${lead}<p>文：王寶兒／攝影：徐肇昌／照片提供：Taiwan Boardgame Design</p><p>內文。</p>` }));
    expect([source.reporters, source.credits, source.paragraphs]).toEqual([
      ['王寶兒'],
      { raw: '文：王寶兒／攝影：徐肇昌／照片提供：Taiwan Boardgame Design', editors: [], translators: [], reviewers: [], photographers: ['徐肇昌'] },
      ['甲仙人游永福花18年追尋湯姆生足跡。', '內文。'],
    ]);
    // A paragraph that only starts like a byline is text.
    const text = parseCnaPost(makePost({ title: '專題', html: '<p>內文。</p><p>文：鄭景雯說，她花了18年。</p>' }));
    expect(text.reporters).toEqual([]);
    expect(text.paragraphs).toEqual(['內文。', '文：鄭景雯說，她花了18年。']);
  });

  it('reads the staff line of the 2021 Olympic profiles: reporter, photographer and editor', () => {
    const profile = parseCnaPost(makePost({ title: '中華隊／文姿云挺過傷痛低潮', html: '<p>記者／龍柏安  攝影／吳家昇  編輯／張芷瑄</p><p>在清新脫俗的外型底下。</p>' }));
    expect([profile.reporters, profile.credits, profile.paragraphs, profile.warnings.map((w) => w.code)]).toEqual([
      ['龍柏安'],
      { raw: '記者／龍柏安 攝影／吳家昇 編輯／張芷瑄', editors: ['張芷瑄'], translators: [], reviewers: [], photographers: ['吳家昇'] },
      ['在清新脫俗的外型底下。'],
      ['dateline:column', 'credits:missing', 'editor-code:missing'],
    ]);
    // Its editor joins a closing credit's.
    const closed = parseCnaPost(makePost({ title: '中華隊／文姿云', html: '<p>記者／龍柏安 編輯／張芷瑄</p><p>內文。（編輯：陳惠珍）1120915</p>' }));
    expect(closed.credits).toEqual({ raw: '（編輯：陳惠珍）', editors: ['陳惠珍', '張芷瑄'], translators: [], reviewers: [], photographers: [] });
    // A sentence that opens like it is text.
    const text = parseCnaPost(makePost({ title: '專題', html: '<p>內文。</p><p>記者／龍柏安說，她很堅強。</p>' }));
    expect([text.reporters, text.paragraphs]).toEqual([[], ['內文。', '記者／龍柏安說，她很堅強。']]);
  });

  it("takes an excerpt's pointer to the whole text (全文未完，請鎖定…) off the last paragraph as a notice", () => {
    const pointer = '（全文未完，請鎖定12/6上架之文化+雙週刊第98期「後山策展學」）';
    const open = parseCnaPost(makePost({ title: '【文化+】林昆穎與吳季娟', html: `<p>文：趙靜瑜</p><p>內文。</p><p>游刃有餘...<strong>${pointer}</strong></p>` }));
    expect([open.paragraphs, open.notices]).toEqual([['內文。', '游刃有餘...'], [pointer]]);
    const closed = parseCnaPost(makePost({ html: `<p>（中央社台北15日電）內文。</p><p>游刃有餘。${pointer}（編輯：陳惠珍）1120915</p>` }));
    expect([closed.paragraphs, closed.notices, closed.credits?.editors]).toEqual([['內文。', '游刃有餘。'], [pointer], ['陳惠珍']]);
    // Where an excerpt comes from, a paragraph of its own at the end (【文化+】, 2020–21).
    const source = '（本文出自文化+雙週刊第93期「回望台灣文化協會百年」，09/27上線）';
    const sourced = parseCnaPost(makePost({ title: '【文化+】青平台創辦人鄭麗君', html: `<p>文：趙靜瑜</p><p>內文。</p><p>${source}</p>` }));
    expect([sourced.paragraphs, sourced.notices]).toEqual([['內文。'], [source]]);
  });

  it('warns dateline:unparsed when a CNA opening cannot be split', () => {
    expect(codes('<p>（中央社）內容。（編輯：陳惠珍）1120915</p>')).toContain('dateline:unparsed');
  });
});

describe('extractDateline: a column author line written as a paragraph', () => {
  it('gives the column its author and leaves the text, and leaves a sentence that names a correspondent', () => {
    const column = parseCnaPost(makePost({ title: '特派專欄 Delta變異株攪局', html: '<div class="paragraph"><p><strong>中央社駐紐約特派員尹俊傑／8月15日</strong></p><p>這個夏季，美國民眾一度歡欣鼓舞。</p><p>結尾。（編輯：陳惠珍）1100815</p></div>' }));
    expect([column.paragraphs, column.reporters, column.dateline, column.warnings.map((w) => w.code)]).toEqual([['這個夏季，美國民眾一度歡欣鼓舞。', '結尾。'], ['尹俊傑'], null, ['dateline:column', 'editor-code:mismatch']]);
    const text = '中央社駐紐約特派員尹俊傑說，他將在8月15日返台。';
    const kept = parseCnaPost(makePost({ title: '特派專欄 美國', html: `<p>${text}</p><p>結尾。（編輯：陳惠珍）1120915</p>` }));
    expect([kept.paragraphs, kept.reporters]).toEqual([[text, '結尾。'], []]);
  });
});

describe('extractCredits (stage)', () => {
  it('decodes the editor code and keeps text after the coded paragraph', () => {
    const article = parseCnaPost(makePost({ html: '<p>（中央社台北15日電）內文。（譯者：陳彥鈞/核稿：林治平）1120915</p><p>莊永明小檔案</p>' }));
    expect(article.credits).toEqual({ raw: '（譯者：陳彥鈞/核稿：林治平）', editors: [], translators: ['陳彥鈞'], reviewers: ['林治平'], photographers: [] });
    expect(article.editorCode).toEqual({ raw: '1120915', date: '2023-09-15' });
    expect(article.paragraphs).toEqual(['內文。', '莊永明小檔案']);
  });

  it('takes reader notices out of the text, after the code, before it, or glued before the credit', () => {
    const suicide = '珍惜生命，自殺不能解決問題，生命一定可以找到出路。若須諮商或相關協助，可撥衛福部專線「1925」。';
    const alcohol = '飲酒過量有害身體健康，未滿18歲請勿飲酒。';
    const video = '影片內容有警察開槍畫面，請審慎考慮後決定是否點擊觀看';
    const after = parseCnaPost(makePost({ html: `<p>（中央社台北15日電）內文。</p><p>${video}</p><p>結尾。（編輯：陳惠珍）1120915</p><p class='warning'>${suicide}</p><p>${alcohol}</p>` }));
    expect([after.paragraphs, after.notices, after.credits?.editors, after.editorCode?.raw]).toEqual([['內文。', '結尾。'], [video, suicide, alcohol], ['陳惠珍'], '1120915']);
    const glued = parseCnaPost(makePost({ html: `<p>（中央社台北15日電）內文。</p><p>※自殺警語：${suicide}（編輯：陳惠珍）1120915</p>` }));
    expect([glued.paragraphs, glued.notices, glued.credits?.editors, glued.editorCode?.raw]).toEqual([['內文。'], [`※自殺警語：${suicide}`], ['陳惠珍'], '1120915']);
    const note = parseCnaPost(makePost({ html: '<p>（中央社台北15日電）內文。</p><p>危險中。（書摘為時報出版授權，小標為中央社所加）（編輯：趙敏雅）1120915</p>' }));
    expect([note.paragraphs, note.notices, note.credits?.editors]).toEqual([['內文。', '危險中。'], ['（書摘為時報出版授權，小標為中央社所加）'], ['趙敏雅']]);
    // Inside the credit's brackets, before the roles: the credit keeps it in raw, and it is a notice too.
    const inside = parseCnaPost(makePost({ html: '<p>（中央社台北15日電）內文。</p><p>危險中。（書摘由圓神出版授權，小標為中央社所加，編輯：邵曉潔）1120915</p>' }));
    expect([inside.paragraphs, inside.notices, inside.credits?.editors, inside.credits?.raw]).toEqual([
      ['內文。', '危險中。'],
      ['（書摘由圓神出版授權，小標為中央社所加）'],
      ['邵曉潔'],
      '（書摘由圓神出版授權，小標為中央社所加，編輯：邵曉潔）',
    ]);
    // After the roles (2023): the note ends the editor's names.
    const afterRoles = parseCnaPost(makePost({ html: '<p>（中央社台北15日電）內文。</p><p>好好愛自己。（編輯：李念庭；書摘由三采文化授權，經中央社節錄）1120915</p>' }));
    expect([afterRoles.paragraphs, afterRoles.notices, afterRoles.credits?.editors, afterRoles.credits?.raw, afterRoles.warnings]).toEqual([
      ['內文。', '好好愛自己。'],
      ['（書摘由三采文化授權，經中央社節錄）'],
      ['李念庭'],
      '（編輯：李念庭；書摘由三采文化授權，經中央社節錄）',
      [],
    ]);
    // Other words after the names are still no credit.
    const other = parseCnaPost(makePost({ html: '<p>（中央社台北15日電）內文。</p><p>好好愛自己。（編輯：李念庭；經中央社節錄）1120915</p>' }));
    expect(other.warnings.map((w) => w.code)).toEqual(['credits:unparsed']);
    // Article text that speaks of the same things stays: no hotline, not at the start, or a long paragraph.
    const text = [
      '珍惜生命是這場座談的主題。',
      '衛福部說，珍惜生命，自殺不能解決問題，並公布安心專線1925的使用人數。',
      `珍惜生命，自殺防治專線去年接到${'很多'.repeat(100)}來電。`,
      '飲酒文化在韓國根深柢固。',
    ];
    const kept = parseCnaPost(makePost({ html: `<p>（中央社台北15日電）內文。</p>${text.map((t) => `<p>${t}</p>`).join('')}<p>結尾。（編輯：陳惠珍）1120915</p>` }));
    expect([kept.paragraphs, kept.notices]).toEqual([['內文。', ...text, '結尾。'], []]);
  });

  it('takes the source note of a reprinted story, the 涉己新聞 label and the pointer to the photo site out of the text, and leaves text that speaks of them', () => {
    const source = '原文來自「台灣事實查核中心」：https://tfc-taiwan.org.tw/articles/11003';
    const reprint = parseCnaPost(makePost({ html: `<p>（中央社台北12日電）內文。</p><p>結尾。（編輯：龍柏安）1120915</p><p>${source}</p>` }));
    expect([reprint.paragraphs, reprint.notices, reprint.credits?.editors]).toEqual([['內文。', '結尾。'], [source], ['龍柏安']]);
    const aboutUs = parseCnaPost(makePost({ html: '<div class="aboutUsTag">涉己新聞</div><p>（中央社台北15日電）中央社舉辦培訓營。</p><p>結尾。（編輯：陳惠珍）1120915</p>' }));
    expect([aboutUs.paragraphs, aboutUs.notices, aboutUs.dateline?.places, aboutUs.warnings]).toEqual([['中央社舉辦培訓營。', '結尾。'], ['涉己新聞'], ['台北'], []]);
    const photos = parseCnaPost(makePost({ html: '<p>（中央社台北16日電）內文。（編輯：陳惠珍）1120915</p><p>想看更多台北橋的照片，立即到<a href="https://www.phototaiwan.com/">中央社影像空間</a>。1120915</p>' }));
    expect([photos.paragraphs, photos.notices, photos.editorCode?.raw]).toEqual([['內文。'], ['想看更多台北橋的照片，立即到中央社影像空間。'], '1120915']);
    const text = ['原文來自英國的報告指出，疫情趨緩。', '這是一則涉己新聞的說明。', '想看更多照片的民眾可以到中央社影像空間的網站。'];
    const kept = parseCnaPost(makePost({ html: `<p>（中央社台北15日電）內文。</p>${text.map((t) => `<p>${t}</p>`).join('')}<p>結尾。（編輯：陳惠珍）1120915</p>` }));
    expect([kept.paragraphs, kept.notices]).toEqual([['內文。', ...text, '結尾。'], []]);
  });

  it('takes a mistyped code with no credit out of the text and warns editor-code:malformed', () => {
    const article = parseCnaPost(makePost({ html: '<p>（中央社台北15日電）內文。</p><p>致力完成政府給我的使命」。11001101</p>' }));
    expect([article.paragraphs, article.editorCode, article.warnings.map((w) => w.code), article.warnings[1]?.message]).toEqual([
      ['內文。', '致力完成政府給我的使命」。'],
      null,
      ['credits:missing', 'editor-code:malformed'],
      'the digits 11001101 at the end of the article are not a 7-digit editor code',
    ]);
  });

  it('gives a code that is not a date date:null and a warning', () => {
    const article = parseCnaPost(makePost({ html: '<p>（中央社台北15日電）內文。（編輯：陳惠珍）1121315</p>' }));
    expect(article.editorCode).toEqual({ raw: '1121315', date: null });
    expect(article.warnings.map((w) => w.code)).toEqual(['editor-code:not-a-date']);
  });

  it('warns when the code disagrees with the date, and when it is mistyped', () => {
    expect(codes('<p>（中央社台北15日電）內文。（編輯：陳惠珍）1120914</p>')).toEqual(['editor-code:mismatch']);
    // The story of the 14th published on the 15th (URL id 20230915…): the code is the dateline's date.
    expect(codes('<p>（中央社華盛頓14日電）內文。（編輯：陳惠珍）1120914</p>')).toEqual(['editor-code:dateline-date']);
    // The code a day off both the URL date and the dateline's.
    expect(codes('<p>（中央社華盛頓14日電）內文。（編輯：陳惠珍）1120913</p>')).toEqual(['editor-code:mismatch']);
    expect(codes('<p>（中央社台北15日電）內文。（編輯：陳惠珍）20230915</p>')).toEqual(['editor-code:malformed']);
  });

  it('drops a code written twice around the credit', () => {
    const article = parseCnaPost(makePost({ html: '<p>（中央社台北15日電）互動。1120915（編輯：孫承武）1120915</p>' }));
    expect(article.paragraphs).toEqual(['互動。']);
  });

  it('warns when there is no credit and no code', () => {
    expect(codes('<p>（中央社台北15日電）快訊。</p>')).toEqual(['credits:missing', 'editor-code:missing']);
  });
});

describe('resolveDates', () => {
  it('takes the date from the URL id, else the editor code, else the feed time', () => {
    expect(parseCnaPost(makePost()).date).toBe('2023-09-15');
    const undatedId = parseCnaPost(makePost({ from: 'https://www.cna.com.tw/news/aopl/202399990183.aspx', html: '<p>（中央社台北14日電）文。（編輯：陳惠珍）1120914</p>' }));
    expect(undatedId.date).toBe('2023-09-14');
    expect(undatedId.warnings.map((w) => w.code)).toContain('date:no-url-id');
    const noCode = parseCnaPost(makePost({ from: 'https://www.cna.com.tw/news/aopl/202399990183.aspx', date: '2023-09-13T20:00:00.000Z', html: '<p>快訊。</p>' }));
    expect(noCode.date).toBe('2023-09-14');
  });

  it('rejects a CNA URL without an article id as front-matter:invalid on the from field, saying why', () => {
    for (const from of ['https://www.cna.com.tw/news/aopl/latest.aspx', 'https://www.cna.com.tw/topic/newstopic/3353.aspx']) {
      const result = safeParseCnaPost(makePost({ from }), { file: 'x.md' });
      expect(result.ok ? null : [result.error.code, result.error.field, result.error.stage, result.error.file]).toEqual(['front-matter:invalid', 'from', 'validate-front-matter', 'x.md']);
      expect(result.ok ? '' : result.error.message).toContain(`the URL ${from} is not a CNA article URL with a 12-digit id`);
    }
  });

  it('resolves the dateline day: same month, the next day, the previous month, across the year', () => {
    expect(resolveDay(15, '2023-09-15', undefined)).toBe('2023-09-15');
    expect(resolveDay(14, '2023-09-15', undefined)).toBe('2023-09-14');
    expect(resolveDay(16, '2023-09-15', undefined)).toBe('2023-09-16');
    expect(resolveDay(1, '2023-09-30', undefined)).toBe('2023-10-01');
    expect(resolveDay(31, '2023-08-01', undefined)).toBe('2023-07-31');
    expect(resolveDay(31, '2021-01-01', undefined)).toBe('2020-12-31');
    expect(resolveDay(29, '2024-03-01', undefined)).toBe('2024-02-29');
    expect(resolveDay(29, '2023-03-01', undefined)).toBeNull();
    expect(resolveDay(31, '2020-12-31', { year: 2020, month: 12 })).toBe('2020-12-31');
    expect(resolveDay(31, '2021-01-01', { year: null, month: 12 })).toBe('2020-12-31');
  });

  it('warns when the dateline day does not exist in the month it falls in', () => {
    const article = parseCnaPost(
      makePost({ from: 'https://www.cna.com.tw/news/aopl/202303010183.aspx', date: '2023-03-01T07:50:00.000Z', html: '<p>（中央社台北30日電）文。（編輯：陳惠珍）1120301</p>' }),
    );
    expect(article.dateline?.date).toBeNull();
    expect(article.warnings.map((w) => w.code)).toEqual(['dateline:day-invalid']);
  });

  it('warns when the feed time is far from the URL date (the 2001 file)', () => {
    const article = parseCnaPost(makePost({ date: '2001-07-31T16:00:00.000Z' }));
    expect(article.date).toBe('2023-09-15');
    expect(article.warnings.map((w) => w.code)).toContain('date:feed-mismatch');
  });
});

describe('several-story posts at scale', () => {
  it('reports a thousand inner datelines and closings with one warning each', () => {
    const story = '<p>（中央社台北15日電）內文。（編輯：陳惠珍）1120915</p>';
    const article = parseCnaPost(makePost({ html: story.repeat(1000) }));
    expect(article.paragraphs).toHaveLength(1000);
    expect(article.paragraphs.every((p) => p === '內文。')).toBe(true);
    expect(article.warnings.map((w) => w.code)).toEqual(['dateline:inner', 'credits:inner']);
    expect(article.warnings[0]?.message).toMatch(/^removed 999 datelines \(（中央社台北15日電）, …\)/);
  });
});
