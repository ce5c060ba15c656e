/**
 * Checks of an Article's paragraph kinds and text links against the oracle's
 * reading of its page (`article-text.ts`), for `npm run corpus` and the
 * corpus test.
 */
import { squeeze, type Page, type TextKind } from './article-text.js';

/** The Article's kind for each kind of block of the page (a fact box's paragraphs may be of any kind). */
const ARTICLE_KINDS: Record<TextKind, readonly string[]> = {
  paragraph: ['text'], subhead: ['subhead'], 'list item': ['list-item'], quote: ['quote'], 'fact box': ['text', 'subhead', 'list-item', 'quote'],
};

/**
 * The page's text blocks that are one paragraph of the Article (the same text, blanks aside), and those among
 * them whose paragraph is not of the block's kind.
 */
export function checkKinds(page: Page, paragraphs: readonly string[], kinds: readonly string[]): { checked: number; wrong: string[] } {
  const byText = new Map<string, string[]>();
  for (const [index, paragraph] of paragraphs.entries()) {
    const text = squeeze(paragraph);
    byText.set(text, [...(byText.get(text) ?? []), kinds[index] ?? '(none)']);
  }
  let checked = 0;
  const wrong: string[] = [];
  for (const block of page.blocks) {
    const found = byText.get(block.text);
    const kind = found?.shift();
    if (kind === undefined) continue;
    checked += 1;
    if (!ARTICLE_KINDS[block.kind].includes(kind)) wrong.push(`${block.kind} read as ${kind}: ${block.text.slice(0, 40)}`);
  }
  return { checked, wrong };
}

/** How many characters before a link its place is checked by (a paragraph split off at a `<br>` may have fewer). */
const CONTEXT = 8;

/**
 * The page's text links that the Article's `links` lack (`lost`), those it has at another place than the page
 * (`misplaced`: the text before the link in its paragraph does not end like the text before it in its block), and
 * the Article's links that are none of the page's (`extra`).
 */
export function checkTextLinks(
  page: Page,
  links: readonly { text: string; url: string; paragraph: number; offset: number }[],
  paragraphs: readonly string[],
): { lost: string[]; misplaced: string[]; extra: string[] } {
  const remaining = links.map((link) => ({ key: `${squeeze(link.text)} ${link.url}`, before: squeeze((paragraphs[link.paragraph] ?? '').slice(0, link.offset)) }));
  const agree = (a: string, b: string): boolean => {
    const length = Math.min(CONTEXT, a.length, b.length);
    return a.slice(a.length - length) === b.slice(b.length - length);
  };
  const lost: string[] = [];
  const misplaced: string[] = [];
  for (const link of page.textLinks) {
    const same = remaining.filter((written) => written.key === link.key);
    const at = same.find((written) => agree(written.before, link.before)) ?? same[0];
    if (at === undefined) lost.push(link.key);
    else {
      if (!agree(at.before, link.before)) misplaced.push(`${link.key} after …${at.before.slice(-CONTEXT)}, on the page after …${link.before.slice(-CONTEXT)}`);
      remaining.splice(remaining.indexOf(at), 1);
    }
  }
  return { lost, misplaced, extra: remaining.map((written) => written.key) };
}
