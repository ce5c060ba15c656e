/**
 * Coverage floors for matchDateline over the real corpus in
 * `../shared/corpus/cna` (a sibling of the repository root); skipped with a
 * message when it is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { isPlaceName } from '../../src/dateline/gazetteer.js';
import { matchDateline, type DatelineMatch } from '../../src/dateline/parse-dateline.js';
import { corpusAvailable, corpusRoot, listPosts } from '../../scripts/lib/corpus-stats.js';
import { roughParagraphs } from '../../scripts/lib/rough-html.js';

const hasCorpus = corpusAvailable();
if (!hasCorpus) console.warn(`dateline corpus test skipped: no corpus at ${corpusRoot}`);

/** Share of CNA openings that must parse. */
const PARSED_FLOOR = 0.995;

/** A paragraph that opens like a CNA dateline: `疫情原民心1（中央社記者張祈…`, `(中央社台北21日電）`, `（中央記者…`. */
const CNA_OPENING = /^\s*[^（(]{0,20}[（(](?:中央社|中央通訊社|中央記者)/u;
/** Any digit, ASCII or full-width: `3` in `台北3`. */
const DIGIT = /[0-9\u{ff10}-\u{ff19}]/u;

/** Whether a reporter name ends with a place (`廖禹揚首爾`), i.e. the split failed. */
function endsWithPlace(name: string): boolean {
  for (let start = 1; start <= name.length - 2; start += 1) {
    if (isPlaceName(name.slice(start))) return true;
  }
  return false;
}

function readOpenings(): Array<{ file: string; text: string; match: DatelineMatch }> {
  const openings = [];
  for (const file of listPosts('cna')) {
    const text = roughParagraphs(readFileSync(file, 'utf8'))[0];
    if (text === undefined || !CNA_OPENING.test(text)) continue;
    openings.push({ file, text, match: matchDateline(text) });
  }
  return openings;
}

describe.skipIf(!hasCorpus)('matchDateline over shared/corpus/cna', () => {
  const openings = hasCorpus ? readOpenings() : [];
  const parsed = openings.flatMap(({ match }) => (match.found ? [match.dateline] : []));

  it(`parses at least ${PARSED_FLOOR * 100}% of the CNA openings`, () => {
    const unparsed = openings.filter(({ match }) => !match.found);
    console.log(`dateline: ${parsed.length} of ${openings.length} CNA openings parsed; unparsed:`);
    for (const { file, text } of unparsed) console.log(`  ${file}: ${text.slice(0, 60)}`);
    expect(openings.length).toBeGreaterThan(2000);
    expect(parsed.length / openings.length).toBeGreaterThanOrEqual(PARSED_FLOOR);
  });

  it('never leaves a digit, 記者 or a place in a reporter name', () => {
    const bad = parsed.filter(({ reporters }) =>
      reporters.some((name) => DIGIT.test(name) || name.includes('記者') || isPlaceName(name) || endsWithPlace(name)),
    );
    expect(bad.map(({ raw }) => raw)).toEqual([]);
  });

  it('never puts a digit or 記者 in a place', () => {
    const bad = parsed.filter(({ places }) => places.some((place) => DIGIT.test(place) || place.includes('記者')));
    expect(bad.map(({ raw }) => raw)).toEqual([]);
  });

  it('finds a day or a kind in every parsed dateline', () => {
    expect(parsed.filter(({ day, kind }) => day === null && kind === null)).toEqual([]);
  });
});
