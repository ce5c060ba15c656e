import { describe, it, expect } from 'vitest';
import { matchClosing, type ParsedCredits } from '../../src/credits/parse-credits.js';

type Roles = Omit<ParsedCredits, 'raw'>;

function roles(partial: Partial<Roles>): Roles {
  return { editors: [], translators: [], reviewers: [], photographers: [], ...partial };
}

/** Real closings from the corpus: the paragraph's last sentence, the credit group, the expected split and code. */
const forms: { form: string; text: string; raw: string; roles: Roles; code: string | null }[] = [
  {
    form: '（編輯：X）',
    text: '他擅長韓文，也曾參加韓國電視節目演出。（編輯：陳惠珍）1091230',
    raw: '（編輯：陳惠珍）',
    roles: roles({ editors: ['陳惠珍'] }),
    code: '1091230',
  },
  {
    form: '（譯者：X/核稿：Y）',
    text: '目前印尼的累計確診病例數和染疫死亡人數，都高居東南亞各國之冠。（譯者：陳彥鈞/核稿：劉淑琴）1091225',
    raw: '（譯者：陳彥鈞/核稿：劉淑琴）',
    roles: roles({ translators: ['陳彥鈞'], reviewers: ['劉淑琴'] }),
    code: '1091225',
  },
  {
    form: '（編輯：X/Y）',
    text: '大家都說「口味很道地」。（編輯：陳正杰/林克倫）1090905',
    raw: '（編輯：陳正杰/林克倫）',
    roles: roles({ editors: ['陳正杰', '林克倫'] }),
    code: '1090905',
  },
  {
    form: '（譯者：X）',
    text: '並立即展開接種。（譯者：林治平）1091214',
    raw: '（譯者：林治平）',
    roles: roles({ translators: ['林治平'] }),
    code: '1091214',
  },
  {
    form: '（編輯：X/核稿：Y、Z）',
    text: '每日新增確診已從疫情高峰期的超過1萬2000例，於過去1週降至平均5000例。（編輯：陳家倫/核稿：劉淑琴、蔡佳敏）1090816',
    raw: '（編輯：陳家倫/核稿：劉淑琴、蔡佳敏）',
    roles: roles({ editors: ['陳家倫'], reviewers: ['劉淑琴', '蔡佳敏'] }),
    code: '1090816',
  },
  {
    form: '（實習編譯：X/核稿：Y）',
    text: '僅有2棟建築物與1戶住家受損。（實習編譯：林岳鋒/核稿：楊昭彥）1090803',
    raw: '（實習編譯：林岳鋒/核稿：楊昭彥）',
    roles: roles({ translators: ['林岳鋒'], reviewers: ['楊昭彥'] }),
    code: '1090803',
  },
  {
    form: '（編輯：X、Y）',
    text: '沒下雨時感受比較悶熱。（編輯：陳惠珍、張芷瑄）1090913',
    raw: '（編輯：陳惠珍、張芷瑄）',
    roles: roles({ editors: ['陳惠珍', '張芷瑄'] }),
    code: '1090913',
  },
  {
    form: '（編輯：X／Y） full-width slash',
    text: '盼在振興經濟及有效防疫之間尋求平衡。（編輯：林憬屏／韋樞）1090826',
    raw: '（編輯：林憬屏／韋樞）',
    roles: roles({ editors: ['林憬屏', '韋樞'] }),
    code: '1090826',
  },
  {
    form: '（編輯：X/核稿：Y/Z） slash between reviewers',
    text: '無人確知是否已達感染高峰。（編輯：林沂鋒/核稿：林治平/張曉雯）1090903',
    raw: '（編輯：林沂鋒/核稿：林治平/張曉雯）',
    roles: roles({ editors: ['林沂鋒'], reviewers: ['林治平', '張曉雯'] }),
    code: '1090903',
  },
  {
    form: '（譯者：X、Y、Z/核稿：W）',
    text: '…。（譯者：陳怡君、陳昱婷、曹宇帆/核稿：陳亦偉）1090910',
    raw: '（譯者：陳怡君、陳昱婷、曹宇帆/核稿：陳亦偉）',
    roles: roles({ translators: ['陳怡君', '陳昱婷', '曹宇帆'], reviewers: ['陳亦偉'] }),
    code: '1090910',
  },
  {
    form: '（編輯：X、Y/核稿：Z、W）',
    text: '…。（編輯：曹宇帆、劉淑琴/核稿：劉學源、陳彥鈞）1100120',
    raw: '（編輯：曹宇帆、劉淑琴/核稿：劉學源、陳彥鈞）',
    roles: roles({ editors: ['曹宇帆', '劉淑琴'], reviewers: ['劉學源', '陳彥鈞'] }),
    code: '1100120',
  },
  {
    form: '（譯者：X/Y） two translators',
    text: '各州和聯邦官員也未通報任何普遍性選民舞弊情事。（譯者：徐睿承/盧映孜）1091107',
    raw: '（譯者：徐睿承/盧映孜）',
    roles: roles({ translators: ['徐睿承', '盧映孜'] }),
    code: '1091107',
  },
  {
    form: '（譯者：X/編輯：Y）',
    text: '才能獲得連任所需的至少57張選舉人票。（譯者：曹宇帆/編輯：陳正杰）1091105',
    raw: '（譯者：曹宇帆/編輯：陳正杰）',
    roles: roles({ translators: ['曹宇帆'], editors: ['陳正杰'] }),
    code: '1091105',
  },
  {
    form: '（核稿：X） reviewer only',
    text: '最後則是上述有關人士的親人、伴侶等。（核稿：張曉雯）1090916',
    raw: '（核稿：張曉雯）',
    roles: roles({ reviewers: ['張曉雯'] }),
    code: '1090916',
  },
  {
    form: 'stray spaces: （譯者：X/ 核稿：Y、Z） and a space before the group',
    text: '她相當樂觀。 （譯者：盧映孜/ 核稿：張曉雯、陳亦偉）1091212',
    raw: '（譯者：盧映孜/ 核稿：張曉雯、陳亦偉）',
    roles: roles({ translators: ['盧映孜'], reviewers: ['張曉雯', '陳亦偉'] }),
    code: '1091212',
  },
  {
    form: 'stray spaces: （ 譯者：X/核稿：Y）',
    text: '前往中國調查新型冠狀病毒的起源。」（ 譯者：劉淑琴/核稿：劉學源）1091005',
    raw: '（ 譯者：劉淑琴/核稿：劉學源）',
    roles: roles({ translators: ['劉淑琴'], reviewers: ['劉學源'] }),
    code: '1091005',
  },
  {
    form: 'stray spaces: （編輯： X）',
    text: '物流往來對象均在德國。（編輯： 黃國倫）1091013',
    raw: '（編輯： 黃國倫）',
    roles: roles({ editors: ['黃國倫'] }),
    code: '1091013',
  },
  {
    form: 'ASCII colon （編輯:X）',
    text: '「每一公民權授予都沒有違反當時規定。」（編輯:陳惠珍）1090824',
    raw: '（編輯:陳惠珍）',
    roles: roles({ editors: ['陳惠珍'] }),
    code: '1090824',
  },
  {
    form: '；for ：（編輯；X）',
    text: '新華社通稿文末並加註「會議還研究了其他事項」。（編輯；繆宗翰）1091130',
    raw: '（編輯；繆宗翰）',
    roles: roles({ editors: ['繆宗翰'] }),
    code: '1091130',
  },
  {
    form: '，for ：（譯者，X/核稿：Y）',
    text: '以及法國的賽諾菲（Sanofi）。（譯者，廖禹揚/核稿：嚴思祺）1091023',
    raw: '（譯者，廖禹揚/核稿：嚴思祺）',
    roles: roles({ translators: ['廖禹揚'], reviewers: ['嚴思祺'] }),
    code: '1091023',
  },
  {
    form: '：between roles （實習編譯：X：核稿：Y）',
    text: '列為通緝要犯。（實習編譯：曾守一：核稿：陳亦偉）1090821',
    raw: '（實習編譯：曾守一：核稿：陳亦偉）',
    roles: roles({ translators: ['曾守一'], reviewers: ['陳亦偉'] }),
    code: '1090821',
  },
  {
    form: 'typo 編緝',
    text: '突破200萬大關。（編緝：劉學源）1091220',
    raw: '（編緝：劉學源）',
    roles: roles({ editors: ['劉學源'] }),
    code: '1091220',
  },
  {
    form: 'typo 核槁',
    text: '而破壞了西方安全利益。（譯者：張佑之/核槁：嚴思祺）1120315',
    raw: '（譯者：張佑之/核槁：嚴思祺）',
    roles: roles({ translators: ['張佑之'], reviewers: ['嚴思祺'] }),
    code: '1120315',
  },
  {
    form: 'bare name （X） = editor',
    text: '看待總統川普診斷結果的方式既是轉捩點，也是新開始。我們該覺醒了。」（徐睿承）1091003',
    raw: '（徐睿承）',
    roles: roles({ editors: ['徐睿承'] }),
    code: '1091003',
  },
  {
    form: 'label outside the group 編輯：（X）',
    text: '會妥善處理相關事務。編輯：（吳協昌）1091010',
    raw: '編輯：（吳協昌）',
    roles: roles({ editors: ['吳協昌'] }),
    code: '1091010',
  },
  {
    form: 'book credit',
    text: '至於好消息，只需要小聲說，而且說一次就好。」（書摘由天下雜誌授權，經中央社節錄，編輯：林廷軍）1120915',
    raw: '（書摘由天下雜誌授權，經中央社節錄，編輯：林廷軍）',
    roles: roles({ editors: ['林廷軍'] }),
    code: '1120915',
  },
  {
    form: 'photographer',
    text: '展期至10月底。（編輯：陳惠珍/攝影：王飛華）1120915',
    raw: '（編輯：陳惠珍/攝影：王飛華）',
    roles: roles({ editors: ['陳惠珍'], photographers: ['王飛華'] }),
    code: '1120915',
  },
  {
    form: 'ASCII parentheses',
    text: '展期至10月底。(編輯：陳惠珍)1120915',
    raw: '(編輯：陳惠珍)',
    roles: roles({ editors: ['陳惠珍'] }),
    code: '1120915',
  },
  {
    form: 'trailing blanks and NBSP after the code',
    text: '展期至10月底。（編輯：陳惠珍）1120915 \u00a0\u3000',
    raw: '（編輯：陳惠珍）',
    roles: roles({ editors: ['陳惠珍'] }),
    code: '1120915',
  },
  {
    form: 'qualified roles (not in the corpus): 特約編譯, 責任編輯',
    text: '展期至10月底。（特約編譯：王小明/核稿：陳惠珍、林克倫/責任編輯：張正芊）1120915',
    raw: '（特約編譯：王小明/核稿：陳惠珍、林克倫/責任編輯：張正芊）',
    roles: roles({ translators: ['王小明'], reviewers: ['陳惠珍', '林克倫'], editors: ['張正芊'] }),
    code: '1120915',
  },
  {
    form: 'credit with no code',
    text: '展期至10月底。（編輯：陳惠珍）',
    raw: '（編輯：陳惠珍）',
    roles: roles({ editors: ['陳惠珍'] }),
    code: null,
  },
];

describe('matchClosing: credit forms', () => {
  for (const { form, text, raw, roles: expected, code } of forms) {
    it(form, () => {
      const start = text.lastIndexOf(raw);
      expect(matchClosing(text)).toEqual({
        credits: { raw, ...expected },
        creditsUnparsed: null,
        code,
        codeUnparsed: null,
        start,
      });
    });
  }
});

describe('matchClosing: the code written before the credit (2021)', () => {
  it('reads the code and starts the closing at it', () => {
    const text = '技術問題可撥打8585。1101106（編輯：高華謙、趙敏雅）';
    expect(matchClosing(text)).toEqual({
      credits: { raw: '（編輯：高華謙、趙敏雅）', ...roles({ editors: ['高華謙', '趙敏雅'] }) },
      creditsUnparsed: null,
      code: '1101106',
      codeUnparsed: null,
      start: text.indexOf('1101106'),
    });
  });

  it.each([
    ['not after the end of a sentence (a number of the text)', '全市人口2345678（編輯：陳惠珍）'],
    ['not a date', '展期至10月底。1101345（編輯：陳惠珍）'],
    ['not 7 digits', '展期至10月底。11011060（編輯：陳惠珍）'],
  ])('leaves digits %s in the text', (_name, text) => {
    const match = matchClosing(text);
    expect([match?.code, match?.start]).toEqual([null, text.indexOf('（')]);
  });
});
