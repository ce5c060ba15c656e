/**
 * Stage `extract-dateline`: find the opening dateline
 * (`（中央社記者廖禹揚首爾15日專電）`) at the start of the first paragraphs,
 * remove it (and a series label glued before it) from the text, and say why
 * when a post has none (digest, column, fact box, live post).
 */
import { authorsOfParagraph } from '../body/author-line.js';
import { matchDateline } from '../dateline/parse-dateline.js';
import type { Draft } from '../draft.js';
import { defineStage, describeRemoved, warn } from '../stage.js';

const STAGE = 'extract-dateline';

/** How many leading paragraphs may hold the dateline (a fact box or series title can come first). */
const SEARCH = 3;

/** Stage `extract-dateline`: find and remove the opening dateline, or say why the post has none. */
export const extractDateline = defineStage(STAGE, (draft: Draft): Draft => {
  const paragraphs = draft.paragraphs;
  if (!paragraphs || paragraphs.length === 0) return draft;
  let unparsed: string | null = null;
  for (let index = 0; index < Math.min(SEARCH, paragraphs.length); index += 1) {
    const match = matchDateline(paragraphs[index] ?? '');
    if (!match.found) {
      if (match.reason === 'unparsed' && unparsed === null) unparsed = match.raw;
      continue;
    }
    const { dateline: parsed } = match;
    const { paragraphs: nextParagraphs, inner, storyStarts } = removeDatelines(paragraphs, index, match.end);
    let next = draft;
    // One warning for all of them: a post can hold thousands (warnings are copied per call).
    if (inner.length > 0) next = warn(next, STAGE, 'dateline:inner', `removed ${describeRemoved(inner, 'dateline')} of later stories in the post`);
    if (parsed.guess !== null) next = warn(next, STAGE, 'dateline:split-guessed', `reporter and place split by a documented rule: ${parsed.guess}`);
    return {
      ...next,
      paragraphs: nextParagraphs,
      storyStarts,
      dateline: {
        raw: parsed.raw,
        agency: parsed.agency,
        reporters: parsed.reporters,
        places: parsed.places,
        day: parsed.day,
        kind: parsed.kind,
        date: null,
        // A label glued before the dateline, else the title of the series box above it.
        label: parsed.label ?? draft.pageSeries ?? null,
      },
      datelineWritten: { year: parsed.year, month: parsed.month },
    };
  }
  const next: Draft = { ...draft, dateline: null, ...readByline(draft) };
  if (unparsed !== null) return warn(next, STAGE, 'dateline:unparsed', `the dateline ${unparsed.slice(0, 60)} could not be split into reporters and places`);
  const [code, message] = classifyMissing(next);
  return warn(next, STAGE, code, message);
});

/** Cheap test before the full match: `（中央` or `(中央` within the first characters. */
function opensLikeDateline(text: string): boolean {
  const head = text.slice(0, 8);
  return head.includes('（中央') || head.includes('(中央');
}

/**
 * Cut the dateline (ending at `end`) out of paragraph `index`, and the
 * datelines that open later paragraphs (further stories of the same post),
 * noting where each later story starts. Paragraphs left empty are dropped.
 */
function removeDatelines(paragraphs: readonly string[], index: number, end: number): { paragraphs: string[]; inner: string[]; storyStarts: number[] } {
  const inner: string[] = [];
  const out: string[] = [];
  const storyStarts: number[] = [];
  for (const [at, text] of paragraphs.entries()) {
    let kept = text;
    if (at === index) kept = text.slice(end).trim();
    else if (at > index) {
      const later = opensLikeDateline(text) ? matchDateline(text) : null;
      if (later?.found && later.dateline.label === null) {
        inner.push(later.dateline.raw);
        kept = text.slice(later.end).trim();
        // The story starts here, or at the next paragraph when nothing else is left in this one.
        storyStarts.push(out.length);
      }
    }
    if (kept !== '') out.push(kept);
  }
  return { paragraphs: out, inner, storyStarts };
}

/** A name in a byline: two to five Han characters (`鄭景雯`, `名切千繪`). */
const BYLINE_NAME = String.raw`\p{Script=Han}{2,5}`;
/** A role of a byline after the writer and the photographer: `影像`, `照片提供` (two to four Han characters). */
const BYLINE_ROLE = String.raw`\p{Script=Han}{2,4}`;
/** Up to six names, parted by `、` or `，`. */
const BYLINE_NAMES = `${BYLINE_NAME}(?:[、，,] ?${BYLINE_NAME}){0,5}`;
/**
 * A signed feature's byline paragraph, the whole paragraph: `文：黃淑芳 攝影：鄭清元`,
 * `文：鄭景雯／攝影：吳家昇`, `文：名切千繪、楊千慧`, `撰文：X/圖：Y`; with up to three more roles last,
 * kept only in the byline as written (`文：王寶兒／攝影：徐肇昌／照片提供：Taiwan Boardgame Design`,
 * `文：趙靜瑜／攝影：鄭清元、徐肇昌、裴禛／影像：洪凰鈞`, 2021).
 */
const BYLINE = new RegExp(
  `^(?:撰文|文字|文)[：:] ?(?<names>${BYLINE_NAMES})(?:(?: +| ?[／/|｜] ?)(?:攝影|圖)[：:] ?(?<photographers>${BYLINE_NAMES}))?` +
    `(?: ?[／/|｜] ?${BYLINE_ROLE}[：:][^／/|｜：:。]{1,40}){0,3}$`,
  'u',
);
/** The staff line of the 2021 Olympic profiles: `記者／龍柏安 攝影／吳家昇 編輯／張芷瑄`. */
const STAFF_LINE = new RegExp(
  `^記者[／/] ?(?<names>${BYLINE_NAMES})(?: +攝影[／/] ?(?<photographers>${BYLINE_NAMES}))?(?: +編輯[／/] ?(?<editors>${BYLINE_NAMES}))?$`,
  'u',
);
const BYLINE_SEPARATOR = /[、，,] ?/u;

/**
 * A byline paragraph among the first paragraphs (a lead in a pull quote can
 * come before it), or a column's author line written as a paragraph, gives
 * the page's authors (and photographers and editors, with the byline as written) and leaves the text.
 * A column's `div.author` takes precedence.
 */
function readByline(draft: Draft): Pick<Draft, 'paragraphs' | 'pageAuthors' | 'pagePhotographers' | 'pageByline'> {
  const paragraphs = draft.paragraphs ?? [];
  if ((draft.pageAuthors?.length ?? 0) > 0) return {};
  for (let index = 0; index < Math.min(SEARCH, paragraphs.length); index += 1) {
    // A column's author line written as a paragraph (`中央社駐紐約特派員尹俊傑／8月15日`, 2021 pages).
    const authors = authorsOfParagraph(paragraphs[index] ?? '');
    if (authors.length > 0) return { paragraphs: paragraphs.filter((_, at) => at !== index), pageAuthors: authors, pagePhotographers: [] };
    const line = paragraphs[index] ?? '';
    const groups = (BYLINE.exec(line) ?? STAFF_LINE.exec(line))?.groups;
    const names = groups?.['names'];
    if (names === undefined) continue;
    const list = (key: string): string[] => groups?.[key]?.split(BYLINE_SEPARATOR) ?? [];
    return {
      paragraphs: paragraphs.filter((_, at) => at !== index),
      pageAuthors: names.split(BYLINE_SEPARATOR),
      pagePhotographers: list('photographers'),
      pageByline: { raw: line, editors: list('editors') },
    };
  }
  return {};
}

/** Why a post has no dateline, from its title and opening text. */
function classifyMissing(draft: Draft): [code: string, message: string] {
  const title = draft.meta?.title ?? '';
  const first = draft.paragraphs?.[0] ?? '';
  if (/早安世界|一週大事|今晨最新|晚安世界/.test(title + first.slice(0, 40))) return ['dateline:digest', `no dateline: a news digest ("${title.slice(0, 40)}")`];
  if ((draft.pageAuthors?.length ?? 0) > 0 || /特派專欄|專欄|【專訪】|書摘/.test(title)) return ['dateline:column', 'no dateline: a column or signed feature'];
  if (/小檔案|小百科|懶人包|一次看/.test(title + first.slice(0, 30))) return ['dateline:fact-box', `no dateline: the article opens with a fact box ("${first.slice(0, 30)}")`];
  if (/直播|即時|live/i.test(title)) return ['dateline:live', 'no dateline: a live post'];
  return ['dateline:missing', `no dateline at the start of the first paragraph ("${first.slice(0, 30)}")`];
}
