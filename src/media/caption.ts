/** Split a caption into its text and its credit. */

export interface SplitCaption {
  readonly caption: string | null;
  readonly credit: string | null;
}

/**
 * A staff credit with its ROC date at the end of a caption:
 * `中央社記者林宏翰洛杉磯攝 109年7月31日`, `中央社記者楊淑閔傳真 109年8月3日`, `中央社 109年8月7日`.
 */
const STAFF_CREDIT = /(?:中央社|本社)[^。！？」）)]{0,30}?(?:(?:攝|傳真|翻攝|提供)(?: ?\d{2,3}[年月日]\d{1,2}月\d{1,2}日)?| ?\d{2,3}年\d{1,2}月\d{1,2}日)$/u;

/**
 * A parenthesised source at the end: `（中央社檔案照片）`, `（防檢局提供）`, `（共同社）`,
 * `（圖取自facebook.com/osnrapper）`, `（示意圖／圖取自Pixabay圖庫）`, `（facebook.com/mod.mil.rus）`,
 * also closed twice by a slip (`（示意圖／圖取自Pixabay圖庫））`, 2023) when no bracket before it is left open.
 */
const SOURCE_CREDIT = /[（(]([^（）()]{1,200})[）)]([）)]?)。?$/u;
/** Words of a picture source; a short group without sentence punctuation (`（安納杜魯新聞社）`) is a source too. */
const SOURCE_WORDS = /照片|提供|攝|取自|翻攝|檔案|圖源|來源|製圖|社|Photo|photo|AP|Reuters|AFP|EPA|Getty/u;
const SENTENCE_MARKS = /[。！？，；]/u;
/** A short group with a number or a unit says what the picture shows (`（7天平均）`, `（單位：億元）`), not whose it is. */
const QUALIFIER = /\d|單位|平均|累計/u;
/** A web address alone: `（facebook.com/mod.mil.rus）`, `（https://www.whitehouse.gov）`. */
const WEB_ADDRESS = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/u;
/**
 * A source of several pictures, longer than 80 characters:
 * `（左圖取自facebook.com/xiaonan.geng.14，中圖取自twitter.com/wangyulawyer，右圖取自維權網網頁wqw2010.blogspot.com）`,
 * also of a collage's corners (`（左上圖取自twitter.com/KremlinRussia_E、右上圖取自www.president.go.ke、…）`, 2021).
 */
const PICTURES_SOURCE = /^(?:[左右中上下]{1,2}圖|圖|照片)[^。！？]*(?:取自|提供|攝)/u;

/** Short groups that are not sources: a position in the picture (`（左2）`, `（前排右起）`), a time in a video (`（約8分32秒處）`). */
const NOT_SOURCE = /^(?:[前後中]排)?[左右中前後上下][起一二三四五六七八九十\d]*$|^約?[\d小時分秒]{2,12}處?$/u;

function isSource(group: string): boolean {
  if (group.length > 80) return PICTURES_SOURCE.test(group);
  if (NOT_SOURCE.test(group)) return false;
  return SOURCE_WORDS.test(group) || (group.length <= 20 && !SENTENCE_MARKS.test(group) && !QUALIFIER.test(group)) || WEB_ADDRESS.test(group);
}

/**
 * A labelled source at the end, not in parentheses, as video captions write it:
 * `影片來源：Samsung`, `…約於11分12秒起提及台灣。影片來源：United Nations`, `…處；影片來源：…`.
 */
const SOURCE_LABELS = ['影片來源', '影片提供', '圖片來源', '圖片提供', '照片來源', '照片提供'];
/** What may stand before a labelled source (or the start of the caption). */
const BEFORE_LABEL = /[\s。；;，,、]/u;
/** A labelled source ends the caption: nothing after it closes a sentence or a parenthesis. */
const ENDS_SOURCE = /^[:：][^。；;（）]*$/u;
/** What separated a labelled source from the caption before it (trimmed off the caption's end). */
const SEPARATOR = /[\s；;，,、]/u;

function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && SEPARATOR.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** The index where a labelled source ends the text, or -1 (one scan per label; no regex backtracking). */
function labelledSourceAt(text: string): number {
  let at = -1;
  for (const label of SOURCE_LABELS) at = Math.max(at, text.lastIndexOf(label));
  if (at < 0) return -1;
  if (at > 0 && !BEFORE_LABEL.test(text.charAt(at - 1))) return -1;
  return ENDS_SOURCE.test(text.slice(at + 4)) ? at : -1;
}

/** Whether the text has an opening bracket that no later bracket closes (`（左圖` in `…（左圖（路透社））`). */
function leavesOpen(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '（' || char === '(') depth += 1;
    else if ((char === '）' || char === ')') && depth > 0) depth -= 1;
  }
  return depth > 0;
}

export function splitCaption(text: string): SplitCaption {
  let rest = text.trim();
  const parts: string[] = [];
  const labelled = labelledSourceAt(rest);
  if (labelled >= 0) {
    parts.unshift(rest.slice(labelled));
    rest = trimSeparators(rest.slice(0, labelled));
  }
  const staff = STAFF_CREDIT.exec(rest);
  if (staff) {
    parts.unshift(staff[0]);
    rest = rest.slice(0, staff.index).trimEnd();
  }
  const source = SOURCE_CREDIT.exec(rest);
  if (source && isSource(source[1] ?? '') && (source[2] === '' || !leavesOpen(rest.slice(0, source.index)))) {
    parts.unshift(source[0]);
    rest = rest.slice(0, source.index).trimEnd();
    // The same credit written twice by a slip (`…出團。（圖取自facebook.com/officialpva）（圖取自facebook.com/officialpva）`, 2021): it is the credit once.
    while (rest.endsWith(source[0])) rest = rest.slice(0, -source[0].length).trimEnd();
  }
  return { caption: rest === '' ? null : rest, credit: parts.length > 0 ? parts.join('') : null };
}
