/**
 * Stage `extract-credits`: the closing credit (`（編輯：陳惠珍）`,
 * `（譯者：X/核稿：Y）`) and the 7-digit ROC editor code (`1120915`), removed
 * from the paragraph that holds them. Paragraphs after it (fact boxes,
 * lists) stay in the article. In a post of several stories (a running story:
 * the newest version on top, earlier ones below, each with its dateline and
 * closing), the closing is the lead story's, the one before the first later
 * dateline (`draft.storyStarts`); the closings (credit and code, or a code
 * alone) of the other stories are removed too and reported as `credits:inner`.
 * Reader notices that follow or precede the closing (a suicide-prevention
 * hotline, the alcohol warning, a publisher's note; `body/notices.ts`) leave
 * the text for `notices`.
 */
import { findClosingParagraph, matchClosing, type ClosingMatch } from '../credits/parse-credits.js';
import { isNotice, noteInCredit, splitPublisherNote } from '../body/notices.js';
import { decodeRocDate } from '../credits/roc-date.js';
import type { Draft } from '../draft.js';
import { defineStage, describeRemoved, warn } from '../stage.js';

const STAGE = 'extract-credits';

/** Stage `extract-credits`: find and remove the closing credit and the ROC editor code. */
export const extractCredits = defineStage(STAGE, (draft: Draft): Draft => {
  const paragraphs = draft.paragraphs;
  if (!paragraphs || paragraphs.length === 0) return draft;
  const index = closingParagraph(paragraphs, draft.storyStarts?.[0]);
  const match = index === -1 ? null : matchClosing(paragraphs[index] ?? '');
  if (match === null) {
    // With no closing, a publisher's note can still end the last paragraph.
    const last = paragraphs.length - 1;
    const split = splitPublisherNote(paragraphs[last] ?? '');
    const text = split === null ? paragraphs : [...paragraphs.slice(0, last), ...(split[0] === '' ? [] : [split[0]])];
    let next: Draft = { ...draft, ...takeNotices(text, split?.[1] ?? null), credits: null, editorCode: null };
    next = warn(next, STAGE, 'credits:missing', 'no closing credit (編輯/譯者/核稿) at the end of the article');
    return warn(next, STAGE, 'editor-code:missing', 'no 7-digit editor code at the end of the article');
  }
  const { paragraphs: cleaned, inner, note } = removeClosings(paragraphs, index, match);
  const codeDate = match.code === null ? null : decodeRocDate(match.code);
  let next: Draft = {
    ...draft,
    ...takeNotices(cleaned, note ?? (match.credits === null ? null : noteInCredit(match.credits.raw))),
    credits: match.credits,
    editorCode: match.code === null ? null : { raw: match.code, date: codeDate },
  };
  // One warning for all of them: a post can hold thousands (warnings are copied per call).
  if (inner.length > 0) next = warn(next, STAGE, 'credits:inner', `removed ${describeRemoved(inner, 'closing')} of the other stories in the post`);
  if (match.credits === null) {
    next = match.creditsUnparsed
      ? warn(next, STAGE, 'credits:unparsed', `the closing group ${match.creditsUnparsed.slice(0, 60)} could not be split into roles`)
      : warn(next, STAGE, 'credits:missing', 'no closing credit (編輯/譯者/核稿) before the editor code');
  }
  if (match.codeUnparsed !== null) {
    const where = match.credits === null && match.creditsUnparsed === null ? 'at the end of the article' : 'after the credit';
    next = warn(next, STAGE, 'editor-code:malformed', `the digits ${match.codeUnparsed} ${where} are not a 7-digit editor code`);
  }
  else if (match.code === null) next = warn(next, STAGE, 'editor-code:missing', 'no 7-digit editor code after the closing credit');
  else if (codeDate === null) next = warn(next, STAGE, 'editor-code:not-a-date', `the editor code ${match.code} is not a real ROC-calendar date`);
  return next;
});

/** Take the reader notices (`body/notices.ts`) out of the paragraphs; `note` is a publisher's note cut off the closing paragraph. */
function takeNotices(paragraphs: readonly string[], note: string | null): { paragraphs: readonly string[]; notices: string[] } {
  const text: string[] = [];
  const notices: string[] = [];
  for (const paragraph of paragraphs) (isNotice(paragraph) ? notices : text).push(paragraph);
  if (note !== null) notices.push(note);
  return { paragraphs: text, notices };
}

/**
 * The paragraph of the closing: the lead story's when the post has later stories
 * (`leadEnd`: where the first of them starts) and the lead story has one, else the post's.
 */
function closingParagraph(paragraphs: readonly string[], leadEnd: number | undefined): number {
  const lead = leadEnd === undefined ? -1 : findClosingParagraph(paragraphs.slice(0, leadEnd));
  return lead !== -1 ? lead : findClosingParagraph(paragraphs);
}

/** `…互動。1090909（編輯：孫承武）1090909`: the code written twice, once before the credit. */
function dropRepeatedCode(text: string, code: string | null): string {
  if (code === null || !text.endsWith(code)) return text;
  const before = text.charAt(text.length - code.length - 1);
  return /\d/.test(before) ? text : text.slice(0, -code.length).trim();
}

/**
 * Cut the closing out of paragraph `index` (and a publisher's note right
 * before it), and the coded closings of the other stories out of the other
 * paragraphs (before it, and after it when it is the lead story's).
 * Paragraphs left empty are dropped.
 */
function removeClosings(paragraphs: readonly string[], index: number, match: ClosingMatch): { paragraphs: string[]; inner: string[]; note: string | null } {
  const inner: string[] = [];
  const out: string[] = [];
  let note: string | null = null;
  for (const [at, text] of paragraphs.entries()) {
    let kept = text;
    if (at === index) {
      kept = dropRepeatedCode(text.slice(0, match.start).trim(), match.code);
      const split = splitPublisherNote(kept);
      if (split !== null) [kept, note] = split;
    } else {
      // Inner closings need a code, so only a paragraph ending in a digit can hold one.
      const earlier = /\d\s*$/.test(text.slice(-8)) ? matchClosing(text) : null;
      // A code is required: a bare credit-like aside mid-article is text. (matchClosing only takes a code with no credit when it is a real date.)
      if (earlier && (earlier.code !== null || earlier.codeUnparsed !== null)) {
        inner.push(text.slice(earlier.start).trim());
        kept = text.slice(0, earlier.start).trim();
      }
    }
    if (kept !== '') out.push(kept);
  }
  return { paragraphs: out, inner, note };
}
