/**
 * Coverage floors for the closing parser over the real CNA corpus
 * (`shared/corpus/cna`, a sibling of the repository root). Skipped with a
 * message when the corpus is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { findClosingParagraph, matchClosing, type ParsedCredits } from '../../src/credits/parse-credits.js';
import { decodeRocDate } from '../../src/credits/roc-date.js';
import { corpusAvailable, corpusRoot, listPosts } from '../../scripts/lib/corpus-stats.js';
import { roughParagraphs } from '../../scripts/lib/rough-html.js';

const hasCorpus = corpusAvailable();
if (!hasCorpus) console.warn(`credits corpus test skipped: no corpus at ${corpusRoot}`);

const roleWords = ['實習編譯', '編譯', '譯者', '編輯', '編緝', '核稿', '核槁', '攝影'];
const roleKeys = ['editors', 'translators', 'reviewers', 'photographers'] as const;

/** The nearest of the last 65 non-blank paragraphs that ends in exactly 7 digits, found without the parser. */
function crudeCodeParagraph(paragraphs: readonly string[]): number {
  let seen = 0;
  for (let index = paragraphs.length - 1; index >= 0 && seen < 65; index -= 1) {
    const text = (paragraphs[index] ?? '').trim();
    if (text === '') continue;
    seen += 1;
    // Exactly seven digits at the end, e.g. `…（編輯：陳惠珍）1120915`.
    if (/(?<!\d)\d{7}$/u.test(text)) return index;
  }
  return -1;
}

/** The text of the last parenthesised group at the end (before any digits), when it looks like a credit. */
function crudeCreditGroup(paragraph: string): string | null {
  const text = paragraph.trim().slice(-150);
  let end = text.length;
  while (end > 0 && /\d/u.test(text.charAt(end - 1))) end -= 1;
  const body = text.slice(0, end).trimEnd();
  const close = body.length - 1;
  if (body[close] !== '）' && body[close] !== ')') return null;
  const open = Math.max(body.lastIndexOf('（'), body.lastIndexOf('('));
  if (open < 0) return null;
  const inner = body.slice(open + 1, close);
  const labelled = body.slice(Math.max(0, open - 3), open).endsWith('：');
  // A bare 2–4 character name, e.g. `徐睿承` in `（徐睿承）1091003`.
  const bare = /^\p{Script=Han}{2,4}$/u.test(inner.trim()) && end < text.length;
  return roleWords.some((word) => inner.includes(word)) || labelled || bare ? body.slice(open) : null;
}

function roleMix(credits: ParsedCredits): string {
  return roleKeys.flatMap((key) => (credits[key].length > 0 ? [`${key}×${String(credits[key].length)}`] : [])).join(' + ');
}

function badName(name: string): boolean {
  return /[\d：:/／\s]/u.test(name) || roleWords.some((word) => name.includes(word));
}

describe.skipIf(!hasCorpus)('closing credits over the CNA corpus', () => {
  const files = hasCorpus ? listPosts('cna') : [];
  const stats = { posts: 0, closings: 0, creditLike: 0, creditsParsed: 0, codes: 0, codesSet: 0, codesDecoded: 0 };
  const mixes = new Map<string, number>();
  const unparsed: string[] = [];
  const missedCodes: string[] = [];
  const notDates: string[] = [];
  const badNames: string[] = [];
  const oddDigits: string[] = [];

  for (const name of files) {
    const paragraphs = roughParagraphs(readFileSync(name, 'utf8'));
    stats.posts += 1;
    const found = findClosingParagraph(paragraphs);
    const closing = found < 0 ? null : matchClosing(paragraphs[found] ?? '');
    if (closing !== null) stats.closings += 1;
    const mix = closing === null ? 'no closing' : closing.credits !== null ? roleMix(closing.credits) : closing.creditsUnparsed !== null ? 'unparsed credit' : 'code only';
    mixes.set(mix, (mixes.get(mix) ?? 0) + 1);
    if (closing?.codeUnparsed != null) oddDigits.push(`${name}: ${closing.codeUnparsed}`);
    for (const person of roleKeys.flatMap((key) => closing?.credits?.[key] ?? [])) {
      if (badName(person)) badNames.push(`${name}: ${person}`);
    }

    const coded = crudeCodeParagraph(paragraphs);
    if (coded >= 0) {
      stats.codes += 1;
      const code = (paragraphs[coded] ?? '').trim().slice(-7);
      if (found === coded && closing?.code === code) stats.codesSet += 1;
      else missedCodes.push(`${name}: paragraph ${String(coded)} ends ${code}; found ${String(found)} → ${String(closing?.code)}`);
      if (decodeRocDate(code) === null) notDates.push(`${name}: ${code}`);
      else stats.codesDecoded += 1;
    }

    const closingText = paragraphs[coded >= 0 ? coded : paragraphs.length - 1] ?? '';
    const group = crudeCreditGroup(closingText);
    if (group !== null) {
      stats.creditLike += 1;
      const credits = matchClosing(closingText)?.credits;
      if (credits != null && roleKeys.some((key) => credits[key].length > 0)) stats.creditsParsed += 1;
      else unparsed.push(`${name}: ${group}`);
    }
  }

  console.log('closing credits over the corpus:', stats);
  console.log('by role mix:', Object.fromEntries([...mixes].sort((a, b) => b[1] - a[1])));
  if (oddDigits.length > 0) console.log('mistyped codes after a credit (codeUnparsed):', oddDigits);
  if (unparsed.length > 0) console.log('credit-like groups not parsed:', unparsed);
  if (missedCodes.length > 0) console.log('7-digit closing codes missed:', missedCodes);
  if (notDates.length > 0) console.log('codes that are not dates:', notDates);

  it('parses >= 99.5% of credit-like closing groups to at least one name', () => {
    expect(stats.creditLike).toBeGreaterThan(0);
    expect(stats.creditsParsed / stats.creditLike).toBeGreaterThanOrEqual(0.995);
  });

  it('sets the code of every post whose closing ends with a 7-digit code, and decodes it', () => {
    expect(stats.codes).toBeGreaterThan(0);
    expect(missedCodes).toEqual([]);
    expect(stats.codesDecoded + notDates.length).toBe(stats.codes);
    expect(notDates.length / stats.codes).toBeLessThanOrEqual(0.01);
  });

  it('finds a closing in >= 97% of posts', () => {
    expect(stats.closings / stats.posts).toBeGreaterThanOrEqual(0.97);
  });

  it('never returns a name with digits, colons, slashes, blanks or a role word', () => {
    expect(badNames).toEqual([]);
  });
});
