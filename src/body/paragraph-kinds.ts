/**
 * The kind of a paragraph, from the block it was read from: a subhead
 * (`<h2>●美國官員為什麼對TikTok有疑慮？</h2>`, a short line all in bold,
 * `<p><strong>● 巴西</strong></p>`, a short line opening with a bullet,
 * `<p>● 統一教是什麼？</p>`, a weekly digest's headline,
 * `<p>★<a href="…">中東和平大進展 巴林以色列簽協議</a></p>`), a list item, a
 * quote, else text.
 */
import type { Element, Root } from 'hast';
import { cleanText, textOf } from '../hast/query.js';
import type { ParagraphKind } from '../schema.js';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The kind of the paragraphs inside `block`, which sits in a block of kind `outer`: the innermost marked block decides. */
export function kindOfBlock(block: Element, outer: ParagraphKind): ParagraphKind {
  if (HEADINGS.has(block.tagName)) return 'subhead';
  if (block.tagName === 'li') return 'list-item';
  if (block.tagName === 'blockquote') return 'quote';
  return outer;
}

/**
 * The longest line in bold that is read as a subhead. The corpus's bold-only
 * lines are the country and section heads of the round-ups (`● 巴西`,
 * `國際新聞：`, `最佳作曲獎`: 571 of 578 at most 14 characters) and a few
 * headline-like lines (20–23); a longer one is a sentence set in bold
 * (`【更新】上午11時過後，台積電買盤再次湧入…`, 66).
 */
const SUBHEAD_MAX = 24;

/** Short enough for a subhead and no sentence (it does not end with `。`): what a bold or bulleted line must also be. */
const isHeadLength = (line: string): boolean => line.length <= SUBHEAD_MAX && !line.endsWith('。');

/** A line opening with a bullet (`● 俄羅斯`; not `◎`, which marks the items of a list). */
const BULLET = /^[●■◆▍]/u;

/**
 * Whether a line is a subhead marked by its bullet: `<p>● 統一教是什麼？</p>` (2022), `<p>● 俄羅斯</p>` (the country
 * heads of the 2020 round-ups, bold in some posts and not in others). Short and no sentence, like a bold line: a
 * bulleted sentence (`● 最低工資從每小時7.25美元提高到15美元。`) is text.
 */
export function isBulletHead(line: string): boolean {
  return BULLET.test(line) && isHeadLength(line);
}

/**
 * Whether a block of text is a line all in bold, `<p><strong>● 巴西</strong></p>`: its one
 * child with words is a `strong` or `b` element, and the line is short and no sentence
 * (it does not end with `。`).
 */
export function isBoldLine(block: Root | Element, line: string): boolean {
  if (!isHeadLength(line)) return false;
  let bold = false;
  for (const child of block.children) {
    if (child.type === 'text') {
      if (child.value.trim() !== '') return false;
    } else if (child.type === 'element') {
      if (bold || (child.tagName !== 'strong' && child.tagName !== 'b')) return false;
      bold = true;
    }
  }
  return bold;
}

/** The star that opens a headline of the weekly digest 一週大事, and the blanks after it. */
const STAR = /^★\s*/;

/**
 * Whether a line is a headline of the weekly digest 一週大事: `★` and the words of a link of its block, nothing
 * else (`<p>★<a href="…">中東和平大進展 巴林以色列簽協議</a></p>`, the star inside the link in 2021, the whole wrapped
 * in `strong` at times). Its link is also in `related`.
 */
export function isDigestHeadline(line: string, anchors: readonly Element[]): boolean {
  if (!line.startsWith('★') || anchors.length === 0) return false;
  const words = line.replace(STAR, '');
  return words !== '' && anchors.some((anchor) => cleanText(textOf(anchor)).replace(STAR, '') === words);
}
