import { describe, expect, it } from 'vitest';
import { createPipeline, createStripBoilerplate, defaultBoilerplateRules, defaultStages, parseCnaPost, safeParseCnaPost, type BoilerplateRule } from '../../src/index.js';
import { makePost } from '../support/post.js';

const dateline = '<p>（中央社記者廖禹揚首爾15日專電）第一段。</p>';
const closing = '<p>最後一段。（編輯：陳惠珍）1120915</p>';
const parse = (html: string) => parseCnaPost(makePost({ html }));

describe('parseBody', () => {
  it('does not warn when the title line differs only by NBSP and blanks', () => {
    const source = makePost({ title: '美韓 磋商', titleLine: '[美韓\u00a0磋商 ](https://www.cna.com.tw/news/aopl/202309150183.aspx)' });
    expect(parseCnaPost(source).warnings).toEqual([]);
  });

  it('warns when the title line says something else', () => {
    const source = makePost({ titleLine: '[別的標題](https://www.cna.com.tw/news/aopl/202309150183.aspx)' });
    expect(parseCnaPost(source).warnings.map((w) => w.code)).toEqual(['title-line:mismatch']);
  });

  it('warns when the title line is missing', () => {
    expect(parseCnaPost(makePost({ titleLine: null })).warnings.map((w) => w.code)).toEqual(['title-line:missing']);
  });

  it('rejects a post with no HTML as body:missing', () => {
    const source = makePost().replace(/<div>[\s\S]*<\/div>/, 'nothing here');
    const result = safeParseCnaPost(source);
    expect(result.ok ? null : result.error.code).toBe('body:missing');
  });

  it('rejects a body that is the word null (a feed item without content) as body:empty, and keeps an article that says null', () => {
    const source = makePost().replace(/<div>[\s\S]*<\/div>/, '<div>\nnull\n</div>');
    const result = safeParseCnaPost(source);
    expect(result.ok ? null : [result.error.code, result.error.stage, result.error.field]).toEqual(['body:empty', 'parse-body', 'body']);
    expect(parse(`${dateline}<p>null</p>${closing}`).paragraphs).toEqual(['第一段。', 'null', '最後一段。']);
  });

  it('rejects HTML nested deeper than maxDepth as input:too-deep', () => {
    const deep = `${'<div>'.repeat(300)}<p>x</p>${'</div>'.repeat(300)}`;
    const result = safeParseCnaPost(makePost({ html: deep }));
    expect(result.ok ? null : result.error.code).toBe('input:too-deep');
    expect(safeParseCnaPost(makePost({ html: deep }), { maxDepth: 1000 }).ok).toBe(true);
  });
});

describe('stripBoilerplate', () => {
  it('removes the newsletter form in place, keeping the paragraphs around it', () => {
    const form =
      '<div class="SubscriptionInner mySubscriptionInner"><div class="subscriInnTitle">訂閱《國際新聞》電子報</div><input type="text"><div class="errorMsg">請輸入正確的電子信箱格式</div><div>感謝您的訂閱！</div></div>';
    expect(parse(`${dateline}${form}${closing}`).paragraphs).toEqual(['第一段。', '最後一段。']);
  });

  it('keeps hashtags as keywords and 延伸閱讀 links as related, not as text', () => {
    const end =
      "<div class='articlekeywordGroup'><div class='keywordTag'><a href='/tag/hysearchws.aspx?q=南韓'>#南韓</a></div><div class='keywordTag'><a href='/tag/x'>#美國</a></div></div>" +
      "<div class='paragraph moreArticle'><div class='moreArticle-title'><a href='/tag/hysearchws.aspx?q=%E6%9D%8E%E9%90%98%E7%87%AE'>李鐘燮</a></div><a class='discursive' href='https://www.cna.com.tw/news/aopl/202301110187.aspx'><span>韓美2月舉行擴張遏制軍演</span></a></div>" +
      "<div class='paragraph moreArticle'><div class='moreArticle-title'><a href='/list/aopl.aspx'>國際</a></div></div>" +
      "<div class='paragraph bottomBox'><div class='topNewsTitle'><a href='/list/headlines.aspx'>聚焦新聞</a></div><div class='item'><a href='https://www.cna.com.tw/news/aopl/1.aspx'><span>輪播</span></a></div></div>";
    const article = parse(`${dateline}${closing}${end}`);
    // The tag that titles a block of related articles (2022+ pages) is a keyword too; a section link is not.
    expect(article.keywords).toEqual(['南韓', '美國', '李鐘燮']);
    expect(article.related).toEqual([{ title: '韓美2月舉行擴張遏制軍演', url: 'https://www.cna.com.tw/news/aopl/202301110187.aspx' }]);
    expect(article.text).not.toMatch(/聚焦新聞|輪播|南韓|李鐘燮/);
  });

  it('lists a story once in related when two boxes link it under different sections', () => {
    const end =
      '<div class="paragraph moreArticle flexhalf"><div class="moreArticle-title trailing"><span>川普</span></div><a class="discursive" href="https://www.cna.com.tw/news/aopl/202407150272.aspx"><span>川普遇襲股匯震盪</span></a></div>' +
      '<div class="paragraph moreArticle"><div class="moreArticle-title trailing"><a href="https://www.cna.com.tw/topic/newstopic/4433.aspx">2024美國大選</a></div><ul class="timeline">' +
      '<li class="timelineItem"><div class="timelineTitle"><a href="https://www.cna.com.tw/news/afe/202407150272.aspx">川普遇襲股匯震盪</a></div></li>' +
      '<li class="timelineItem"><div class="timelineTitle"><a href="https://www.cna.com.tw/news/afe/202407150273.aspx">另一則</a></div></li></ul></div>';
    expect(parse(`${dateline}${closing}${end}`).related).toEqual([
      { title: '川普遇襲股匯震盪', url: 'https://www.cna.com.tw/news/aopl/202407150272.aspx' },
      { title: '另一則', url: 'https://www.cna.com.tw/news/afe/202407150273.aspx' },
    ]);
  });

  it("reads the topic page of a series box, else of a topic timeline's title, and no tag or author box", () => {
    const topicUrl = (n: number): string => `https://www.cna.com.tw/topic/newstopic/${n}.aspx`;
    const series = `<div class='myCustom'><div class='topicbox'><a href='${topicUrl(3354)}'><div class='topictitle'>台灣錢潮滾滾1</div></a></div></div>`;
    const author = "<div class='myCustom'><div class='topicbox'><div class='author'>中央社駐布魯塞爾特派員唐佩君／8月26日</div></div></div>";
    const timeline = `<div class="paragraph moreArticle"><div class="moreArticle-title trailing"><a href="${topicUrl(1647)}" target="_blank">以巴衝突</a></div><ul class="timeline"><li class="timelineItem"><div class="timelineTitle"><a href="https://www.cna.com.tw/news/aopl/202310160002.aspx">布林肯再返以色列</a></div></li></ul></div>`;
    const tagBox = '<div class="paragraph moreArticle flexhalf"><div class="moreArticle-title trailing"><a href="/tag/hysearchws.aspx?q=川普">川普</a></div><a href="https://www.cna.com.tw/news/aopl/202407150272.aspx"><span>川普遇襲</span></a></div>';
    const topicOf = (before: string, after: string) => parse(`${before}${dateline}${closing}${after}`).topic;
    expect(topicOf('', timeline)).toEqual({ title: '以巴衝突', url: topicUrl(1647) });
    expect(topicOf(series, timeline)).toEqual({ title: '台灣錢潮滾滾1', url: topicUrl(3354) });
    expect(topicOf(author, tagBox + timeline)).toEqual({ title: '以巴衝突', url: topicUrl(1647) });
    expect(topicOf(author, tagBox)).toBeNull();
    expect(topicOf('', '')).toBeNull();
    expect(parse(`${series}${dateline}${closing}`).dateline?.label).toBe('台灣錢潮滾滾1');
  });

  it('reads the title of a tag box written without a link (Sept–Oct 2023) as a keyword, and no other box title', () => {
    const box = (title: string, cls = 'paragraph moreArticle flexhalf'): string =>
      `<div class="${cls}"><div class="moreArticle-title trailing">${title}</div><a class="discursive" href="https://www.cna.com.tw/news/aipl/202310010049.aspx"><span>美台國防工業會議10/1登場</span></a></div>`;
    const end =
      box('<span>羅森柏格</span>') +
      box("<a href='/tag/hysearchws.aspx?q=%E5%90%B3'>吳佳穎</a>") +
      box('<span>延伸閱讀</span>', 'paragraph moreArticle') +
      box("<a href='https://www.cna.com.tw/topic/newstopic/3406.aspx'>台積電</a>", 'paragraph moreArticle');
    const article = parse(`${dateline}${closing}${end}`);
    expect(article.keywords).toEqual(['羅森柏格', '吳佳穎']);
    expect(article.related).toEqual([{ title: '美台國防工業會議10/1登場', url: 'https://www.cna.com.tw/news/aipl/202310010049.aspx' }]);
  });

  it('keeps the picture and video boxes that follow the 延伸閱讀 block, and nothing after an ad slot or text', () => {
    const more = "<div class='paragraph moreArticle'><div class='moreArticle-title'>延伸閱讀</div><a class='moreArticle-link' href='https://www.cna.com.tw/news/firstnews/202009090001.aspx'><span>相關新聞</span></a></div>";
    const photo = (name: string): string =>
      `<div class='media'><div class='floatImg center'><div class='wrap'><img class='lazyload' data-src='https://imgcdn.cna.com.tw/www/WebPhotos/1024/20200909/${name}.jpg'></div><div class='picinfo'>豬農說明。中央社記者張祈攝\u3000109年9月9日</div></div></div>`;
    const video = "<div class='media'><div class='youtubeBox'><div class='youtube'><iframe class='lazyload' data-src='//www.youtube.com/embed/_4ksQXTEbUc?rel=0'></iframe></div></div></div>";
    const ad = "<div class=\"paragraph bottomArticleBanner show\"><div class='pcBox adslot_infinite'></div></div>";
    const body = `<div class='paragraph'>${dateline}${closing}${more}${video}${photo('a')}</div>${ad}${photo('b')}`;
    // The second form sends the article part through parse5 (a comment), where the end matter stays in the tree.
    for (const html of [body, body.replace('</p>', '</p><!-- -->')]) {
      const article = parse(html);
      expect([article.paragraphs, article.images.map((image) => [image.src.slice(-5), image.credit]), article.embeds.map((embed) => embed.kind), article.related.length]).toEqual([
        ['第一段。', '最後一段。'],
        [['a.jpg', '中央社記者張祈攝 109年9月9日']],
        ['youtube'],
        1,
      ]);
    }
    expect(parse(`<div class='paragraph'>${dateline}${closing}${more}<p>網友留言。</p>${photo('c')}</div>`).images).toEqual([]);
  });

  it('keeps inline related stories as related and drops them from the text', () => {
    const insert = "<div class='media'><div class='insertGroup'><div><a class='insert' href='https://www.cna.com.tw/news/firstnews/202008065004.aspx'><span>武漢肺炎增1例</span></a></div></div></div>";
    const article = parse(`${dateline}${insert}${closing}`);
    expect(article.paragraphs).toEqual(['第一段。', '最後一段。']);
    expect(article.related).toEqual([{ title: '武漢肺炎增1例', url: 'https://www.cna.com.tw/news/firstnews/202008065004.aspx' }]);
  });

  it('reads a box of headline links (今晨最新) into related, and keeps fact boxes, series boxes and embeds in such a box', () => {
    const item = (id: string, title: string): string => `<li><a class="moreArticle-link" href="https://www.cna.com.tw/news/firstnews/${id}.aspx">${title}</a></li>`;
    const links = `<div class='myCustom'><span><div class="book-title"><div>今晨最新</div></div><div class="book"><div class="book-content"><ul class="book-list">${item('202101100212', '美國會最快12日提彈劾案')}${item('202101100213', '非洲武漢肺炎突破300萬大關')}</ul></div></div></span></div>`;
    const facts = '<div class=\'myCustom\'><div class="book-title"><div>小檔案</div></div><ul class="book-list"><li>出生：1950年</li><li><a href="https://www.cna.com.tw/news/firstnews/202101100214.aspx">相關報導</a></li></ul></div>';
    const series = "<div class='myCustom'><div class='topicbox'><a href='https://www.cna.com.tw/topic/newstopic/3354.aspx'><div class='topictitle'>台灣錢潮滾滾1</div></a></div></div>";
    const slides = "<div class='myCustom'><iframe src='//www.slideshare.net/slideshow/embed_code/key/sgzig09OKNiVRo'></iframe><strong><a href='//www.slideshare.net/cnanews/ss-238849424'></a></strong></div>";
    const links2024 = `<div class="media"><div class="book-title"><div>今晨最新</div></div><div class="book"><ul class="book-list">${item('202408160009', '賀錦麗接棒拚總統')}</ul></div></div>`;
    const article = parse(`${dateline}${links}${facts}${series}${slides}${links2024}${closing}`);
    expect(article.paragraphs).toEqual(['第一段。', '小檔案', '出生：1950年', '相關報導', '最後一段。']);
    expect(article.related.map((link) => link.title)).toEqual(['美國會最快12日提彈劾案', '非洲武漢肺炎突破300萬大關', '賀錦麗接棒拚總統']);
    expect(article.embeds.map((embed) => embed.url)).toEqual(['https://www.slideshare.net/slideshow/embed_code/key/sgzig09OKNiVRo']);
  });

  it('reads a box of headline links whose title has no class (late 2021) into related, and keeps a box with a sentence in it', () => {
    const item = (id: string, title: string): string => `<li><a href="https://www.cna.com.tw/news/firstnews/${id}.aspx">${title}</a></li>`;
    const box = (inner: string): string => `<div class='media myCustom'>${inner}</div>`;
    const list = `<div style="line-height: 1.8"><div><ul>${item('202110150002', '英國聚焦印太 海軍透露常態部署可望升級')}${item('202110140401', '領英在中國網站將關閉')}</ul></div></div>`;
    const links = box(`<div><div>今晨最新</div></div>${list}`);
    const wrapped = box(`<span style="font-weight: 400;"><div><div>今晨最新</div></div><div><ul>${item('202111150006', '彭帥控遭性侵下落不明')}</ul></div></span>`);
    const facts = box(`<div><div>這是一段不是標題的長句子，說明下面的連結。</div></div><div><ul>${item('202111150007', '相關報導')}</ul></div>`);
    const article = parse(`${dateline}${links}${wrapped}${facts}${closing}`);
    expect(article.paragraphs).toEqual(['第一段。', '這是一段不是標題的長句子，說明下面的連結。', '相關報導', '最後一段。']);
    expect(article.related.map((link) => link.title)).toEqual(['英國聚焦印太 海軍透露常態部署可望升級', '領英在中國網站將關閉', '彭帥控遭性侵下落不明']);
  });

  it("reads a card linking to a story's source into related, without its label or its thumbnail", () => {
    const card = (label: string, title: string): string =>
      `<div class="squareBox"><a href="https://www.nature.com/articles/d41586-020-02939-5"><div class="wrap"><picture><img src="https://images.weserv.nl/?url=imgcdn.cna.com.tw/www/webphotos/800/20200507/600x600_278445740001.jpg"></picture></div>` +
      `<div class="text"><div class="squareTitle">${label}</div><div>${title}</div></div></a></div>`;
    const article = parse(`${dateline}${card('刊登在「Nature」的研究：', 'Protect the Antarctic Peninsula')}${closing}`);
    expect([article.paragraphs, article.images, article.related]).toEqual([
      ['第一段。', '最後一段。'],
      [],
      [{ title: 'Protect the Antarctic Peninsula', url: 'https://www.nature.com/articles/d41586-020-02939-5' }],
    ]);
    expect(parse(`${dateline}${card('刊登在Nature的研究：', '')}${closing}`).related.map((link) => link.title)).toEqual(['刊登在Nature的研究']);
  });

  it('drops ad slots, scripts and the feed footer', () => {
    const tail =
      '<div class="paragraph bottomArticleBanner show"><div class="pcBox adslot_infinite"></div></div><script>var x = "腳本";</script><br><hr><div>获取更多RSS：<br><a href="https://feedx.net">https://feedx.net</a></div>';
    expect(parse(`${dateline}${closing}${tail}`).paragraphs).toEqual(['第一段。', '最後一段。']);
  });

  it('drops a rule line inside the article without ending the article there', () => {
    expect(parse(`${dateline}<hr><p>第二段。</p>${closing}`).paragraphs).toEqual(['第一段。', '第二段。', '最後一段。']);
  });

  it("drops a photo album's 瀏覽更多照片 button and keeps its picture", () => {
    const album =
      "<div class='media'><div class='album'><div class='mainPic albumOpen' data-fid='202105220252' data-pno='3'><span class='mbPicNum'><i class='icon-photo-slideshow'></i>瀏覽更多照片</span>" +
      "<div class='BGimgWrap'><picture><img class='lazyload' data-src='https://imgcdn.cna.com.tw/www/WebPhotos/1024/20210523/1152x768_622418721433.jpg'></picture></div></div></div></div>";
    const article = parse(`${dateline}${album}<p>第二段。</p>${closing}`);
    expect(article.paragraphs).toEqual(['第一段。', '第二段。', '最後一段。']);
    expect(article.images.map((image) => image.src)).toEqual(['https://imgcdn.cna.com.tw/www/WebPhotos/1024/20210523/1152x768_622418721433.jpg']);
  });

  it('takes a custom rule without copying the defaults', () => {
    const byline: BoilerplateRule = { name: 'promo', test: (element) => element.properties['id'] === 'promo' };
    const custom = createStripBoilerplate([...defaultBoilerplateRules, byline]);
    expect(custom.stageName).toBe('strip-boilerplate');
    const html = `${dateline}<p id="promo">廣告文字</p>${closing}`;
    expect(parse(html).paragraphs).toContain('廣告文字');
    const stages = defaultStages.map((stage) => (stage.stageName === 'strip-boilerplate' ? custom : stage));
    expect(createPipeline(...stages).parse(makePost({ html })).paragraphs).toEqual(['第一段。', '最後一段。']);
  });
});

describe('extractMedia', () => {
  it('unwraps the weserv proxy and splits the caption credit', () => {
    const pic =
      '<div class="fullPic"><div class="floatImg center"><div class="wrap"><img src="https://images.weserv.nl/?url=imgcdn.cna.com.tw/www/WebPhotos/1024/20200803/1365x768_613255254874.jpg" alt="圖說"></div><div class="picinfo">民眾戴口罩逛街。中央社記者林宏翰洛杉磯攝 109年7月31日</div></div></div>';
    const article = parse(`${pic}${dateline}${closing}`);
    expect(article.images).toEqual([
      {
        src: 'https://imgcdn.cna.com.tw/www/WebPhotos/1024/20200803/1365x768_613255254874.jpg',
        alt: '圖說',
        caption: '民眾戴口罩逛街。',
        credit: '中央社記者林宏翰洛杉磯攝 109年7月31日',
      },
    ]);
    expect(article.text).not.toContain('民眾戴口罩逛街');
  });

  it('reads the class-less image box of the 2022–23 pages: the picture, then a div with its caption', () => {
    const box = (caption: string): string =>
      '<div><div><div style="--aspect-ratio:2000/1500;"><picture><source media="(max-width: 414px)" srcset="https://imgcdn.cna.com.tw/www/WebPhotos/800/20230315/a.jpg">' +
      `<img src="https://imgcdn.cna.com.tw/www/WebPhotos/800/20230315/a.jpg" alt="竹筴魚。"></picture></div><div>${caption}</div></div></div>`;
    const article = parse(`${box('圖為高雄魚販販售的竹筴魚。（中央社檔案照片）')}<div></div><div>${dateline}${closing}</div>`);
    expect(article.images).toEqual([{ src: 'https://imgcdn.cna.com.tw/www/WebPhotos/800/20230315/a.jpg', alt: '竹筴魚。', caption: '圖為高雄魚販販售的竹筴魚。', credit: '（中央社檔案照片）' }]);
    expect(article.paragraphs).toEqual(['第一段。', '最後一段。']);
    // Not a caption: a div of paragraphs after an image, or a box whose image part holds text.
    const text = parse(`<div><div><img src="https://imgcdn.cna.com.tw/a.jpg"></div><div><p>（中央社台北15日電）第一段。</p></div></div>${closing}`);
    expect([text.images[0]?.caption, text.paragraphs]).toEqual([null, ['第一段。', '最後一段。']]);
    const mixed = parse(`${dateline}<div><div><img src="https://imgcdn.cna.com.tw/a.jpg">圖前文字。</div><div>圖後文字。</div></div>${closing}`);
    expect([mixed.images[0]?.caption, mixed.paragraphs]).toEqual([null, ['第一段。', '圖前文字。', '圖後文字。', '最後一段。']]);
  });

  it('prefers data-src over a placeholder src and reads figcaption with a file-photo credit', () => {
    const figure =
      '<figure class="floatImg center"><picture><img src="data:image/gif;base64,R0lGOD" data-src="https://imgcdn.cna.com.tw/www/WebPhotos/1024/20230915/a.jpg" alt=""></picture><figcaption class="picinfo">南韓外交部。（中央社檔案照片）</figcaption></figure>';
    const [image] = parse(`${figure}${dateline}${closing}`).images;
    expect(image).toEqual({ src: 'https://imgcdn.cna.com.tw/www/WebPhotos/1024/20230915/a.jpg', alt: '', caption: '南韓外交部。', credit: '（中央社檔案照片）' });
    // No src at all: the first candidate of srcset.
    const srcset = '<figure class="floatImg center"><picture><img srcset="https://imgcdn.cna.com.tw/www/WebPhotos/800/b.jpg 414w, https://imgcdn.cna.com.tw/www/WebPhotos/1024/b.jpg 1024w" alt=""></picture></figure>';
    expect(parse(`${srcset}${dateline}${closing}`).images.map((i) => i.src)).toEqual(['https://imgcdn.cna.com.tw/www/WebPhotos/800/b.jpg']);
  });

  it('records embeds by kind and keeps their fallback text out of the paragraphs', () => {
    const embeds =
      "<div class='media'><div class='youtubeBox'><div class='youtube'><iframe data-src='//www.youtube.com/embed/vsmDNA1C9bQ?rel=0'></iframe></div></div></div>" +
      "<div class='media'><div class='twitterMedia'><blockquote class='twitter-tweet'><p>推文內容</p><a href='https://twitter.com/MailOnline/status/1291023893755580418'></a></blockquote></div></div>" +
      "<video data-vod-id='4335829' class='myVOD'><source src='https://vod.cna.com.tw/VOD-DATA/anchor/202008/a.mp4' type='video/mp4'></video>" +
      '<div class="infogram-embed" data-id="da917be0"></div>';
    const article = parse(`${dateline}${embeds}${closing}`);
    expect(article.embeds).toEqual([
      { kind: 'youtube', url: 'https://www.youtube.com/embed/vsmDNA1C9bQ?rel=0', caption: null, credit: null },
      { kind: 'twitter', url: 'https://twitter.com/MailOnline/status/1291023893755580418', caption: null, credit: null },
      { kind: 'video', url: 'https://vod.cna.com.tw/VOD-DATA/anchor/202008/a.mp4', caption: null, credit: null },
      { kind: 'infogram', url: 'https://e.infogram.com/da917be0', caption: null, credit: null },
    ]);
    expect(article.text).not.toContain('推文內容');
  });

  it('records an Instagram post whose blockquote lost its class (late 2021) and keeps its placeholder out of the text', () => {
    const permalink = 'https://www.instagram.com/p/CVFyzS1B_RP/?utm_source=ig_embed&amp;utm_campaign=loading';
    const instagram =
      `<div class='media'><div class='instagramMedia'><blockquote data-instgrm-captioned data-instgrm-permalink="${permalink}" data-instgrm-version="14"><div style="padding:16px;">` +
      `<a href="${permalink}"><div>View this post on Instagram</div></a><p><a href="${permalink}">🇦🇺（@lekimberleyy）分享的貼文</a></p></div></blockquote>` +
      '<script async src="//www.instagram.com/embed.js"></script></div></div>';
    const article = parse(`${dateline}${closing}${instagram}`);
    expect([article.embeds, article.paragraphs]).toEqual([
      [{ kind: 'instagram', url: 'https://www.instagram.com/p/CVFyzS1B_RP/?utm_source=ig_embed&utm_campaign=loading', caption: null, credit: null }],
      ['第一段。', '最後一段。'],
    ]);
    // A quotation is no embed.
    expect(parse(`${dateline}<blockquote>引言。</blockquote>${closing}`).paragraphs).toEqual(['第一段。', '引言。', '最後一段。']);
  });

  it("reads an Infogram chart's title into its embed and drops its attribution line from the text", () => {
    const chart = (title: string): string =>
      `<div class='media'><div class="infogram-embed" data-id="da917be0" data-type="interactive"${title}></div>` +
      '<script>!function(e,i,n,s){}(document,0,"infogram-async");</script>' +
      '<div style="padding:8px 0;text-align:center"><a href="https://infogram.com/da917be0" target="_blank">武漢肺炎蔓延圖解疫情一次看3.0</a><br><a href="https://infogram.com" rel="nofollow">Infogram</a></div></div>';
    const article = parse(`${dateline}${chart('')}${chart(' data-title="疫情地圖"')}<div><a href="https://infogram.com/x">不是圖表說明</a>，而是一段文字。</div>${closing}`);
    expect(article.embeds.map(({ kind, caption, credit }) => ({ kind, caption, credit }))).toEqual([
      { kind: 'infogram', caption: '武漢肺炎蔓延圖解疫情一次看3.0', credit: null },
      { kind: 'infogram', caption: '疫情地圖', credit: null },
    ]);
    expect(article.paragraphs).toEqual(['第一段。', '不是圖表說明，而是一段文字。', '最後一段。']);
  });

  it('reads an Infogram chart whose page dropped the infogram-embed class (late 2021), and no other div with data attributes', () => {
    const chart =
      "<div class='noWidthMedia'><div data-id=\"0513a308-7f58-4bfa-94b6-66f6ebf55803\" data-type=\"interactive\" data-title=\"病例校正回歸 新增確診數\"></div>" +
      '<div style="padding:8px 0"><a href="https://infogram.com/0513a308-7f58-4bfa-94b6-66f6ebf55803">病例校正回歸 新增確診數</a><br><a href="https://infogram.com">Infogram</a></div></div>';
    const article = parse(`${dateline}${chart}<div data-id="x1" data-type="note"><p>第二段。</p></div>${closing}`);
    expect(article.embeds).toEqual([{ kind: 'infogram', url: 'https://e.infogram.com/0513a308-7f58-4bfa-94b6-66f6ebf55803', caption: '病例校正回歸 新增確診數', credit: null }]);
    expect(article.paragraphs).toEqual(['第一段。', '第二段。', '最後一段。']);
  });

  it('reads a ▲ line right under an embed as its caption, and leaves other ▲ lines in the text', () => {
    const getty = "<div class='media'><div class='noWidthMedia'><a class='gie-single' href='http://www.gettyimages.com/detail/1227878847'>Embed from Getty Images</a></div></div>";
    const youtube = (caption: string): string =>
      `<div class='media'><div class='youtubeBox'><iframe data-src='//www.youtube.com/embed/eNnz15dF5_w'></iframe><div class='picinfo'>${caption}</div></div></div>`;
    const chart = "<div class='media'><div class=\"infogram-embed\" data-id=\"ef3d5981\" data-title=\"2020美國大選開票地圖\"></div></div>";
    const html = [
      dateline,
      `${getty}<p>▲前雙面間諜2018年在英國遭到攻擊。（路透社）</p>`,
      `${youtube('影片來源：Skyhank')}<br><p>▲網友拍攝的影片可見廠區冒出濃煙。</p>`,
      `${chart}<p>▲美國大選即時開票地圖，若無法顯示請點這裡</p>`,
      `${getty}<p>⯅美國駐北京大使布蘭斯塔德與習近平會面。</p>`,
      `${youtube('工廠外觀。')}<p>▲這一行留在本文。</p>`,
      '<p>第二段。</p><p>▲注意事項也留在本文。</p>',
      closing,
    ].join('');
    const article = parse(html);
    expect(article.embeds.map(({ kind, caption, credit }) => ({ kind, caption, credit }))).toEqual([
      { kind: 'getty', caption: '前雙面間諜2018年在英國遭到攻擊。', credit: '（路透社）' },
      { kind: 'youtube', caption: '網友拍攝的影片可見廠區冒出濃煙。', credit: '影片來源：Skyhank' },
      { kind: 'infogram', caption: '美國大選即時開票地圖，若無法顯示請點這裡', credit: null },
      { kind: 'getty', caption: '美國駐北京大使布蘭斯塔德與習近平會面。', credit: null },
      { kind: 'youtube', caption: '工廠外觀。', credit: null },
    ]);
    expect(article.paragraphs).toEqual(['第一段。', '▲這一行留在本文。', '第二段。', '▲注意事項也留在本文。', '最後一段。']);
  });

  it('reads a ▼ line right above an embed as its caption, and leaves other ▼ lines in the text', () => {
    const youtube = (id: string, caption = ''): string =>
      `<div class='media'><div class='youtubeBox'><div class='youtube'><iframe data-src='//www.youtube.com/embed/${id}'></iframe></div>${caption && `<div class='picinfo'>${caption}</div>`}</div></div>`;
    const getty = "<div class='media'><div class='noWidthMedia'><a class='gie-single' href='http://www.gettyimages.fi/detail/108565248'>Embed from Getty Images</a></div></div>";
    const html = [
      dateline,
      `<p>▼海地總統摩依士發言，8分51秒起提台灣。</p><!-- a comment parts nothing -->${youtube('AHybUwPzHoU')}`,
      `<p><span style="font-weight: 400;">▼圖為桑彼德多與他的父親。（路透社）</span></p><br>${getty}`,
      `<p>▼這一行留在本文，影片有自己的說明。</p>${youtube('eNnz15dF5_w', '影片說明。影片來源：Skyhank')}`,
      '<p>▼下一段不是嵌入內容，這一行留在本文。</p><p>第二段。</p>',
      closing,
    ].join('');
    const article = parse(html);
    expect(article.embeds.map(({ kind, caption, credit }) => ({ kind, caption, credit }))).toEqual([
      { kind: 'youtube', caption: '海地總統摩依士發言，8分51秒起提台灣。', credit: null },
      { kind: 'getty', caption: '圖為桑彼德多與他的父親。', credit: '（路透社）' },
      { kind: 'youtube', caption: '影片說明。', credit: '影片來源：Skyhank' },
    ]);
    expect(article.paragraphs).toEqual(['第一段。', '▼這一行留在本文，影片有自己的說明。', '▼下一段不是嵌入內容，這一行留在本文。', '第二段。', '最後一段。']);
  });

  it('reads a ▲ line written as bare text inside the embed\'s own box as its caption', () => {
    const getty = (id: string, after: string): string =>
      `<div class='media'><div class='noWidthMedia'><a class='gie-single' href='http://www.gettyimages.hk/detail/${id}'>Embed from Getty Images</a>` +
      `<script>window.gie=window.gie||function(c){};</script><br>${after}</div></div>`;
    const html = [
      dateline,
      getty('460940834', '▲圖為2015年1月1日跨年煙火照亮羅馬競技場的夜空。'),
      '<p>中間一段。</p>',
      getty('1', '▲圖為民眾慶祝新年。<br>'),
      getty('2', '▲這一行接著<a href="https://www.cna.com.tw/news/aopl/202012290001.aspx">連結</a>，留在本文。'),
      closing,
    ].join('');
    const article = parse(html);
    expect(article.embeds.map(({ kind, url, caption }) => ({ kind, url, caption }))).toEqual([
      { kind: 'getty', url: 'http://www.gettyimages.hk/detail/460940834', caption: '圖為2015年1月1日跨年煙火照亮羅馬競技場的夜空。' },
      { kind: 'getty', url: 'http://www.gettyimages.hk/detail/1', caption: '圖為民眾慶祝新年。' },
      { kind: 'getty', url: 'http://www.gettyimages.hk/detail/2', caption: null },
    ]);
    expect(article.paragraphs).toEqual(['第一段。', '中間一段。', '▲這一行接著連結，留在本文。', '最後一段。']);
  });

  it("reads a ▼ line written as bare text inside the embed's own box, before it, as its caption", () => {
    const chart = (before: string, id: string): string =>
      `<div class='media'><div class='noWidthMedia'><br>${before}<br/><iframe class='lazyload' data-src="https://ourworldindata.org/explorers/coronavirus-data-explorer?country=~${id}" loading="lazy"></iframe></div></div>`;
    const html = [
      dateline,
      chart('▼加拿大每百萬人新增確診數與死亡人數', 'CAN'),
      chart('▼加拿大第1劑與第2劑疫苗覆蓋率', 'USA'),
      "<div class='media'><div class='noWidthMedia'><br>▼這一行下面沒有嵌入內容，留在本文。<br/><b>粗體</b></div></div>",
      closing,
    ].join('');
    const article = parse(html);
    expect(article.embeds.map(({ url, caption }) => ({ url: url.slice(-3), caption }))).toEqual([
      { url: 'CAN', caption: '加拿大每百萬人新增確診數與死亡人數' },
      { url: 'USA', caption: '加拿大第1劑與第2劑疫苗覆蓋率' },
    ]);
    expect(article.paragraphs).toEqual(['第一段。', '▼這一行下面沒有嵌入內容，留在本文。', '粗體', '最後一段。']);
  });

  it("reads an iframe's own title as its caption when CNA wrote it (not a player's English name) and the video has no caption", () => {
    const video = (title: string, after = ''): string =>
      `<div class="media"><div class="youtubeBox"><div class="youtube"><iframe title="${title}" data-src="//www.youtube.com/embed/rB82nkxL4hQ"></iframe></div>${after}</div></div>`;
    const html = [
      dateline,
      video('以色列轟黎巴嫩真主黨 跨境衝突惡化'),
      video('youtube iframe'),
      video('MailOnline Embed Player'),
      video('標題', "<div class='picinfo'>影片說明。影片來源：Skyhank</div>"),
      `${video('標題二')}<p>▲網友拍攝的影片可見廠區冒出濃煙。</p>`,
      closing,
    ].join('');
    const article = parse(html);
    expect(article.embeds.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
      { caption: '以色列轟黎巴嫩真主黨 跨境衝突惡化', credit: null },
      { caption: null, credit: null },
      { caption: null, credit: null },
      { caption: '影片說明。', credit: '影片來源：Skyhank' },
      { caption: '網友拍攝的影片可見廠區冒出濃煙。', credit: null },
    ]);
    expect(article.paragraphs).toEqual(['第一段。', '最後一段。']);
  });

  it("reads a book excerpt's card as its cover's caption, not as text", () => {
    const card =
      '<div class="media"><div class="bookInfo"><div class="bookInfoImg"><img src="https://imgcdn.cna.com.tw/www/webphotos/BookItem/2023/1915x2185_404333873902.jpg" alt="馬斯克傳"></div>' +
      '<div class="bookInfoTitle">馬斯克傳</div><ul class="bookInfoText"><li>作者｜艾薩克森（Walter Isaacson）</li><li>出版社｜天下雜誌 </li><li>出版日期｜2023/09/15</li></ul></div></div>';
    const article = parse(`${dateline}${closing}${card}`);
    expect(article.images).toEqual([
      {
        src: 'https://imgcdn.cna.com.tw/www/webphotos/BookItem/2023/1915x2185_404333873902.jpg',
        alt: '馬斯克傳',
        caption: '馬斯克傳 作者｜艾薩克森（Walter Isaacson） 出版社｜天下雜誌 出版日期｜2023/09/15',
        credit: null,
      },
    ]);
    expect(article.paragraphs).toEqual(['第一段。', '最後一段。']);
  });

  it('reads a book card written as a paragraph right after its cover (2020–21) as the cover’s caption, and nowhere else', () => {
    const cover = (picinfo: string): string =>
      `<div class='media'><div class='floatImg left'><div class='wrap'><img class='lazyload' data-src='https://imgcdn.cna.com.tw/www/WebPhotos/1024/20210405/600x600_458841377640.jpg' alt=''></div>${picinfo}</div></div>`;
    const card = '<p>書名：64<br>作者： 橫山秀夫<br>譯者： 葉廷昭<br>出版社：圓神出版<br>日期：2021/04/01</p>';
    const lines = ['書名：64', '作者： 橫山秀夫', '譯者： 葉廷昭', '出版社：圓神出版', '日期：2021/04/01'];
    const read = parse(`${dateline}${closing}${cover("<div class='picinfo'>（圓神提供）</div>")}${card}`);
    expect([read.images.map(({ caption, credit }) => ({ caption, credit })), read.paragraphs]).toEqual([
      [{ caption: lines.join(' '), credit: '（圓神提供）' }],
      ['第一段。', '最後一段。'],
    ]);
    // After a photo with a caption of its own, or with no picture before it, the card stays text.
    const captioned = parse(`${dateline}${closing}${cover("<div class='picinfo'>作家張大春。中央社記者鄭清元攝 110年1月14日</div>")}${card}`);
    expect([captioned.images[0]?.caption, captioned.paragraphs]).toEqual(['作家張大春。', ['第一段。', '最後一段。', ...lines]]);
    expect(parse(`${dateline}${closing}${card}`).paragraphs).toEqual(['第一段。', '最後一段。', ...lines]);
  });

  it("reads a chart's unmarked title above it in its own box as its caption, whole, and nothing else", () => {
    const frame = (id: string): string => `<iframe class='lazyload' data-src="https://ourworldindata.org/explorers/coronavirus-data-explorer?country=${id}"></iframe>`;
    const title = (text: string): string => `<div style="background-color:#dedede;"><strong>${text}</strong></div>`;
    const html = [
      dateline,
      `<div class='noWidthMedia'>${title('全球疫情統計（每日新增確診數）')}${frame('A')}${title('全球疫情統計（每百萬人確診數）')}${frame('B')}</div>`,
      `<div class='noWidthMedia'>${title('這是一句完整的說明文字，後面沒有圖表。')}</div>`,
      `<div>${title('不在圖表自己框裡的標題')}${frame('C')}</div>`,
      closing,
    ].join('');
    const article = parse(html);
    expect(article.embeds.map(({ url, caption, credit }) => ({ url: url.slice(-1), caption, credit }))).toEqual([
      { url: 'A', caption: '全球疫情統計（每日新增確診數）', credit: null },
      { url: 'B', caption: '全球疫情統計（每百萬人確診數）', credit: null },
      { url: 'C', caption: null, credit: null },
    ]);
    expect(article.paragraphs).toEqual(['第一段。', '這是一句完整的說明文字，後面沒有圖表。', '不在圖表自己框裡的標題', '最後一段。']);
  });

  it("reads a video's caption and source into its embed, not into the text", () => {
    const video = (caption: string): string =>
      `<div class='media'><div class='youtubeBox'><div class='youtube'><iframe data-src='//www.youtube.com/embed/CmS5rlX9cDA?rel=0'></iframe></div><div class='picinfo'>${caption}</div></div></div>`;
    const article = parse(`${dateline}${video('影片來源：Samsung')}${video('吐瓦魯總理約於11分12秒起提及台灣。影片來源：United Nations')}${video('賈諾發言約於影片1小時11分30秒處；影片來源：World Health Organization (WHO)')}${closing}`);
    expect(article.embeds.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
      { caption: null, credit: '影片來源：Samsung' },
      { caption: '吐瓦魯總理約於11分12秒起提及台灣。', credit: '影片來源：United Nations' },
      { caption: '賈諾發言約於影片1小時11分30秒處', credit: '影片來源：World Health Organization (WHO)' },
    ]);
    expect(article.paragraphs).toEqual(['第一段。', '最後一段。']);
  });
});

describe('extractText', () => {
  it('keeps subheads, list items and pull quotes as paragraphs in reading order', () => {
    const html = `${dateline}<h2>●小標</h2><ul><li>第一項</li><li>第二項</li></ul><blockquote><p>引言</p></blockquote>${closing}`;
    expect(parse(html).paragraphs).toEqual(['第一段。', '●小標', '第一項', '第二項', '引言', '最後一段。']);
  });

  it('does not splice glossary pop-up text into the sentence', () => {
    const glossary =
      "<div class='dictionary'><span>可能會碰上</span><span class='news-dic-inline'><span>反托拉斯</span><span class='dic-icon'></span></span><div class='dictionary-box'><p class='dictionary-title'>反托拉斯法小百科</p><div class='news-dic-text'>簡介</div></div><span>審查的麻煩。</span></div>";
    expect(parse(`${dateline}${glossary}${closing}`).paragraphs).toEqual(['第一段。', '可能會碰上反托拉斯審查的麻煩。', '最後一段。']);
  });

  it('splits a paragraph at <br> and collapses blanks', () => {
    expect(parse(`${dateline}<p>甲&nbsp; 乙<br>丙</p>${closing}`).paragraphs).toEqual(['第一段。', '甲 乙', '丙', '最後一段。']);
  });

  it('normalises the text to NFC, as the title is (CJK compatibility ideographs, combining marks)', () => {
    const article = parse(`${dateline}<p>台灣地區與大\uf9d3地區人民關係條例；Cafe\u0301。</p><div class='floatImg'><img src='https://imgcdn.cna.com.tw/a.jpg' alt='大\uf9d3'><div class='picinfo'>大\uf9d3委員會。</div></div>${closing}`);
    expect(article.paragraphs[1]).toBe('台灣地區與大陸地區人民關係條例；Caf\u00e9。');
    expect([article.images[0]?.alt, article.images[0]?.caption]).toEqual(['大陸', '大陸委員會。']);
  });

  it('keeps the zero-width joiner of emoji sequences, and treats zero-width spaces as blanks', () => {
    const emoji = '防疫資訊\u{1f469}\u200d\u2695\ufe0f\u{1f468}\u200d\u2695\ufe0f';
    expect(parse(`${dateline}<p>${emoji}</p><p>甲\u200b \u200b乙</p>${closing}`).paragraphs).toEqual(['第一段。', emoji, '甲 乙', '最後一段。']);
  });

  it('rejects a post whose body has no text as body:empty', () => {
    const result = safeParseCnaPost(makePost({ html: '<div class="paragraph"></div>' }), { file: 'empty.md' });
    expect(result.ok ? null : [result.error.code, result.error.stage, result.error.file, result.error.field]).toEqual(['body:empty', 'validate-article', 'empty.md', 'paragraphs']);
  });
});

describe('stripBoilerplate: inline 延伸閱讀 paragraphs', () => {
  it('turns a 延伸閱讀》 link paragraph into a related link', () => {
    const html =
      '<p>（中央社台北5日電）第一段。</p><p><a href="https://www.cna.com.tw/news/firstnews/202010050325.aspx">延伸閱讀》諾貝爾獎落C肝研究者</a></p><p>結尾。（編輯：陳惠珍）1120915</p>';
    const article = parseCnaPost(makePost({ html }));
    expect(article.paragraphs).toEqual(['第一段。', '結尾。']);
    expect(article.related).toEqual([{ title: '諾貝爾獎落C肝研究者', url: 'https://www.cna.com.tw/news/firstnews/202010050325.aspx' }]);
  });
});

describe('digest boilerplate', () => {
  it('drops the newsletter promotion and the （看完整報導） links of 早安世界', () => {
    const html =
      '<h2>金山區公所小編疑過勞猝死</h2><p>監委申請自動調查。（<a href="https://www.cna.com.tw/news/firstnews/202008180026.aspx">看完整報導</a>）</p>' +
      '<div class="media"><div class="myCustom"><span><p>上午8點同步發送電子報！快來<a href="https://cna.us19.list-manage.com/subscribe?u=1">訂閱「早安世界」</a>給你最精華的新聞摘要。<br>歡迎訂閱中央社國際新聞電子報。</p></span></div></div>';
    const article = parseCnaPost(makePost({ title: '早安世界》基本工資調漲', html }));
    expect(article.paragraphs).toEqual(['金山區公所小編疑過勞猝死', '監委申請自動調查。']);
  });

  it("drops the newsletter promotion's lead-in when it is a paragraph of its own (2024 digests), and the holiday notice of 2021", () => {
    const html =
      '<h2>開箱老照片》武打影星</h2><p>成為影迷心中的經典。</p>' +
      '<p>以下平台上午8時同時發布早安世界，給你最精華的新聞摘要！</p>' +
      '<p><a href="https://cna.us19.list-manage.com/subscribe?u=1c186687e418733737656ad4c&amp;id=3a8cd69d5d">電子報</a>、<a href="https://www.facebook.com/cnanewstaiwan/">Facebook</a></p>' +
      '<p>記者問他是否同時發布早安世界的消息，他說這件事很長很長，需要一段很長的時間慢慢地說明，現在還不能確定會不會在明天早上同時發布。</p>' +
      "<div class='media'><div class='myCustom'><p style=\"background-color: #F6F6F6;\">中央社「早安世界」給你最精華的新聞摘要，春節期間發送不間斷，小年夜（10日）至大年初五（16日）改為每日上午9時發送，敬請鎖定！</p></div></div>";
    const article = parseCnaPost(makePost({ title: '早安世界》網紅晚安小雞阿鬧涉造假被捕', html }));
    expect(article.paragraphs).toEqual(['開箱老照片》武打影星', '成為影迷心中的經典。', '記者問他是否同時發布早安世界的消息，他說這件事很長很長，需要一段很長的時間慢慢地說明，現在還不能確定會不會在明天早上同時發布。']);
  });

  it("reads each item's read-more link into related, titled by the item's heading", () => {
    const item = (heading: string, text: string, id: string): string =>
      `${heading && `<h2>${heading}</h2>`}<p>${text}（<a href="https://www.cna.com.tw/news/firstnews/${id}.aspx">看完整報導</a>）</p>`;
    const html = `<div class="paragraph">${item('基本工資調漲至2萬4000元', '基本工資審議委員會18日決議調漲。', '202008180255')}${item('', '康友驚爆掏空疑雲。股票暫停交易。', '202008180190')}<p>內文提到<a href="https://www.cna.com.tw/news/firstnews/202008180131.aspx">彰化縣</a>的連結不算。</p></div>`;
    const article = parseCnaPost(makePost({ title: '早安世界》基本工資調漲', html }));
    expect(article.related).toEqual([
      { title: '基本工資調漲至2萬4000元', url: 'https://www.cna.com.tw/news/firstnews/202008180255.aspx' },
      { title: '康友驚爆掏空疑雲。', url: 'https://www.cna.com.tw/news/firstnews/202008180190.aspx' },
    ]);
    expect(article.paragraphs).toEqual(['基本工資調漲至2萬4000元', '基本工資審議委員會18日決議調漲。', '康友驚爆掏空疑雲。股票暫停交易。', '內文提到彰化縣的連結不算。']);
  });

  it('reads a read-more link whose closing bracket slipped inside it', () => {
    const html = '<div class="paragraph"><h2>塔利班與阿富汗政界領袖談判</h2><p>塔利班將成立政府。（<a href="https://www.cna.com.tw/news/firstnews/202108170328.aspx">看完整報導）</a></p></div>';
    const article = parseCnaPost(makePost({ title: '早安世界》高端疫苗中午截止預約', html }));
    expect([article.related, article.paragraphs]).toEqual([
      [{ title: '塔利班與阿富汗政界領袖談判', url: 'https://www.cna.com.tw/news/firstnews/202108170328.aspx' }],
      ['塔利班與阿富汗政界領袖談判', '塔利班將成立政府。'],
    ]);
  });

  it('reads the 2024 wording （更多完整報導） as a read-more link, not as a link of the text', () => {
    const html = '<div class="paragraph"><h2>離任前發表影片 孫曉雅：台灣經驗讓我成為更好的人</h2><p>「在台灣的經驗讓我改變成為更好的人。」（<a href="https://www.cna.com.tw/news/aipl/202407060053.aspx">更多完整報導</a>）</p></div>';
    const article = parseCnaPost(makePost({ title: '早安世界》鄭文燦疑涉犯貪污罪500萬交保', html }));
    expect([article.related, article.paragraphs, article.links]).toEqual([
      [{ title: '離任前發表影片 孫曉雅：台灣經驗讓我成為更好的人', url: 'https://www.cna.com.tw/news/aipl/202407060053.aspx' }],
      ['離任前發表影片 孫曉雅：台灣經驗讓我成為更好的人', '「在台灣的經驗讓我改變成為更好的人。」'],
      [],
    ]);
  });

  it("reads the ★ headline links of the weekly digest 一週大事 into related, and keeps the headlines as text", () => {
    const url = (id: string): string => `https://www.cna.com.tw/news/firstnews/${id}.aspx`;
    const html =
      '<div class="paragraph"><p><strong>國際新聞：</strong></p>' +
      `<p>★<a href="${url('202009120004')}">中東和平大進展 巴林以色列簽協議</a></p><p>美國總統川普11日宣布以色列與巴林達成「<a href="${url('202009120060')}">和平協議</a>」。</p>` +
      `<p>★<a href="${url('202009090303')}">奧斯卡新制加強多元化</a><br>奧斯卡金像獎主辦單位公布新制。</p>` +
      `<p><strong>★</strong><a href="${url('202010300182')}">第3季經濟成長率破3%</a></p>` +
      `<p>★ 評分：<a href="${url('202010300183')}">不是標題的連結</a></p><p>★★★</p></div>`;
    const article = parseCnaPost(makePost({ title: '0906-0912一週大事', html }));
    expect(article.related).toEqual([
      { title: '中東和平大進展 巴林以色列簽協議', url: url('202009120004') },
      { title: '奧斯卡新制加強多元化', url: url('202009090303') },
      { title: '第3季經濟成長率破3%', url: url('202010300182') },
    ]);
    expect(article.paragraphs).toEqual([
      '國際新聞：',
      '★中東和平大進展 巴林以色列簽協議',
      '美國總統川普11日宣布以色列與巴林達成「和平協議」。',
      '★奧斯卡新制加強多元化',
      '奧斯卡金像獎主辦單位公布新制。',
      '★第3季經濟成長率破3%',
      '★ 評分：不是標題的連結',
      '★★★',
    ]);
  });

  it('reads a ★ headline whose mark is inside the link (2021), titled without the mark', () => {
    const url = (id: string): string => `https://www.cna.com.tw/news/aopl/${id}.aspx`;
    const html =
      `<div class="paragraph"><h2>國際新聞：</h2><p><a href="${url('202105210006')}">★以巴停火不到一天 耶路撒冷清真寺再爆警民衝突</a></p>` +
      `<p>以巴衝突超過10天。</p><p><a href="${url('202105210007')}">不是標題的連結</a>★</p></div>`;
    const article = parseCnaPost(makePost({ title: '0516-0522一週大事', html }));
    expect(article.related).toEqual([{ title: '以巴停火不到一天 耶路撒冷清真寺再爆警民衝突', url: url('202105210006') }]);
    expect(article.paragraphs).toEqual(['國際新聞：', '★以巴停火不到一天 耶路撒冷清真寺再爆警民衝突', '以巴衝突超過10天。', '不是標題的連結★']);
    expect(article.warnings.map((w) => w.code)).toEqual(['dateline:digest', 'credits:missing', 'editor-code:missing']);
  });

  it('reads a ★ headline whose mark and link share one inline wrapper (2021)', () => {
    const url = (id: string): string => `https://www.cna.com.tw/news/firstnews/${id}.aspx`;
    const html =
      `<div class="paragraph"><p><strong>★<a href="${url('202111195005')}">彭帥指控權貴性侵後行蹤不明</a></strong></p>` +
      `<p><span style="font-weight: 400;"><strong>★</strong><a href="${url('202106105006')}">高端疫苗解盲</a></span></p>` +
      `<p><strong>★ 評分：<a href="${url('202106105007')}">不是標題的連結</a></strong></p></div>`;
    const article = parseCnaPost(makePost({ title: '1114-1120一週大事', html }));
    expect(article.related).toEqual([
      { title: '彭帥指控權貴性侵後行蹤不明', url: url('202111195005') },
      { title: '高端疫苗解盲', url: url('202106105006') },
    ]);
    expect(article.paragraphs).toEqual(['★彭帥指控權貴性侵後行蹤不明', '★高端疫苗解盲', '★ 評分：不是標題的連結']);
  });

  it('keeps a related link whose address is two addresses run together as written, and warns', () => {
    const glued = 'https://www.cna.com.tw/news/firstnews/202105215002.aspxhttps://www.cna.com.tw/news/firstnews/202105185002.aspx';
    const html = `<div class="paragraph"><p><a href="${glued}">★台股報復性強彈792點</a></p></div>`;
    const article = parseCnaPost(makePost({ title: '0516-0522一週大事', html }));
    expect(article.related).toEqual([{ title: '台股報復性強彈792點', url: glued }]);
    const warning = article.warnings.find((w) => w.code === 'related:malformed-url');
    expect(warning?.message).toContain(glued);
    expect(warning?.message).toContain('台股報復性強彈792點');
    // An address inside an address is no slip.
    const card = (href: string): string =>
      `<div class="paragraph"><p>（中央社台北15日電）第一段。</p><div class="squareBox"><a href="${href}"><div class="text"><div class="squareTitle">研究：</div><div>論文標題</div></div></a></div><p>最後一段。（編輯：陳惠珍）1120915</p></div>`;
    for (const href of ['https://web.archive.org/web/2020/https://www.nature.com/articles/x', 'https://example.org/share?u=https://www.nature.com/articles/x']) {
      const kept = parseCnaPost(makePost({ html: card(href) }));
      expect([kept.related.map((link) => link.url), kept.warnings]).toEqual([[href], []]);
    }
  });
});
