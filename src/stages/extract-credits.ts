/**
 * Stage `extract-credits`: the closing credit (`（編輯：陳惠珍）`,
 * `（譯者：X/核稿：Y）`) and the 7-digit ROC editor code (`1120915`), removed
 * from the paragraph that holds them. Paragraphs after it (fact boxes,
 * lists) stay in the article.
 */
import { findClosingParagraph, matchClosing } from '../credits/parse-credits.js';
import { decodeRocDate } from '../credits/roc-date.js';
import type { Draft } from '../draft.js';
import { defineStage, warn } from '../stage.js';

const STAGE = 'extract-credits';

/** Stage `extract-credits`: find and remove the closing credit and the ROC editor code. */
export const extractCredits = defineStage(STAGE, (draft: Draft): Draft => {
  const paragraphs = draft.paragraphs;
  if (!paragraphs || paragraphs.length === 0) return draft;
  const index = findClosingParagraph(paragraphs);
  const match = index === -1 ? null : matchClosing(paragraphs[index] ?? '');
  if (match === null) {
    let next: Draft = { ...draft, credits: null, editorCode: null };
    next = warn(next, STAGE, 'credits:missing', 'no closing credit (編輯/譯者/核稿) at the end of the article');
    return warn(next, STAGE, 'editor-code:missing', 'no 7-digit editor code at the end of the article');
  }
  const remaining = (paragraphs[index] ?? '').slice(0, match.start).trim();
  const nextParagraphs = [...paragraphs];
  if (remaining === '') nextParagraphs.splice(index, 1);
  else nextParagraphs[index] = remaining;
  const codeDate = match.code === null ? null : decodeRocDate(match.code);
  let next: Draft = {
    ...draft,
    paragraphs: nextParagraphs,
    credits: match.credits,
    editorCode: match.code === null ? null : { raw: match.code, date: codeDate },
  };
  if (match.credits === null) {
    next = match.creditsUnparsed
      ? warn(next, STAGE, 'credits:unparsed', `the closing group ${match.creditsUnparsed.slice(0, 60)} could not be split into roles`)
      : warn(next, STAGE, 'credits:missing', 'no closing credit (編輯/譯者/核稿) before the editor code');
  }
  if (match.code === null) next = warn(next, STAGE, 'editor-code:missing', 'no 7-digit editor code after the closing credit');
  else if (codeDate === null) next = warn(next, STAGE, 'editor-code:not-a-date', `the editor code ${match.code} is not a real ROC-calendar date`);
  return next;
});
