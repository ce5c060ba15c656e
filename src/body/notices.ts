/**
 * Reader notices: fixed texts CNA adds to a story, which are not part of
 * it. In the corpus (42 posts), each is a paragraph of its own, most after
 * the closing code, some before it, about half marked `p.warning` (a class
 * that also marks real subheads, so the text decides):
 * - the suicide-prevention notice of stories about suicide (36):
 *   `珍惜生命，自殺不能解決問題，生命一定可以找到出路。若須諮商或相關協助，可撥衛福部專線「1925」…`,
 *   also opening `自殺警語：`, `※自殺警語：` or `請珍惜生命。自殺防治專線…`;
 * - the alcohol warning Taiwan's law requires (5): `飲酒過量有害身體健康，未滿18歲請勿飲酒。`;
 * - a content warning before a video (1): `影片內容有警察開槍畫面，請審慎考慮後決定是否點擊觀看`.
 * Not in the corpus, seen on 2024 pages:
 * - the source of a story CNA reprints, after the closing code:
 *   `原文來自「台灣事實查核中心」：https://tfc-taiwan.org.tw/articles/11003` (the 媒體識讀 series);
 * - the label of a story about CNA itself, `<div class="aboutUsTag">涉己新聞</div>` above the dateline;
 * - the pointer of the photo-archive series 開箱老照片》 to CNA's photo site, in the coded paragraph:
 *   `<p>想看更多台北橋的照片，立即到<a href="https://www.phototaiwan.com/">中央社影像空間</a>。1120716</p>`.
 * A book excerpt's publisher's note before the closing credit
 * (`（書摘為時報出版授權，小標為中央社所加）`) is one too. `extract-credits` takes
 * them out of the text (after cutting the closing, which may follow a notice
 * in the same paragraph).
 */

/** Paragraphs longer than this are article text, whatever they open with (the longest notice is 97 characters). */
import { NOTE_AFTER_ROLES } from '../credits/parse-credits.js';

const MAX_NOTICE = 200;

const MARK = String.raw`^(?:※\s*)?(?:(?:自殺)?警語[：:]\s*)?`;
const SUICIDE = new RegExp(`${MARK}請?珍惜生命`, 'u');
/** The suicide notice always gives a hotline: a 專線 or 生命線 name, or one of the numbers 1925, 1980, 1995. */
const HOTLINE = /專線|生命線|1925|1980|1995/u;
const ALCOHOL = new RegExp(`${MARK}(?:飲酒過量[，,]?\\s*有害|禁止酒駕|未滿18歲(?:請勿|禁止)飲酒)`, 'u');
const CONTENT_WARNING = new RegExp(`${MARK}[^。]{0,30}請(?:審慎|斟酌)[^。]{0,12}(?:觀看|點擊|點閱)`, 'u');

/** The characters the suicide and alcohol notices open with (`MARK`, then 請/珍 or 飲/禁/未). */
const OPENINGS = '※自警請珍飲禁未';

/** `原文來自「台灣事實查核中心」：https://…`: where a reprinted story comes from (a colon before any comma or full stop). */
const SOURCE_NOTE = /^(?:原文|本文)(?:來自|轉載自|轉自|出處)[^，。,：:]{0,40}[：:]/u;
/** `涉己新聞`: a story about CNA itself (CNA's disclosure label), alone in its paragraph. */
const ABOUT_US = /^[【［[]?涉己新聞[】］\]]?$/u;

/** `想看更多台北橋的照片，立即到中央社影像空間。`: a pointer to CNA's photo site. */
const PHOTO_SITE = /^想看更多[^。，]{0,30}，(?:立即|歡迎|請)(?:[到至上]|前往)中央社影像空間/u;

/** Whether a paragraph is a reader notice (see the module comment). Cheap tests first: this runs on every paragraph. */
export function isNotice(paragraph: string): boolean {
  if (paragraph.length > MAX_NOTICE) return false;
  if ('原本'.includes(paragraph.charAt(0)) && SOURCE_NOTE.test(paragraph)) return true;
  if (paragraph.length <= 6 && ABOUT_US.test(paragraph)) return true;
  if (paragraph.charAt(0) === '想' && PHOTO_SITE.test(paragraph)) return true;
  if (OPENINGS.includes(paragraph.charAt(0)) && ((SUICIDE.test(paragraph) && HOTLINE.test(paragraph)) || ALCOHOL.test(paragraph))) return true;
  return (paragraph.includes('審慎') || paragraph.includes('斟酌')) && CONTENT_WARNING.test(paragraph);
}

/** `…危險中。（書摘為時報出版授權，小標為中央社所加）`: a publisher's note in brackets at the end of a paragraph. */
const PUBLISHER_NOTE = /[（(](?:書摘|本文)[^（）()]{0,40}授權[^（）()]{0,40}[）)]$/u;

/**
 * `…游刃有餘...（全文未完，請鎖定12/6上架之文化+雙週刊第98期「後山策展學」）`: an excerpt's pointer to the whole text;
 * `（本文出自文化+雙週刊第93期「回望台灣文化協會百年」，09/27上線）`: where an excerpt comes from.
 */
const READ_ON_NOTE = /[（(](?:全文未完|本文出自)[^（）()]{0,80}[）)]$/u;

/** Split a publisher's note (or an excerpt's pointer to the whole text) off the end of a paragraph: `[text before, note]`, or null when there is none. */
export function splitPublisherNote(paragraph: string): [string, string] | null {
  const found = PUBLISHER_NOTE.exec(paragraph) ?? READ_ON_NOTE.exec(paragraph);
  return found === null ? null : [paragraph.slice(0, found.index).trim(), found[0]];
}

/** `（書摘由圓神出版授權，小標為中央社所加，編輯：邵曉潔）`: a publisher's note written inside the credit's brackets, before the roles. */
const NOTE_IN_CREDIT = /^[（(]((?:書摘|本文)[^（）()：:]{0,40}授權[^（）()：:]{0,40})[，,；;](?=[^（）()，,；;]*[：:])/u;

/**
 * The publisher's note inside a closing credit, before or after the roles, in brackets like a note of its own (`（書摘由圓神出版授權，小標為中央社所加）`),
 * or null. The credit keeps its raw text; the note is also a notice, as when CNA writes it in brackets of its own.
 */
export function noteInCredit(raw: string): string | null {
  const before = NOTE_IN_CREDIT.exec(raw);
  if (before !== null) return `（${before[1]}）`;
  // After the roles (`（編輯：李念庭；書摘由三采文化授權，經中央社節錄）`, 2023): the reading `parse-credits` cuts the names at.
  const inner = raw.replace(/[）)]$/u, '');
  const after = NOTE_AFTER_ROLES.exec(inner);
  return after !== null && /[：:]/u.test(inner.slice(0, after.index)) ? `（${after[1]}）` : null;
}
