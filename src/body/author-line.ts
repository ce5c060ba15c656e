/**
 * A column's author line: `中央社駐布魯塞爾特派員唐佩君／8月26日`, in a
 * `div.author` on the 2020–21 pages, and as a paragraph of its own on later
 * ones (`<p><strong>中央社駐紐約特派員尹俊傑／8月15日</strong></p>`, 2021).
 */

/** `…特派員唐佩君／` → `唐佩君`; `中央社駐東京特派員楊明珠、戴雅真／…` → both. The text is cleaned first: any run of blanks is one space. */
const AUTHOR_LINE = /(?:特派員|記者|編譯|特約記者) ?([\p{Script=Han}·]{2,5}(?: ?[、，,] ?[\p{Script=Han}·]{2,5}){0,5}) ?[／/]/u;
const AUTHOR_SEPARATOR = / ?[、，,] ?/u;
/** The whole paragraph is an author line: it opens with 中央社 and ends with the date, `／8月15日`. */
const AUTHOR_PARAGRAPH = /^中央社[^／/。，]{0,24}[／/] ?\d{1,2}月\d{1,2}日$/u;

/** The authors an author line names (in a `div.author`'s text, whatever follows), or none. */
export function authorsOfLine(text: string): string[] {
  const names = AUTHOR_LINE.exec(text.slice(0, 200))?.[1];
  return names === undefined ? [] : names.split(AUTHOR_SEPARATOR);
}

/** The authors of a paragraph that is only an author line, or none. */
export function authorsOfParagraph(paragraph: string): string[] {
  return paragraph.length <= 60 && AUTHOR_PARAGRAPH.test(paragraph) ? authorsOfLine(paragraph) : [];
}
