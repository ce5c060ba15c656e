/** `npm run corpus`: run the library over ../shared/corpus and print the coverage table. */
import { basename } from 'node:path';
import { corpusAvailable, corpusRoot, runCorpus } from './lib/corpus-stats.js';

/** `npm run corpus -- DIR` reads the posts of DIR instead of the shared corpus. */
const dir = process.argv[2];
if (dir === undefined && !corpusAvailable()) {
  console.error(`No corpus at ${corpusRoot}; nothing to report.`);
  process.exit(0);
}
const started = performance.now();
const { figures: f } = runCorpus(dir);
const seconds = (performance.now() - started) / 1000;
const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(2)}%`);
const table = (record: Record<string, number>): string =>
  Object.entries(record)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || '–';

const rows: [string, string][] = [
  ['posts read', `${f.posts} (CNA ${f.cnaPosts} incl. seeds, other agencies ${f.otherPosts})`],
  ['Articles', `${f.articles} (${pct(f.articles, f.cnaPosts)} of CNA posts)`],
  ['rejections by code', table(f.rejectionsByCode)],
  ['other agencies rejected not-cna', `${f.otherNotCna} / ${f.otherPosts}`],
  ['exceptions (not CnaPostError)', String(f.crashes.length)],
  ['dateline found', `${f.datelineFound} / ${f.articles} (${pct(f.datelineFound, f.articles)})`],
  ['dateline parsed where the text opens with one', `${f.datelineParsedOfOpenings} / ${f.datelineOpenings} (${pct(f.datelineParsedOfOpenings, f.datelineOpenings)})`],
  ['dateline kinds', table(f.datelineByKind)],
  ['reporters per dateline', table(f.reportersPerPost)],
  ['credits found', `${f.creditsFound} / ${f.articles}`],
  ['credit parsed where the text ends with one', `${f.creditParsedOfOpenings} / ${f.creditOpenings} (${pct(f.creditParsedOfOpenings, f.creditOpenings)})`],
  ['credits by role', table(f.creditsByRole)],
  ['editor code present / decoded / = date', `${f.codePresent} / ${f.codeDecoded} / ${f.codeEqualsDate} (${pct(f.codeEqualsDate, f.codeDecoded)} equal)`],
  ['code read where the text ends with one', `${f.codeDecodedOfClosings} / ${f.codeClosings} (${pct(f.codeDecodedOfClosings, f.codeClosings)})`],
  ['images / with caption / with credit', `${f.images} / ${f.imagesWithCaption} / ${f.imagesWithCredit}`],
  ['images of the pages shown by an image of the Article', `${f.pageImages - f.lostImages.length} / ${f.pageImages} (${pct(f.pageImages - f.lostImages.length, f.pageImages)})`],
  ['keywords (posts with any)', `${f.keywords} (${f.postsWithKeywords})`],
  ['reader notices out of the text (posts with any)', `${f.notices} (${f.postsWithNotices})`],
  ['related links', String(f.related)],
  ['topic: pages linking a topic page / Articles with a topic / wrong', `${f.pageTopics} / ${f.topics} / ${f.wrongTopics.length}`],
  ['links in the text: the pages\' / kept in links / Article links not in the page\'s text', `${f.pageTextLinks} / ${f.pageTextLinks - f.lostTextLinks.length} / ${f.extraTextLinks.length}`],
  ['glossary boxes: the pages\' / in glossary / posts whose titles differ', `${f.pageGlossary} / ${f.glossary} / ${f.wrongGlossary.length}`],
  ['paragraph kinds', table(f.paragraphKinds)],
  ['text blocks of the pages that are a paragraph of the Article, of the same kind', `${f.kindsChecked - f.wrongKinds.length} / ${f.kindsChecked} (${pct(f.kindsChecked - f.wrongKinds.length, f.kindsChecked)})`],
  ['related articles the pages link to, in related', `${f.pageRelated - f.lostRelated.length} / ${f.pageRelated} (${pct(f.pageRelated - f.lostRelated.length, f.pageRelated)})`],
  ['embeds (with a caption or credit)', `${f.embeds} (${f.embedsWithCaption})`],
  ['captions of the pages carried by an image or embed', `${f.pageCaptions - f.lostCaptions.length} / ${f.pageCaptions} (${pct(f.pageCaptions - f.lostCaptions.length, f.pageCaptions)})`],
  ['warnings by code', table(f.warningsByCode)],
  ['boilerplate or dateline/code left in paragraphs', String(f.badParagraphs.length)],
  ['article sentences of the pages kept, in order', `${f.textKept} / ${f.textSentences} (${pct(f.textKept, f.textSentences)}); out of order ${f.textOutOfOrder.length}`],
  ['sentences of the Articles that are article text of their page', `${f.writtenSentences - f.extraText.length} / ${f.writtenSentences} (${pct(f.writtenSentences - f.extraText.length, f.writtenSentences)})`],
  ['  by kind (kept / sentences)', Object.entries(f.textByKind).map(([kind, n]) => `${kind} ${n.kept} / ${n.sentences}`).join(', ')],
  ['time', `${seconds.toFixed(1)} s`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
const list = (title: string, items: readonly string[]): void => {
  if (items.length === 0) return;
  console.log(`\n${title} (${items.length}):`);
  for (const item of items.slice(0, 60)) console.log(`  ${item.replace(dir ?? corpusRoot, '')}`);
};
list('CNA posts rejected', f.cnaRejected.map((r) => `${basename(r.file)}: ${r.code}: ${r.message}`));
list('datelines not parsed', f.unparsedDatelines);
list('credits not parsed', f.unparsedCredits);
list('reporters with a digit or 記者', f.badReporters);
list('places with a digit or 記者', f.badPlaces);
list('paragraphs with boilerplate, a dateline or a code', f.badParagraphs);
list('article sentences lost', f.lostText);
list('sentences of the Articles that are not article text of their page', f.extraText);
list('captions lost', f.lostCaptions);
list('images lost', f.lostImages);
list('related articles lost', f.lostRelated);
list('topics wrong (not a topic page the page links, or one where it links none)', f.wrongTopics);
list('text links lost (in the page\'s article text, not in links)', f.lostTextLinks);
list('text links extra (in links, not in the page\'s article text)', f.extraTextLinks);
list('text links not at their paragraph and offset, or out of order', f.misplacedLinks);
list('paragraphs of another kind than their block on the page', f.wrongKinds);
list('glossary titles not the page\'s boxes\'', f.wrongGlossary);
list('article sentences out of order', f.textOutOfOrder);
list('exceptions', f.crashes);
