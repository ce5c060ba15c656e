/**
 * The closing of a CNA article: the credit group and the ROC editor code at
 * the end of the last body paragraph, e.g. `…。（編輯：陳惠珍）1120915`.
 *
 * Pure and bounded: only the last `closingWindow` characters of a paragraph
 * are read, so the cost does not grow with the paragraph.
 */
import { decodeRocDate } from './roc-date.js';

/** The closing credit, split by role. */
export interface ParsedCredits {
  /**
   * The group as written, parentheses included: `（譯者：陳彥鈞/核稿：林治平）`;
   * with a role label written outside it, the label too: `編輯：（吳協昌）`.
   */
  raw: string;
  /** 編輯 (typo 編緝); a bare name `（徐睿承）` counts as an editor. */
  editors: string[];
  /** 譯者, 編譯 and 實習編譯 (intern translator). */
  translators: string[];
  /** 核稿 (typo 核槁). */
  reviewers: string[];
  /** 攝影. */
  photographers: string[];
}

/** What `matchClosing` found at the end of a paragraph. */
export interface ClosingMatch {
  /** The credit; null when the closing has only a code. */
  credits: ParsedCredits | null;
  /** A trailing group that names a role (`（編輯：）`) but could not be split; else null. */
  creditsUnparsed: string | null;
  /**
   * The 7-digit ROC editor code as written (`'1120915'`), or null. After a
   * credit it is not checked as a date (decode it and report `editor-code:not-a-date`);
   * with no credit it is only taken when it decodes.
   */
  code: string | null;
  /**
   * A digit run of another length right after a credit (`20200818`, `10901001`,
   * `110014`: typos of the code), or null. It belongs to the closing.
   */
  codeUnparsed: string | null;
  /** Index in the input where the closing starts; `input.slice(0, start)` is the article text (untrimmed). */
  start: number;
}

/** How many characters at the end of a paragraph are read. */
const closingWindow = 200;
/** Longest credit group considered, parentheses included (the book credit is 28). */
const maxGroupLength = 80;

/**
 * Characters that, right before a 7-digit run with no credit, mark it as part
 * of a number rather than a code: the `-` of the phone number `04-27026672`
 * that ends a paragraph of 2020-10-27-旅宿業推千萬張500元「住宿進擊券」 (there
 * the run is 8 digits; a 7-digit local number such as `089-345678` is the risk).
 */
const numberGluePattern = /[-－‐–—~～/／.．:：,#＃+＋A-Za-z]/u;

/**
 * Words that sit in parentheses but are not names: matches `照片` and `中央社`
 * in the caption credit `（中央社檔案照片）`, `攝` in `（林俊耀攝）`, `續` in
 * `（待續）`, `照` ending `（資料照）`, `圖` ending `（示意圖）`, and `（完）`.
 * Single characters that also occur in given names (`林照明`, `傅影`) are
 * refused only where a caption puts them: 照 and 圖 last, 完 alone.
 */
const bareNotNamePattern = /照片|影片|圖片|翻攝|攝|續|照$|圖$|^完$|^圖|中央社|更新|報導|提供|資料|檔案|示意|快訊|直播|專訪|全文/u;

/** The end of a sentence, right before a code with no credit. */
const SENTENCE_END = /[。！？」』）)]/u;
/** The first digits of a ROC year of the archive's time (09x–11x). */
const ROC_YEAR_START = /^(?:09|1[01])/;

/**
 * Find the closing credit and/or 7-digit code at the very end of a paragraph.
 *
 * Forms: `（編輯：X）1120915`, `（譯者：X/核稿：Y、Z）1091208`, `（徐睿承）1091003`
 * (bare name = editor), `編輯：（吳協昌）1091010`, `…。1120915` (code only),
 * `（編輯：X）` (credit with no code), `…。1101106（編輯：X）` (the code first, 2021). Trailing blanks and NBSP are ignored.
 *
 * A code after a credit is returned even when it is not a date (the caller
 * reports it); a code with no credit must decode to a date, otherwise the
 * digits are taken for a number in the text (`人口2345678`) and null is returned.
 *
 * @returns null when the paragraph ends with neither a credit nor a code.
 */
export function matchClosing(paragraphText: string): ClosingMatch | null {
  const offset = Math.max(0, paragraphText.length - closingWindow);
  const tail = paragraphText.slice(offset);
  const end = skipBlanksBackward(tail, tail.length);
  const digitsStart = skipDigitsBackward(tail, end);
  const digits = tail.slice(digitsStart, end);
  const runIsWhole = digitsStart > 0 || offset === 0;
  const hasCode = digits.length === 7 && runIsWhole;
  const group = findTrailingGroup(tail, skipBlanksBackward(tail, digitsStart));
  const reading = group === null ? null : readGroup(tail, group.open, group.close);

  if (reading !== null && reading.kind !== 'bare') {
    // After a credit, a 6- or 8-digit run is a mistyped code; anything else is not a closing.
    const oddDigitsOk = runIsWhole && digits.length >= 6 && digits.length <= 8;
    if (!hasCode && digits.length !== 0 && !oddDigitsOk) return null;
    const codeFirst = digits.length === 0 ? codeBeforeCredit(tail, reading.start) : null;
    if (codeFirst !== null) {
      const credits = reading.kind === 'credits' ? { raw: reading.raw, ...reading.roles } : null;
      return { credits, creditsUnparsed: reading.kind === 'unparsed' ? reading.raw : null, code: codeFirst.code, codeUnparsed: null, start: offset + codeFirst.start };
    }
    return {
      credits: reading.kind === 'credits' ? { raw: reading.raw, ...reading.roles } : null,
      creditsUnparsed: reading.kind === 'unparsed' ? reading.raw : null,
      code: hasCode ? digits : null,
      codeUnparsed: !hasCode && digits.length !== 0 ? digits : null,
      start: offset + reading.start,
    };
  }
  if (!hasCode) {
    // With no credit, a 6- or 8-digit run right after a sentence's end that opens like a ROC year is a mistyped code (`…使命」。11001101`).
    const mistyped = reading === null && runIsWhole && (digits.length === 6 || digits.length === 8) && SENTENCE_END.test(tail[digitsStart - 1] ?? '') && ROC_YEAR_START.test(digits);
    return mistyped ? { credits: null, creditsUnparsed: null, code: null, codeUnparsed: digits, start: offset + digitsStart } : null;
  }
  if (reading !== null) {
    const credits = { raw: reading.raw, ...emptyRoles(), editors: [reading.name] };
    return { credits, creditsUnparsed: null, code: digits, codeUnparsed: null, start: offset + reading.start };
  }
  // With no credit to anchor it, seven digits are a code only when they are a date and not glued to a number.
  const before = tail[digitsStart - 1];
  if (before !== undefined && numberGluePattern.test(before)) return null;
  if (decodeRocDate(digits) === null) return null;
  return { credits: null, creditsUnparsed: null, code: digits, codeUnparsed: null, start: offset + digitsStart };
}

/**
 * The code written before the credit instead of after it (`…技術問題可撥打8585。1101106（編輯：高華謙、趙敏雅）`,
 * 2021): seven digits right after a sentence's end and right before the credit, that decode to a date.
 */
function codeBeforeCredit(tail: string, creditStart: number): { start: number; code: string } | null {
  const end = skipBlanksBackward(tail, creditStart);
  const start = skipDigitsBackward(tail, end);
  const code = tail.slice(start, end);
  if (code.length !== 7 || !SENTENCE_END.test(tail[start - 1] ?? '') || decodeRocDate(code) === null) return null;
  return { start, code };
}

/**
 * Index of the paragraph that holds the closing, or -1.
 *
 * The nearest paragraph to the end whose closing has a code: usually the
 * last one, but fact boxes, 延伸閱讀 lists, photo credits or name lists may
 * follow it. A credit with no code counts only in the last non-blank
 * paragraph, and only when no earlier paragraph has a coded closing (so a
 * trailing `（攝影：X）` photo credit does not hide the real closing). Fact
 * boxes and name lists after the coded paragraph reach 100 paragraphs in the
 * corpus (`2020-08-11-傳藝金曲獎公布入圍名單…`), so every paragraph may be
 * read, each only through `matchClosing`'s bounded window (linear overall).
 */
export function findClosingParagraph(paragraphs: readonly string[]): number {
  let creditOnly = -1;
  let seenText = false;
  for (let index = paragraphs.length - 1; index >= 0; index -= 1) {
    const text = paragraphs[index] ?? '';
    const closing = matchClosing(text);
    if (closing !== null && (closing.code !== null || closing.codeUnparsed !== null)) return index;
    if (closing !== null && !seenText) creditOnly = index;
    seenText ||= !endsBlank(text);
  }
  return creditOnly;
}

/** Whether the window at the end of a paragraph is blank (an empty paragraph, or one padded past the window). */
function endsBlank(text: string): boolean {
  const tail = text.slice(Math.max(0, text.length - closingWindow));
  return skipBlanksBackward(tail, tail.length) === 0;
}

type CreditRoles = Omit<ParsedCredits, 'raw'>;

type CreditTextReading = { kind: 'credits'; roles: CreditRoles } | { kind: 'unparsed' } | { kind: 'none' };

/**
 * A role word at the start of a group with no separator after it: the group is
 * meant as a credit but cannot be split. Matches `編輯` in `（編輯 陳惠珍）`; no such
 * group occurs in the 2020–2024 corpus, where every role has `：`, `:`, `；` or `，`.
 */
const leadingRolePattern = /^\s*(?:實習|特約|責任|執行)?(?:編譯|譯者|編輯|編緝|核稿|核槁|攝影)/u;

/**
 * Split the text inside a credit group into names by role.
 *
 * Reads `譯者：陳昱婷/ 核稿：張正芊`, `實習編譯：N：核稿：N` (also `特約編譯`, `責任編輯`), `譯者，N/核稿：N`,
 * `編輯；N`, `編輯：N、N/核稿：N、N`, and the book credit
 * `書摘由天下雜誌授權，經中央社節錄，編輯：林廷軍` (text before the first
 * role must end with a comma), also with the publisher's note after the roles,
 * `編輯：李念庭；書摘由三采文化授權，經中央社節錄`. `none`: no role label at all (aside or bare name).
 */
function parseCreditText(whole: string): CreditTextReading {
  // A publisher's note after the last role's names ends them.
  const note = NOTE_AFTER_ROLES.exec(whole);
  const text = note === null ? whole : whole.slice(0, note.index);
  // A role word, blanks, then `：`, `:`, `；` or `，`: `編輯：` in `編輯：陳惠珍`, `譯者，` in `譯者，曾依璇/核稿：…`.
  // A qualifier may stand before the role (`實習編譯`, `特約編譯`, `責任編輯`); the role word decides the bucket.
  const labels = [...text.matchAll(/(?:實習|特約|責任|執行)?(?<role>編譯|譯者|編輯|編緝|核稿|核槁|攝影)[ \u00a0\u3000]*[：:；;，,]/gu)];
  const first = labels[0];
  if (first === undefined) return leadingRolePattern.test(text) ? { kind: 'unparsed' } : { kind: 'none' };
  const prefix = text.slice(0, first.index).trim();
  // Text before the first role ends with a comma, e.g. `經中央社節錄，`.
  if (prefix !== '' && !/[，,；;]$/u.test(prefix)) return { kind: 'unparsed' };
  const roles: CreditRoles = { editors: [], translators: [], reviewers: [], photographers: [] };
  for (const [index, label] of labels.entries()) {
    const segment = text.slice(label.index + label[0].length, labels[index + 1]?.index ?? text.length);
    // Separators between names: `/`, `／`, `、`, commas, colons, blanks, e.g. `張曉雯、陳亦偉` or `陳怡君/ `.
    const names = segment.split(/[\s/／、，,：:；;]+/u).filter((name) => name !== '');
    if (names.length === 0 || !names.every(isName)) return { kind: 'unparsed' };
    roles[roleOf(label.groups?.['role'] ?? '')].push(...names);
  }
  return { kind: 'credits', roles };
}

/**
 * `；書摘由三采文化授權，經中央社節錄` at the end of a credit's text: a publisher's note after the roles, with no role
 * word in it (group 1: the note). `extract-credits` also takes it as a notice (`noteInCredit`).
 */
export const NOTE_AFTER_ROLES = /[，,；;]\s*((?:書摘|本文)(?:(?!編輯|編緝|譯者|編譯|核稿|核槁|攝影)[^（）()：:]){0,40}授權[^（）()：:]{0,40})$/u;

/** The role bucket a role word fills; typos 編緝 and 核槁 included. */
function roleOf(roleWord: string): keyof CreditRoles {
  if (roleWord === '編輯' || roleWord === '編緝') return 'editors';
  if (roleWord === '核稿' || roleWord === '核槁') return 'reviewers';
  if (roleWord === '攝影') return 'photographers';
  return 'translators';
}

/** A person's name in a credit: 2–4 Han characters, e.g. `陳惠珍`, never a role word. */
function isName(text: string): boolean {
  return /^\p{Script=Han}{2,4}$/u.test(text) && !/編輯|編緝|譯者|編譯|核稿|核槁|攝影/u.test(text);
}

type GroupReading =
  | { kind: 'credits'; raw: string; start: number; roles: CreditRoles }
  | { kind: 'unparsed'; raw: string; start: number }
  | { kind: 'bare'; raw: string; start: number; name: string };

/** Read the group `tail[open..close]`; null when it is an aside, not a credit. */
function readGroup(tail: string, open: number, close: number): GroupReading | null {
  const inner = tail.slice(open + 1, close);
  const label = outsideLabel(tail, open);
  const start = label === null ? open : label.start;
  const raw = tail.slice(start, close + 1);
  const parsed = parseCreditText(label === null ? inner : label.text + inner);
  if (parsed.kind === 'credits') return { kind: 'credits', raw, start, roles: parsed.roles };
  if (parsed.kind === 'unparsed') return { kind: 'unparsed', raw, start };
  const name = inner.trim();
  if (isBareName(name)) return { kind: 'bare', raw, start, name };
  return null;
}

/** A role label written outside, before the group: `編輯：` in `…事務。編輯：（吳協昌）1091010`. */
function outsideLabel(tail: string, open: number): { start: number; text: string } | null {
  const end = skipBlanksBackward(tail, open);
  const start = end - 3;
  const text = tail.slice(Math.max(0, start), end);
  // A two-character role and a colon, e.g. `編輯：`.
  return start >= 0 && /^(?:編輯|編緝|譯者|核稿|核槁|攝影)[：:]$/u.test(text) ? { start, text } : null;
}

/** A name alone in parentheses, `（徐睿承）`: 2–4 Han characters, not a stock word. */
function isBareName(text: string): boolean {
  // Two to four Han characters and nothing else, e.g. `徐睿承`.
  return /^\p{Script=Han}{2,4}$/u.test(text) && !bareNotNamePattern.test(text);
}

/** The parenthesised group ending just before `end`, or null. No nesting, bounded length. */
function findTrailingGroup(tail: string, end: number): { open: number; close: number } | null {
  const close = end - 1;
  const closer = tail[close];
  if (closer !== '）' && closer !== ')') return null;
  const limit = Math.max(0, close - maxGroupLength);
  for (let index = close - 1; index >= limit; index -= 1) {
    const char = tail[index];
    if (char === '（' || char === '(') return { open: index, close };
    if (char === '）' || char === ')') return null;
  }
  return null;
}

/** Index after the last non-blank character before `end` (spaces, NBSP, U+3000, zero-width). */
function skipBlanksBackward(text: string, end: number): number {
  let index = end;
  while (index > 0 && isBlank(text.charCodeAt(index - 1))) index -= 1;
  return index;
}

/** Start of the run of ASCII digits that ends at `end`. */
function skipDigitsBackward(text: string, end: number): number {
  let index = end;
  while (index > 0 && isAsciiDigit(text.charCodeAt(index - 1))) index -= 1;
  return index;
}

function isBlank(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0xfeff
  );
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function emptyRoles(): CreditRoles {
  return { editors: [], translators: [], reviewers: [], photographers: [] };
}
