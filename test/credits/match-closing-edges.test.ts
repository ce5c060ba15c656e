import { describe, it, expect } from 'vitest';
import { matchClosing, type ParsedCredits } from '../../src/credits/parse-credits.js';

type Roles = Omit<ParsedCredits, 'raw'>;

function roles(partial: Partial<Roles>): Roles {
  return { editors: [], translators: [], reviewers: [], photographers: [], ...partial };
}

describe('matchClosing: code only', () => {
  it('reads a bare code after the text (lottery, stock and weather flashes)', () => {
    const text = '實際中獎獎號以台彩公布為準。1120915';
    expect(matchClosing(text)).toEqual({
      credits: null,
      creditsUnparsed: null,
      code: '1120915',
      codeUnparsed: null,
      start: text.length - 7,
    });
  });

  it('leaves a parenthesised aside before the code in the text', () => {
    const text = '下午記者會說明（圖／路透社）1090930';
    expect(matchClosing(text)).toMatchObject({ credits: null, creditsUnparsed: null, code: '1090930', start: text.length - 7 });
    expect(matchClosing('大會今天開幕（待續）1090930')).toMatchObject({ credits: null, code: '1090930' });
  });

  it('does not take a phone number or a longer digit run for a code', () => {
    expect(matchClosing('洽詢專線04-27026672')).toBeNull();
    expect(matchClosing('服務電話：03-8234567')).toBeNull();
    expect(matchClosing('末3碼分別為42024723')).toBeNull();
    expect(matchClosing('跌幅前5名個股為陽明。123456')).toBeNull();
  });
});

describe('matchClosing: neither', () => {
  it('returns null for paragraphs that end otherwise', () => {
    expect(matchClosing('')).toBeNull();
    expect(matchClosing('「早安世界」給你最精華的新聞摘要。')).toBeNull();
    expect(matchClosing('▲「捍衛台灣選舉公正」報告（臉書提供）')).toBeNull();
    expect(matchClosing('圖為鴻海集團土城總部。（圖／路透社）')).toBeNull();
    expect(matchClosing('他們會派員前往勸離（約8分32秒處）')).toBeNull();
    expect(matchClosing('我們該覺醒了。」（徐睿承）')).toBeNull(); // a bare name needs a code
  });
});

describe('matchClosing: typos kept as unparsed', () => {
  it('keeps a mistyped code after a credit as codeUnparsed', () => {
    for (const digits of ['20200818', '10901001', '110014']) {
      const text = `以維風紀。（編輯：吳柏緯/沈朋達）${digits}`;
      expect(matchClosing(text)).toEqual({
        credits: { raw: '（編輯：吳柏緯/沈朋達）', ...roles({ editors: ['吳柏緯', '沈朋達'] }) },
        creditsUnparsed: null,
        code: null,
        codeUnparsed: digits,
        start: text.indexOf('（'),
      });
    }
  });

  it('keeps a mistyped code with no credit as codeUnparsed only right after a sentence and when it opens like a ROC year', () => {
    for (const [text, digits] of [
      ['致力完成政府給我的使命」。11001101', '11001101'],
      ['以維風紀。110011', '110011'],
      ['以維風紀！09912311', '09912311'],
    ] as const) {
      expect(matchClosing(text)).toEqual({ credits: null, creditsUnparsed: null, code: null, codeUnparsed: digits, start: text.length - digits.length });
    }
    // Numbers of the text: not after a sentence's end, not a ROC year, or of another length.
    for (const text of ['累計確診人數為11001101', '以維風紀。20201101', '以維風紀。12345678', '以維風紀。11001', '以維風紀。110011011', '電話：02-27058921']) {
      expect(matchClosing(text)).toBeNull();
    }
  });

  it('keeps a credit-like group that cannot be split as creditsUnparsed', () => {
    for (const group of ['（編輯：）', '（編輯 陳惠珍）', '（編輯：陳惠珍123）', '（編輯：陳惠珍 Reuters）', '（資料來源衛福部編輯：陳惠珍）']) {
      const text = `以維風紀。${group}1090101`;
      expect(matchClosing(text)).toEqual({
        credits: null,
        creditsUnparsed: group,
        code: '1090101',
        codeUnparsed: null,
        start: text.indexOf(group),
      });
    }
  });

  it('accepts a note before the first role when it ends with a comma or semicolon', () => {
    const text = '以維風紀。（資料來源衛福部；編輯：陳惠珍）1090101';
    expect(matchClosing(text)?.credits).toEqual({ raw: '（資料來源衛福部；編輯：陳惠珍）', ...roles({ editors: ['陳惠珍'] }) });
  });

  it('does not treat a role word inside an aside as a credit', () => {
    const text = '定期篩檢（子宮頸抹片、乳房X光攝影、糞便潛血檢查）1091229';
    expect(matchClosing(text)).toMatchObject({ credits: null, creditsUnparsed: null, code: '1091229', start: text.length - 7 });
  });
});
