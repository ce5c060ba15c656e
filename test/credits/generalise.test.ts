/**
 * Does the closing parser generalise beyond the corpus? Every credit form and
 * variant of shared/DOMAIN.md §4, built from names that do NOT occur in the
 * credits of shared/corpus/cna, and ROC editor codes built from dates. The
 * expected roles and dates are the parts each string was built from.
 */
import { describe, expect, it } from 'vitest';
import { matchClosing, type ParsedCredits } from '../../src/credits/parse-credits.js';
import { decodeRocDate } from '../../src/credits/roc-date.js';
import { parseCnaPost } from '../../src/index.js';
import { makePost } from '../support/post.js';

/** Names absent from the corpus credits: 2, 3 and 4 characters (compound surnames), and given names with 照, 影, 圖 or 片. */
const NAMES = ['林芳', '歐陽志明', '邱懷德', '司馬中原', '曹穎', '鄧美玲', '范姜新泉', '蔣勁松', '柯翔', '蕭若瑜', '林照明', '傅影', '張簡秀玲', '宋小芸', '馬千惠', '簡嘉宏'];

type Role = keyof Omit<ParsedCredits, 'raw'>;

/** Role words as written, with the bucket each fills; 編緝 and 核槁 are real typos. */
const ROLE_WORDS: Array<[string, Role]> = [
  ['編輯', 'editors'], ['編緝', 'editors'], ['譯者', 'translators'], ['實習編譯', 'translators'],
  ['編譯', 'translators'], ['核稿', 'reviewers'], ['核槁', 'reviewers'], ['攝影', 'photographers'],
];

/** Role mixes of the table in §4 and the rarer ones, as indexes into ROLE_WORDS with a name count each. */
const MIXES: Array<Array<[number, number]>> = [
  [[0, 1]], [[2, 1], [5, 1]], [[0, 2]], [[2, 1]], [[0, 1], [5, 2]], [[3, 1], [5, 1]], [[0, 2]], [[1, 1]], [[2, 1], [6, 1]],
  [[0, 1], [7, 1]], [[2, 1], [0, 1]], [[5, 1]], [[2, 3], [5, 1]], [[0, 2], [5, 2]], [[4, 1], [5, 1]], [[0, 1], [7, 2]],
  [[2, 2], [6, 2]], [[3, 2], [5, 3]],
];

/** How the group is punctuated. */
interface Style {
  colon: string;
  /** Between the names of one role. */
  nameSeparator: string;
  /** Between two roles. */
  roleSeparator: string;
  /** Blank written after the colon and around separators. */
  blank: string;
  ascii: boolean;
}

const COLONS = ['：', ':', '；', '，'];
const NAME_SEPARATORS = ['/', '／', '、'];
const ROLE_SEPARATORS = ['/', '／'];
const BLANKS = ['', ' ', '\u3000'];

/** The credit group and the roles it names, from a mix, a style and a rotation of NAMES. */
function writeCredit(mix: Array<[number, number]>, style: Style, offset: number): { group: string; roles: Omit<ParsedCredits, 'raw'> } {
  const roles: Omit<ParsedCredits, 'raw'> = { editors: [], translators: [], reviewers: [], photographers: [] };
  let taken = offset;
  const parts = mix.map(([wordIndex, count]) => {
    const [word, role] = ROLE_WORDS[wordIndex] ?? ['編輯', 'editors'];
    const names = Array.from({ length: count }, () => NAMES[taken++ % NAMES.length] ?? '');
    roles[role].push(...names);
    return `${word}${style.colon}${style.blank}${names.join(`${style.blank}${style.nameSeparator}${style.blank}`)}`;
  });
  const [open, close] = style.ascii ? ['(', ')'] : ['（', '）'];
  return { group: `${open}${style.blank}${parts.join(`${style.blank}${style.roleSeparator}${style.blank}`)}${style.blank}${close}`, roles };
}

/** Every style: colons × name separators × role separators × blanks × parentheses. */
const STYLES: Style[] = COLONS.flatMap((colon) =>
  NAME_SEPARATORS.flatMap((nameSeparator) =>
    ROLE_SEPARATORS.flatMap((roleSeparator) =>
      BLANKS.flatMap((blank) => [false, true].map((ascii) => ({ colon, nameSeparator, roleSeparator, blank, ascii }))),
    ),
  ),
);

/** An ROC code for an ISO date, written out by hand: year − 1911, then month and day. */
function rocCode(year: number, month: number, day: number): string {
  return `${String(year - 1911).padStart(3, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

describe('matchClosing generalises to names outside the corpus', () => {
  it('every role mix in every punctuation style', () => {
    const failures: string[] = [];
    STYLES.forEach((style, styleIndex) => {
      MIXES.forEach((mix, mixIndex) => {
        const { group, roles } = writeCredit(mix, style, styleIndex + mixIndex);
        const text = `會議今天結束。${group}1130402`;
        const got = matchClosing(text);
        const want = { credits: { raw: group, ...roles }, creditsUnparsed: null, code: '1130402', codeUnparsed: null, start: text.indexOf(group) };
        if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${group} -> ${JSON.stringify(got?.credits ?? got)}`);
      });
    });
    expect(failures).toEqual([]);
  });

  it('：between roles, as in （實習編譯：X：核稿：Y）', () => {
    for (const [index, name] of NAMES.entries()) {
      const other = NAMES[(index + 3) % NAMES.length] ?? '';
      const group = `（實習編譯：${name}：核稿：${other}）`;
      expect(matchClosing(`列為通緝要犯。${group}1121231`)?.credits).toEqual({ raw: group, editors: [], translators: [name], reviewers: [other], photographers: [] });
    }
  });

  it('a bare name （X） is the editor', () => {
    for (const name of NAMES) {
      expect(matchClosing(`我們該覺醒了。」（${name}）1100101`)?.credits).toEqual({ raw: `（${name}）`, editors: [name], translators: [], reviewers: [], photographers: [] });
    }
  });

  it('the label written outside: 編輯：（X）', () => {
    for (const name of NAMES) {
      expect(matchClosing(`會妥善處理相關事務。編輯：（${name}）1100101`)?.credits?.editors).toEqual([name]);
    }
  });

  it('the book credit （書摘由…授權，經中央社節錄，編輯：X）', () => {
    for (const [index, name] of NAMES.entries()) {
      const publisher = ['遠流出版', '時報出版', '商周出版', '聯經出版'][index % 4] ?? '';
      const group = `（書摘由${publisher}授權，經中央社節錄，編輯：${name}）`;
      expect(matchClosing(`說一次就好。」${group}1120915`)?.credits).toEqual({ raw: group, editors: [name], translators: [], reviewers: [], photographers: [] });
    }
  });

  it('still refuses caption credits and asides as bare names', () => {
    for (const aside of ['（中央社檔案照片）', '（資料照）', '（待續）', '（完）', '（示意圖）', '（翻攝照片）', '（影片）']) {
      expect(matchClosing(`他說。${aside}1120915`)?.credits ?? null).toBeNull();
    }
  });
});

describe('ROC editor codes', () => {
  const dates: Array<[number, number, number]> = [
    [1991, 1, 1], [2020, 2, 29], [2021, 12, 31], [2024, 2, 29], [2025, 7, 4], [2030, 10, 10], [2099, 6, 30], [2110, 12, 31],
  ];
  it.each(dates)('decodes the code of %i-%i-%i', (year, month, day) => {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    expect(decodeRocDate(rocCode(year, month, day))).toBe(iso);
  });

  it.each([
    ['month 13', rocCode(2024, 13, 1)],
    ['day 32', rocCode(2024, 1, 32)],
    ['29 February of a common year', rocCode(2025, 2, 29)],
    ['31 April', rocCode(2025, 4, 31)],
    ['day 0', rocCode(2025, 5, 0)],
    ['ROC year 20 (1931)', '0200818'],
    ['not a date at all', '7026672'],
  ])('%s: date null and editor-code:not-a-date', (_name, code) => {
    const article = parseCnaPost(makePost({ html: `<p>（中央社記者林芳竹北15日電）內文。（編輯：蕭若瑜）${code}</p>` }));
    expect(article.editorCode).toEqual({ raw: code, date: null });
    expect(article.warnings.map((w) => w.code)).toContain('editor-code:not-a-date');
  });

  it.each([
    ['the day before', rocCode(2023, 9, 14)],
    ['the wrong ROC year', rocCode(2022, 9, 15)],
    ['the next month', rocCode(2023, 10, 15)],
  ])('%s: the code keeps its own date and warns editor-code:mismatch; the date stays the URL date', (_name, code) => {
    const article = parseCnaPost(makePost({ html: `<p>（中央社記者林芳竹北15日電）內文。（譯者：歐陽志明/核稿：司馬中原）${code}</p>` }));
    expect(article.date).toBe('2023-09-15');
    expect(article.editorCode?.date).toBe(decodeRocDate(code));
    expect(article.warnings.map((w) => w.code)).toEqual(['editor-code:mismatch']);
  });

  it('a code equal to the URL date gives no warning', () => {
    const article = parseCnaPost(makePost({ html: `<p>（中央社記者林芳竹北15日電）內文。（編輯：蕭若瑜）${rocCode(2023, 9, 15)}</p>` }));
    expect(article.editorCode).toEqual({ raw: '1120915', date: '2023-09-15' });
    expect(article.warnings).toEqual([]);
  });
});
