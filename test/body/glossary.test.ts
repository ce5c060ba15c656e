import { describe, expect, it } from 'vitest';
import { parseCnaPost } from '../../src/index.js';
import { makePost } from '../support/post.js';

const box = (id: string, word: string, title: string, body: string): string =>
  `<span class='news-dic-inline' data-id='${id}'><span>${word}</span><span class='dic-icon'></span></span>` +
  `<div class='dictionary-box' data-box='${id}'><p class='dictionary-title'>${title}</p><div class='news-dic-text'>${body}</div>` +
  `<div class='news-dic-all seeArticlemore'>看更多</div><div class='news-dic-all closeBox'>關閉</div></div>`;

describe('glossary', () => {
  it('reads each pop-up box: the word that opens it, its title, its text one line per item; the word stays in the sentence', () => {
    const html =
      `<p>（中央社台北15日電）前總統</p><div class='dictionary'>${box('000085', '李登輝', '李登輝小檔案', '<ul><li>民國12年1月15日出生</li><li>學歷：美國康乃爾大學博士</li></ul>')}<span>今天完成入殮。</span></div>` +
      `<div class='dictionary'><span>可能碰上</span>${box('000335', '反托拉斯', '反托拉斯法小百科', '<p>反托拉斯法小百科</p><p>簡介：防止壟斷的法律。</p>')}<span>審查。</span></div>` +
      '<p>最後一段。（編輯：陳惠珍）1120915</p>';
    const article = parseCnaPost(makePost({ html }));
    expect(article.glossary).toEqual([
      { term: '李登輝', title: '李登輝小檔案', text: '民國12年1月15日出生\n學歷：美國康乃爾大學博士' },
      // The title repeated as the first line of the text is dropped.
      { term: '反托拉斯', title: '反托拉斯法小百科', text: '簡介：防止壟斷的法律。' },
    ]);
    expect(article.paragraphs).toEqual(['前總統', '李登輝今天完成入殮。', '可能碰上反托拉斯審查。', '最後一段。']);
  });

  it('gives a box whose word the page lacks a null term, and a post without boxes none', () => {
    const html = `<p>（中央社台北15日電）內文。</p><div class='dictionary-box' data-box='9'><p class='dictionary-title'>硝酸銨小百科</p><div class='news-dic-text'><ul><li>白色結晶</li></ul></div></div><p>最後一段。（編輯：陳惠珍）1120915</p>`;
    expect(parseCnaPost(makePost({ html })).glossary).toEqual([{ term: null, title: '硝酸銨小百科', text: '白色結晶' }]);
    expect(parseCnaPost(makePost()).glossary).toEqual([]);
  });
});
