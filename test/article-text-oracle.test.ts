/**
 * The oracle behind the corpus test's "keeps every sentence" floor
 * (scripts/lib/article-text.ts): what it counts as article text, and how it
 * tells a lost sentence from one out of order.
 */
import { describe, expect, it } from 'vitest';
import { checkText, lostCaptions, lostImages, lostRelatedLinks, readPage } from '../scripts/lib/article-text.js';
import { makePost } from './support/post.js';

const html = [
  '<div class="paragraph">',
  '<p>疫情原民心1（中央社記者張祈花蓮縣13日電）原住民族的祭典今年照常舉行。活動現場也悄悄出現新的防疫措施</p>',
  '<p>文：鄭景雯／攝影：吳家昇</p>',
  '<p>記者／龍柏安  攝影／吳家昇  編輯／張芷瑄</p>',
  "<div class='media'><div class='instagramMedia'><blockquote data-instgrm-permalink='https://www.instagram.com/p/x/'><div>View this post on Instagram, the embed's placeholder</div></blockquote></div></div>",
  '<h2>部落長老說明祭典的由來與意義</h2>',
  '<p>長老說，祭典<span class="dictionary"><span class="dictionary-box">詞條說明：這段文字是不應出現的詞條彈出內容</span></span>已有百年歷史。</p>',
  '<div class="SubscriptionInner"><p>訂閱電子報可以收到每天最精華的新聞摘要</p></div>',
  '<div class="media myCustom"><ul><li>祭典日期：每年七月至八月之間舉行</li></ul></div>',
  '<blockquote>我們會一直把這個祭典傳承給下一代的孩子</blockquote>',
  '<p>▼影片上方的說明文字屬於嵌入內容而不是內文</p><br>',
  "<div class='media'><div class='noWidthMedia'><a class='gie-single' href='http://www.gettyimages.com/detail/1'>Embed from Getty Images</a></div></div>",
  '<br><p>▲影片下方的說明文字屬於嵌入內容而不是內文</p>',
  '<p>▲列表中的說明文字不在嵌入內容之後所以算內文</p>',
  '<p>▼下面不是嵌入內容所以這一行也算內文</p>',
  '<div class="myCustom"><div class="book-title"><div>今晨最新</div></div><ul><li><a href="https://www.cna.com.tw/news/firstnews/202008140007.aspx">今晨頭條的標題不是這篇報導的內文</a></li></ul></div>',
  '<div class="squareBox"><a href="https://www.nature.com/articles/x"><div class="squareTitle">刊登在Nature的研究：</div><div>研究論文的標題也不是這篇報導的內文</div></a></div>',
  '<p>部落青年也回到家鄉協助準備工作。（全文未完，請鎖定12/6上架之文化+雙週刊第98期「後山策展學」）（編輯：陳惠珍）1120915</p>',
  "<p class='warning'>珍惜生命，自殺不能解決問題，生命一定可以找到出路。若須諮商或相關協助，可撥衛福部專線「1925」。</p>",
  '<p>飲酒過量有害身體健康，未滿18歲請勿飲酒。</p>',
  '</div>',
  '<div class="paragraph moreArticle"><p>延伸閱讀的文章標題不是文章的內容而是連結</p></div>',
  '<p>結尾區塊之後的任何文字都不是這篇報導的內容</p>',
].join('');

describe('the article-text oracle', () => {
  it('keeps the sentences of text blocks, by kind, without label, dateline, byline, pop-ups, boilerplate, credits, reader notices or end matter', () => {
    expect(readPage(makePost({ html })).sentences).toEqual([
      { text: '原住民族的祭典今年照常舉行', kind: 'paragraph' },
      { text: '活動現場也悄悄出現新的防疫措施', kind: 'paragraph' },
      { text: '部落長老說明祭典的由來與意義', kind: 'subhead' },
      { text: '長老說，祭典已有百年歷史', kind: 'paragraph' },
      { text: '祭典日期：每年七月至八月之間舉行', kind: 'fact box' },
      { text: '我們會一直把這個祭典傳承給下一代的孩子', kind: 'quote' },
      { text: '▲列表中的說明文字不在嵌入內容之後所以算內文', kind: 'paragraph' },
      { text: '▼下面不是嵌入內容所以這一行也算內文', kind: 'paragraph' },
      { text: '部落青年也回到家鄉協助準備工作', kind: 'paragraph' },
    ]);
  });

  it('matches repeated sentences in turn, and tells a lost sentence from one out of order', () => {
    const a = '第一句話的內容在這裡寫得夠長。';
    const b = '第二句話的內容在這裡寫得夠長。';
    const c = '第三句話的內容在這裡寫得夠長。';
    const repeated = checkText(readPage(makePost({ html: `<p>${a}${b}${a}${c}</p>` })), [`${a}${b}`, `${a}${c}`]);
    expect([repeated.sentences.length, repeated.lost, repeated.outOfOrder]).toEqual([4, [], []]);

    const post = readPage(makePost({ html: `<p>${a}${b}${c}</p>` }));
    const swapped = checkText(post, [b, a, c]);
    expect([swapped.lost, swapped.outOfOrder.map((s) => s.text)]).toEqual([[], ['第二句話的內容在這裡寫得夠長']]);
    const short = checkText(post, [a, c]);
    expect([short.lost.map((s) => s.text), short.outOfOrder]).toEqual([['第二句話的內容在這裡寫得夠長'], []]);
  });

  it('names the sentences of the paragraphs that are not article text of the page', () => {
    const post = readPage(makePost({ html: "<p>第一句話的內容在這裡寫得夠長。</p><div class='media'><div class='noWidthMedia'><a href='https://infogram.com/x'>武漢肺炎蔓延圖解疫情一次看3.0</a></div></div>" }));
    const checked = checkText(post, ['第一句話的內容在這裡寫得夠長。', '武漢肺炎蔓延圖解疫情一次看3.0', 'Infogram']);
    expect([checked.written, checked.extra]).toEqual([2, ['武漢肺炎蔓延圖解疫情一次看3.0']]);
  });

  it('reads the captions of images and videos before the end matter, and tells which no image or embed carries', () => {
    const post = readPage(makePost({
      html:
        "<div class='floatImg'><img src='a.jpg'><div class='picinfo'>南韓外交部。（中央社檔案照片）</div></div>" +
        "<div class='youtubeBox'><iframe src='//www.youtube.com/embed/x'></iframe><div class='picinfo'>說明；影片來源：Samsung</div></div>" +
        '<div><div style="--aspect-ratio:2000/1500;"><picture><img src="b.jpg"></picture></div><div>沒有類別的圖說。（中央社檔案照片）</div></div>' +
        "<div><div><img src='c.jpg'></div><div class='bookInfoTitle'>書名不是圖說</div></div><div><div><img src='d.jpg'></div><div><p>段落不是圖說，而是這篇報導的內文。</p></div></div>" +
        "<div class='media'><div class='floatImg'><img src='e.jpg'><div class='picinfo'>（圓神提供）</div></div></div><p>書名：封面之後的書卡<br>出版社：圓神出版</p>" +
        "<div class='paragraph moreArticle'><figure><figcaption>結尾區塊的圖說</figcaption></figure></div>",
    }));
    expect(post.captions).toEqual(['南韓外交部。（中央社檔案照片）', '說明；影片來源：Samsung', '沒有類別的圖說。（中央社檔案照片）', '（圓神提供）', '書名：封面之後的書卡出版社：圓神出版']);
    expect(post.sentences.map((s) => s.text)).toEqual(['段落不是圖說，而是這篇報導的內文']);
    const image = { caption: '南韓外交部。', credit: '（中央社檔案照片）' };
    const bare = { caption: '沒有類別的圖說。', credit: '（中央社檔案照片）' };
    const cover = { caption: '書名：封面之後的書卡 出版社：圓神出版', credit: '（圓神提供）' };
    expect(lostCaptions(post, [image, { caption: '說明', credit: '影片來源：Samsung' }, bare, cover])).toEqual([]);
    expect(lostCaptions(post, [image, { caption: null, credit: null }, bare, cover])).toEqual(['說明；影片來源：Samsung']);
    expect(lostCaptions(post, [image, { caption: '說明', credit: '影片來源：Samsung' }, bare, { caption: null, credit: '（圓神提供）' }])).toEqual(['書名：封面之後的書卡出版社：圓神出版']);
  });

  it('reads the marked caption lines around picture and video boxes as captions, and no other marked line', () => {
    const getty = "<div class='media'><div class='noWidthMedia'><a class='gie-single' href='http://www.gettyimages.com/detail/1'>Embed from Getty Images</a></div></div>";
    const post = readPage(makePost({
      html:
        `<p>▼上方的說明。</p>${getty}<p>▲下方的說明。（路透社）</p>` +
        "<div class='media'><div class='noWidthMedia'><br>▼盒子裡的說明<br/><iframe data-src='https://ourworldindata.org/x'></iframe></div></div>" +
        "<div class='media'><div class='noWidthMedia'><div><strong>圖表的標題（每日）</strong></div><iframe data-src='https://ourworldindata.org/y'></iframe></div></div>" +
        '<p>第二段。</p><p>▲不在嵌入內容之後所以算內文的一行。</p><p>▼下面不是嵌入內容所以這一行也算內文</p><p>第三段。</p>',
    }));
    expect(post.captions).toEqual(['上方的說明。', '下方的說明。（路透社）', '盒子裡的說明', '圖表的標題（每日）']);
    expect(lostCaptions(post, [{ caption: '上方的說明。', credit: null }, { caption: '下方的說明。', credit: '（路透社）' }, { caption: null, credit: null }])).toEqual(['盒子裡的說明', '圖表的標題（每日）']);
  });

  it('reads the images of the article part, not those of boilerplate, embeds or end matter, and tells which images misses', () => {
    const post = readPage(makePost({
      html:
        "<div class='fullPic'><div class='floatImg center'><div class='wrap'><img src='https://images.weserv.nl/?url=imgcdn.cna.com.tw/www/WebPhotos/1024/20200803/a.jpg'></div></div></div>" +
        "<p>第一段。</p><img class='lazyload' src='data:image/gif;base64,R0lGOD' data-src='https://imgcdn.cna.com.tw/b.jpg?w=1'>" +
        "<div class='SubscriptionInner'><img src='https://www.cna.com.tw/img/error.svg'></div>" +
        "<div class='squareBox'><a href='https://www.nature.com/articles/x'><picture><img src='https://imgcdn.cna.com.tw/card.jpg'></picture><div class='squareTitle'>刊登在Nature的研究：</div></a></div>" +
        "<blockquote class='twitter-tweet'><img src='https://pbs.twimg.com/c.jpg'></blockquote>" +
        "<div class='paragraph moreArticle'><img src='https://imgcdn.cna.com.tw/d.jpg'></div>" +
        "<div class='media'><div class='floatImg center'><img data-src='https://imgcdn.cna.com.tw/e.jpg'></div></div>" +
        "<div class='paragraph bottomArticleBanner'><div class='media'><img src='https://imgcdn.cna.com.tw/f.jpg'></div></div>" +
        "<div class='media'><img src='https://imgcdn.cna.com.tw/g.jpg'></div>",
    }));
    // A picture box right after the end-matter blocks is the article's (e.jpg); nothing after anything else is.
    expect(post.images).toEqual(['a.jpg', 'b.jpg', 'e.jpg']);
    expect(lostImages(post, [{ src: 'https://imgcdn.cna.com.tw/www/WebPhotos/1024/20200803/a.jpg' }, { src: 'https://imgcdn.cna.com.tw/b.jpg?w=1' }, { src: 'https://imgcdn.cna.com.tw/e.jpg' }])).toEqual([]);
    expect(lostImages(post, [{ src: 'https://imgcdn.cna.com.tw/b.jpg' }])).toEqual(['a.jpg', 'e.jpg']);
  });

  it('reads the CNA articles linked as related reading, and tells which related misses', () => {
    const post = readPage(makePost({
      html:
        "<p>第一段。</p><div class='insertGroup'><a href='/news/aipl/202008140121.aspx'>李登輝最後巡禮</a></div>" +
        "<p><a href='https://www.cna.com.tw/news/firstnews/202008145003.aspx'>延伸閱讀》圖輯</a></p><p><a href='https://www.cna.com.tw/news/aipl/202008149999.aspx'>內文連結</a></p>" +
        "<div class='myCustom'><div class='book-title'><div>今晨最新</div></div><ul><li><a href='https://www.cna.com.tw/news/firstnews/202008140007.aspx'>今晨頭條一則</a></li></ul></div>" +
        "<div class='myCustom'><div class='book-title'><div>小檔案</div></div><ul><li>說明文字</li><li><a href='https://www.cna.com.tw/news/aipl/202008149998.aspx'>事實框連結</a></li></ul></div>" +
        "<div class='media myCustom'><div><div>今晨最新</div></div><div><ul><li><a href='https://www.cna.com.tw/news/firstnews/202110150002.aspx'>沒有類別的標題下的頭條連結一則</a></li></ul></div></div>" +
        "<h2>摘要標題</h2><p>摘要內容。（<a href='https://www.cna.com.tw/news/firstnews/202008180026.aspx'>看完整報導</a>）</p>" +
        "<p>另一則摘要。（<a href='https://www.cna.com.tw/news/firstnews/202108170328.aspx'>看完整報導）</a></p>" +
        "<p>★<a href='https://www.cna.com.tw/news/firstnews/202009120004.aspx'>一週大事的標題</a><br>內容提到<a href='https://www.cna.com.tw/news/aopl/202009120060.aspx'>和平協議</a>。</p>" +
        "<p><strong>★<a href='https://www.cna.com.tw/news/firstnews/202111195005.aspx'>包在粗體裡的一週大事標題</a></strong></p>" +
        "<div class='paragraph moreArticle'><a href='https://www.cna.com.tw/news/aipl/202008140121.aspx?x=1'>重複</a><a href='https://www.cna.com.tw/news/afe/202008140121.aspx'>同一則在另一個分類</a><a href='/tag/hysearchws.aspx?q=x'>標籤</a></div>",
    }));
    const expected = ['/news/aipl/202008140121.aspx', '/news/firstnews/202008145003.aspx', '/news/firstnews/202008140007.aspx', '/news/firstnews/202110150002.aspx', '/news/firstnews/202008180026.aspx', '/news/firstnews/202108170328.aspx', '/news/firstnews/202009120004.aspx', '/news/firstnews/202111195005.aspx'];
    expect(post.sentences.map((sentence) => sentence.text)).not.toContain('沒有類別的標題下的頭條連結一則');
    expect(post.relatedLinks).toEqual(expected);
    expect(lostRelatedLinks(post, [{ url: 'https://www.cna.com.tw/news/aipl/202008140121.aspx' }])).toEqual(expected.slice(1));
    // A story is found under any section.
    expect(lostRelatedLinks(post, [{ url: 'https://www.cna.com.tw/news/afe/202008140121.aspx' }])).toEqual(expected.slice(1));
  });
});
