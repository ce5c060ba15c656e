import { describe, it, expect } from 'vitest';
import { findClosingParagraph, matchClosing } from '../../src/credits/parse-credits.js';

const suicideWarning =
  '珍惜生命，自殺不能解決問題，生命一定可以找到出路。若須諮商或相關協助，可撥衛福部專線「1925」、生命線專線「1995」或張老師服務專線「1980」。';

describe('findClosingParagraph', () => {
  it('takes the last paragraph when it holds the closing', () => {
    const paragraphs = ['（中央社記者X台北3日電）第一段。', '第二段。', '他擅長韓文。（編輯：陳惠珍）1091230'];
    expect(findClosingParagraph(paragraphs)).toBe(2);
  });

  it('takes a credit with no code only in the last paragraph', () => {
    expect(findClosingParagraph(['第一段。', '展期至10月底。（編輯：陳惠珍）'])).toBe(1);
    expect(findClosingParagraph(['第一段。', '展期至10月底。（編輯：陳惠珍）', ''])).toBe(1);
    expect(findClosingParagraph(['展期至10月底。（編輯：陳惠珍）', '▲圖說。'])).toBe(-1);
  });

  it('prefers a coded closing to a trailing photo credit with no code', () => {
    expect(findClosingParagraph(['展期至10月底。（編輯：陳惠珍）1120915', '▲開幕式現場。（攝影：王飛華）'])).toBe(0);
  });

  it('skips a warning, a photo credit and a fact box after the coded paragraph', () => {
    const paragraphs = [
      '第一段。',
      '確切事發原因警方調查中。（編輯：張銘坤）1090823',
      suicideWarning,
      '▲美國大選即時開票地圖，若無法顯示請點這裡',
      '▲「捍衛台灣選舉公正」報告（臉書提供）',
      '1.本調查以2至3月疫情高峰期，最有可能感染的人為對象。',
    ];
    expect(findClosingParagraph(paragraphs)).toBe(1);
  });

  it('reaches a closing 41 paragraphs before the end (full name lists)', () => {
    const list = Array.from({ length: 41 }, (_, index) => `作品${String(index)}／台視新聞台／歐懿慧、王宗翰`);
    const paragraphs = ['頒獎典禮將於19日舉行。（編輯：張雅淨）1091102', ...list];
    expect(findClosingParagraph(paragraphs)).toBe(0);
  });

  it('takes a code-only paragraph before a repeated story (stock flash)', () => {
    const paragraphs = [
      '但個股表現可望優於指數表現。1091216',
      '（中央社台北2020年12月16日電）台北股市今天開高走高。',
      '跌幅前5名個股為富邦VIX、南緯、淘帝-KY、捷泰、東訊。',
    ];
    expect(findClosingParagraph(paragraphs)).toBe(0);
  });

  it('does not take a fact box ending in a number that is not a date', () => {
    const paragraphs = ['第一段。', '總人口2345678', '洽詢專線04-27026672'];
    expect(findClosingParagraph(paragraphs)).toBe(-1);
  });

  it('prefers the nearest closing to the end', () => {
    const paragraphs = ['前文。（編輯：甲乙丙）1091101', '後文。（編輯：陳惠珍）1091230', suicideWarning];
    expect(findClosingParagraph(paragraphs)).toBe(1);
  });

  it('ignores blank paragraphs at the end', () => {
    expect(findClosingParagraph(['他擅長韓文。（編輯：陳惠珍）1091230', '', ' \u00a0'])).toBe(0);
  });

  it('returns -1 when there is no closing (digests, columns, empty posts)', () => {
    expect(findClosingParagraph([])).toBe(-1);
    expect(findClosingParagraph(['「早安世界」給你最精華的新聞摘要。'])).toBe(-1);
    expect(findClosingParagraph(['石木欽小檔案'])).toBe(-1);
  });

  it('finds the closing however many paragraphs follow it (a 100-line name list)', () => {
    const filler = Array.from({ length: 100 }, () => '名單');
    expect(findClosingParagraph(['前文。', '頒獎。（編輯：張芷瑄）1090811', ...filler])).toBe(1);
  });

  it('prefers the last coded closing in a post of several stories', () => {
    expect(findClosingParagraph(['第一則。（編輯：張雅淨）1090803', '第二則。', '結尾。（編輯：李錫璋）1090803'])).toBe(2);
  });

  it('agrees with matchClosing on the paragraph it returns', () => {
    const paragraphs = ['第一段。', '實際中獎獎號以台彩公布為準。1120915'];
    const index = findClosingParagraph(paragraphs);
    expect(matchClosing(paragraphs[index] ?? '')?.code).toBe('1120915');
  });
});
