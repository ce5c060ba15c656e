/**
 * Figures over a folder of posts, shared by `npm run corpus` (prints them)
 * and the corpus test (asserts floors over them).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CnaPostError, safeParseCnaPost, type Article } from '../../src/index.js';
import { checkText, lostCaptions, lostImages, lostRelatedLinks, readPage, textKinds, type TextCheck, type TextKind } from './article-text.js';
import { roughParagraphs } from './rough-html.js';
import { checkKinds, checkTextLinks } from './text-checks.js';

export const corpusRoot = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export function corpusAvailable(): boolean {
  return existsSync(join(corpusRoot, 'cna'));
}

export function listPosts(folder: string, root: string = corpusRoot): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') || name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

export interface PostOutcome {
  readonly file: string;
  readonly folder: string;
  readonly article: Article | null;
  readonly error: CnaPostError | null;
  /** Anything thrown that is not a CnaPostError (must never happen). */
  readonly crash: unknown;
  /** The first text paragraph opens like a CNA dateline (before extraction). */
  readonly opensWithDateline: boolean;
  /** The body ends with a parenthesised credit-like group before the code. */
  readonly endsWithCredit: boolean;
  /** The body ends with a 7-digit code. */
  readonly endsWithCode: boolean;
  /** The page's article sentences that the Article keeps (null without an Article or for other agencies). */
  readonly text: TextCheck | null;
  /** The page's image and video captions, and those that no image or embed of the Article carries (null as for `text`). */
  readonly captions: { readonly count: number; readonly lost: readonly string[] } | null;
  /** The CNA articles the page links to as related reading, and those missing from `related` (null as for `text`). */
  readonly relatedLinks: { readonly count: number; readonly lost: readonly string[] } | null;
  /** The images of the page's article part, and those that no image of the Article shows (null as for `text`). */
  readonly pageImages: { readonly count: number; readonly lost: readonly string[] } | null;
  /** The topic pages the page links from a series box or a block title, read from the raw HTML (null as for `text`). */
  readonly pageTopics: readonly string[] | null;
  /** The links of the page's article text, those the Article's `links` lack, and the Article's links the page's text has not (null as for `text`). */
  readonly textLinks: { readonly count: number; readonly lost: readonly string[]; readonly misplaced: readonly string[]; readonly extra: readonly string[] } | null;
  /** The titles of the page's glossary boxes, read from the raw HTML (null as for `text`). */
  readonly pageGlossary: readonly string[] | null;
  /** The page's text blocks that are one paragraph of the Article, and those whose paragraph has another kind (null as for `text`). */
  readonly kinds: { readonly checked: number; readonly wrong: readonly string[] } | null;
}

/**
 * A link to a topic page right inside a series box or a block title, in the raw HTML:
 * `<div class="topicbox" style="…"><a href="https://www.cna.com.tw/topic/newstopic/3389.aspx">`,
 * `<div class="moreArticle-title trailing"><a href="https://www.cna.com.tw/topic/newstopic/1647.aspx" target="_blank">`.
 */
/** The title of a glossary box in the raw HTML: `<div class='dictionary-box' data-box='000085'><p class='dictionary-title'>李登輝小檔案</p>`. */
const GLOSSARY_TITLE = /class=["']dictionary-box["'][^>]*>\s*<p class=["']dictionary-title["'][^>]*>([^<]*)</g;

const TOPIC_BOX_LINK = /class=["'](?:topicbox|moreArticle-title[^"']*)["'][^>]*>\s*<a [^>]*?href=["']([^"']*\/topic\/newstopic\/\d+\.aspx)["']/g;

/** `（中央社`, `(中央社`, `（中央通訊社`, `（中央記者`, optionally after a short series label. */
const DATELINE_OPENING = /^[^（(]{0,20}[（(]中央(?:社|通訊社|記者)/;
/** A closing `…（編輯：X）1120915` / `…（X）` / `…1120915` in the raw HTML of the last paragraphs. */
const CREDIT_CLOSING = /[（(][^（）()]{1,60}[）)]\s*\d{7}\s*$/;
/** Seven digits at the end, not part of a longer number, a phone number or a word. */
const CODE_CLOSING = /(?<![\d.:#+\-A-Z])\d{7}\s*$/i;

export function runPost(file: string, folder: string): PostOutcome {
  const bytes = readFileSync(file);
  const page = bytes.toString('utf8');
  const paragraphs = roughParagraphs(page);
  const first = paragraphs[0] ?? '';
  const closing = paragraphs.filter((p) => CODE_CLOSING.test(p) || /[）)]\s*$/.test(p)).at(-1) ?? '';
  let article: Article | null = null;
  let error: CnaPostError | null = null;
  let crash: unknown = null;
  try {
    const result = safeParseCnaPost(bytes, { file });
    if (result.ok) article = result.article;
    else error = result.error;
  } catch (thrown) {
    crash = thrown;
  }
  const checks = folder !== 'other' && article !== null ? checkPage(page, article) : { text: null, captions: null, relatedLinks: null, pageImages: null, pageTopics: null, textLinks: null, kinds: null, pageGlossary: null };
  return {
    file,
    folder,
    article,
    error,
    crash,
    opensWithDateline: DATELINE_OPENING.test(first),
    endsWithCredit: CREDIT_CLOSING.test(closing),
    endsWithCode: CODE_CLOSING.test(closing),
    ...checks,
  };
}

/** The checks of a CNA Article against a second reading of its page (scripts/lib/article-text.ts). */
function checkPage(post: string, article: Article): Pick<PostOutcome, 'text' | 'captions' | 'relatedLinks' | 'pageImages' | 'pageTopics' | 'textLinks' | 'kinds' | 'pageGlossary'> {
  const page = readPage(post);
  return {
    text: checkText(page, article.paragraphs),
    captions: { count: page.captions.length, lost: lostCaptions(page, [...article.images, ...article.embeds]) },
    relatedLinks: { count: page.relatedLinks.length, lost: lostRelatedLinks(page, article.related) },
    pageImages: { count: page.images.length, lost: lostImages(page, article.images) },
    pageTopics: [...post.matchAll(TOPIC_BOX_LINK)].map((match) => match[1] ?? ''),
    textLinks: { count: page.textLinks.length, ...checkTextLinks(page, article.links, article.paragraphs) },
    kinds: checkKinds(page, article.paragraphs, article.paragraphKinds),
    pageGlossary: [...post.matchAll(GLOSSARY_TITLE)].map((match) => (match[1] ?? '').replace(/\s+/g, ' ').trim()),
  };
}

export interface CorpusFigures {
  posts: number;
  cnaPosts: number;
  otherPosts: number;
  articles: number;
  crashes: string[];
  rejectionsByCode: Record<string, number>;
  otherNotCna: number;
  cnaRejected: { file: string; code: string; message: string }[];
  datelineOpenings: number;
  datelineParsedOfOpenings: number;
  datelineFound: number;
  datelineByKind: Record<string, number>;
  reportersPerPost: Record<string, number>;
  creditOpenings: number;
  creditParsedOfOpenings: number;
  creditsFound: number;
  creditsByRole: Record<string, number>;
  codeClosings: number;
  codeDecodedOfClosings: number;
  codePresent: number;
  codeDecoded: number;
  codeEqualsDate: number;
  images: number;
  imagesWithCaption: number;
  imagesWithCredit: number;
  keywords: number;
  postsWithKeywords: number;
  /** Reader notices taken out of the text, and the posts that have any. */
  notices: number;
  postsWithNotices: number;
  related: number;
  embeds: number;
  embedsWithCaption: number;
  pageCaptions: number;
  lostCaptions: string[];
  pageImages: number;
  lostImages: string[];
  pageRelated: number;
  lostRelated: string[];
  /** Articles with a topic; pages that link a topic page from a series box or block title, and those whose Article's topic is not one of them. */
  topics: number;
  pageTopics: number;
  wrongTopics: string[];
  /** Links in the Articles' text; links of the pages' article text, those the Articles lack, and the Articles' links the pages' text has not. */
  links: number;
  pageTextLinks: number;
  lostTextLinks: string[];
  extraTextLinks: string[];
  /** Links whose words are not at their `paragraph` and `offset`, that come before the link ahead of them, or that are at another place than on the page. */
  misplacedLinks: string[];
  /** Glossary entries of the Articles; the pages' glossary boxes; the posts whose entries' titles are not their page's boxes', in order. */
  glossary: number;
  pageGlossary: number;
  wrongGlossary: string[];
  /** Paragraphs of each kind; the page's text blocks that are one paragraph of the Article, and those of another kind. */
  paragraphKinds: Record<string, number>;
  kindsChecked: number;
  wrongKinds: string[];
  warningsByCode: Record<string, number>;
  unparsedDatelines: string[];
  unparsedCredits: string[];
  badReporters: string[];
  badPlaces: string[];
  badParagraphs: string[];
  /** Sentences of the pages' article parts (scripts/lib/article-text.ts), and how many the Articles keep in order. */
  textSentences: number;
  textKept: number;
  textByKind: Record<TextKind, { sentences: number; kept: number }>;
  lostText: string[];
  textOutOfOrder: string[];
  /** Sentences of the Articles' paragraphs, and those that are not article text of their page. */
  writtenSentences: number;
  extraText: string[];
}

function bump(record: Record<string, number>, key: string, by = 1): void {
  record[key] = (record[key] ?? 0) + by;
}

/** A 7-digit code left at the end of a paragraph (not the tail of a phone number like `04-27026672`). */
const LEFT_CODE = /(?<![\d.:#+\-A-Z])\d{7}$/i;
/** The last line of Infogram's attribution under a chart, alone in a paragraph. */
const EMBED_FALLBACK = /^Infogram$/;
const BOILERPLATE_TEXT = ['訂閱《', '請輸入正確的電子信箱格式', '获取更多RSS', '聚焦新聞', '延伸閱讀》'];

function emptyFigures(posts: number): CorpusFigures {
  return {
    posts, cnaPosts: 0, otherPosts: 0, articles: 0, crashes: [], rejectionsByCode: {}, otherNotCna: 0, cnaRejected: [],
    datelineOpenings: 0, datelineParsedOfOpenings: 0, datelineFound: 0, datelineByKind: {}, reportersPerPost: {},
    creditOpenings: 0, creditParsedOfOpenings: 0, creditsFound: 0, creditsByRole: {},
    codeClosings: 0, codeDecodedOfClosings: 0, codePresent: 0, codeDecoded: 0, codeEqualsDate: 0,
    images: 0, imagesWithCaption: 0, imagesWithCredit: 0, keywords: 0, postsWithKeywords: 0, notices: 0, postsWithNotices: 0, related: 0, embeds: 0, embedsWithCaption: 0, pageCaptions: 0, lostCaptions: [], pageImages: 0, lostImages: [], pageRelated: 0, lostRelated: [], topics: 0, pageTopics: 0, wrongTopics: [],
    links: 0, pageTextLinks: 0, lostTextLinks: [], extraTextLinks: [], misplacedLinks: [], glossary: 0, pageGlossary: 0, wrongGlossary: [], paragraphKinds: {}, kindsChecked: 0, wrongKinds: [],
    warningsByCode: {}, unparsedDatelines: [], unparsedCredits: [], badReporters: [], badPlaces: [], badParagraphs: [],
    textSentences: 0, textKept: 0, lostText: [], textOutOfOrder: [], writtenSentences: 0, extraText: [],
    textByKind: Object.fromEntries(textKinds.map((kind) => [kind, { sentences: 0, kept: 0 }])) as CorpusFigures['textByKind'],
  };
}

/** The first warning of a family (`dateline:`, `credits:`), for the lists of unparsed posts. */
function warningOf(a: Article, family: string): string {
  return a.warnings.find((w) => w.code.startsWith(family))?.message ?? '';
}

function countDateline(f: CorpusFigures, o: PostOutcome, a: Article): void {
  if (o.opensWithDateline) {
    f.datelineOpenings += 1;
    if (a.dateline) f.datelineParsedOfOpenings += 1;
    else f.unparsedDatelines.push(`${o.file}: ${warningOf(a, 'dateline:')}`);
  }
  if (!a.dateline) return;
  f.datelineFound += 1;
  bump(f.datelineByKind, a.dateline.kind ?? '(none)');
  bump(f.reportersPerPost, String(a.dateline.reporters.length));
  for (const r of a.dateline.reporters) if (/\d|記者/.test(r)) f.badReporters.push(`${o.file}: ${r}`);
  for (const p of a.dateline.places) if (/\d|記者/.test(p)) f.badPlaces.push(`${o.file}: ${p}`);
}

function countClosing(f: CorpusFigures, o: PostOutcome, a: Article): void {
  if (o.endsWithCredit) {
    f.creditOpenings += 1;
    if (a.credits) f.creditParsedOfOpenings += 1;
    else f.unparsedCredits.push(`${o.file}: ${warningOf(a, 'credits:')}`);
  }
  if (a.credits) {
    f.creditsFound += 1;
    const credits = a.credits;
    const roles = (['editors', 'translators', 'reviewers', 'photographers'] as const).filter((role) => credits[role].length > 0);
    bump(f.creditsByRole, roles.join('+') || '(none)');
  }
  if (o.endsWithCode) {
    f.codeClosings += 1;
    if (a.editorCode) f.codeDecodedOfClosings += 1;
  }
  if (a.editorCode) {
    f.codePresent += 1;
    if (a.editorCode.date) f.codeDecoded += 1;
    if (a.editorCode.date === a.date) f.codeEqualsDate += 1;
  }
}

function countContent(f: CorpusFigures, o: PostOutcome, a: Article): void {
  f.images += a.images.length;
  f.imagesWithCaption += a.images.filter((i) => i.caption !== null).length;
  f.imagesWithCredit += a.images.filter((i) => i.credit !== null).length;
  f.keywords += a.keywords.length;
  if (a.keywords.length > 0) f.postsWithKeywords += 1;
  f.notices += a.notices.length;
  if (a.notices.length > 0) f.postsWithNotices += 1;
  f.related += a.related.length;
  f.embeds += a.embeds.length;
  f.embedsWithCaption += a.embeds.filter((e) => e.caption !== null || e.credit !== null).length;
  if (o.relatedLinks) {
    f.pageRelated += o.relatedLinks.count;
    for (const link of o.relatedLinks.lost) f.lostRelated.push(`${o.file}: ${link}`);
  }
  if (a.topic) f.topics += 1;
  if (o.pageTopics) {
    if (o.pageTopics.length > 0) f.pageTopics += 1;
    const url = a.topic?.url ?? null;
    if (o.pageTopics.length > 0 ? url === null || !o.pageTopics.includes(url) : url !== null) f.wrongTopics.push(`${o.file}: ${url ?? 'null'} (page: ${o.pageTopics.join(' ') || 'none'})`);
  }
  f.links += a.links.length;
  f.glossary += a.glossary.length;
  if (o.pageGlossary) {
    f.pageGlossary += o.pageGlossary.length;
    const titles = a.glossary.map((entry) => entry.title);
    if (JSON.stringify(titles) !== JSON.stringify(o.pageGlossary)) f.wrongGlossary.push(`${o.file}: ${titles.join(' | ') || 'none'} (page: ${o.pageGlossary.join(' | ') || 'none'})`);
  }
  for (const kind of a.paragraphKinds) bump(f.paragraphKinds, kind);
  if (a.paragraphKinds.length !== a.paragraphs.length) f.wrongKinds.push(`${o.file}: ${a.paragraphKinds.length} kinds for ${a.paragraphs.length} paragraphs`);
  if (o.kinds) {
    f.kindsChecked += o.kinds.checked;
    for (const wrong of o.kinds.wrong) f.wrongKinds.push(`${o.file}: ${wrong}`);
  }
  for (const [index, link] of a.links.entries()) {
    const before = a.links[index - 1];
    const inOrder = before === undefined || before.paragraph < link.paragraph || (before.paragraph === link.paragraph && before.offset + before.text.length <= link.offset);
    if (!inOrder || a.paragraphs[link.paragraph]?.slice(link.offset, link.offset + link.text.length) !== link.text) f.misplacedLinks.push(`${o.file}: ${link.text} ${link.paragraph}:${link.offset}`);
  }
  if (o.textLinks) {
    f.pageTextLinks += o.textLinks.count;
    for (const link of o.textLinks.lost) f.lostTextLinks.push(`${o.file}: ${link}`);
    for (const link of o.textLinks.extra) f.extraTextLinks.push(`${o.file}: ${link}`);
    for (const link of o.textLinks.misplaced) f.misplacedLinks.push(`${o.file}: ${link}`);
  }
  if (o.pageImages) {
    f.pageImages += o.pageImages.count;
    for (const name of o.pageImages.lost) f.lostImages.push(`${o.file}: ${name}`);
  }
  if (o.captions) {
    f.pageCaptions += o.captions.count;
    for (const caption of o.captions.lost) f.lostCaptions.push(`${o.file}: ${caption.slice(0, 60)}`);
  }
  for (const p of a.paragraphs) {
    if (/^[（(]中央社/.test(p) || LEFT_CODE.test(p) || EMBED_FALLBACK.test(p) || BOILERPLATE_TEXT.some((b) => p.includes(b))) f.badParagraphs.push(`${o.file}: ${p.slice(0, 80)}`);
  }
}

function countText(f: CorpusFigures, o: PostOutcome): void {
  if (!o.text) return;
  const { sentences, lost, outOfOrder, written, extra } = o.text;
  f.writtenSentences += written;
  for (const piece of extra) f.extraText.push(`${o.file}: ${piece.slice(0, 60)}`);
  f.textSentences += sentences.length;
  f.textKept += sentences.length - lost.length - outOfOrder.length;
  const missed = new Set([...lost, ...outOfOrder]);
  for (const sentence of sentences) {
    f.textByKind[sentence.kind].sentences += 1;
    if (!missed.has(sentence)) f.textByKind[sentence.kind].kept += 1;
  }
  for (const sentence of lost) f.lostText.push(`${o.file}: ${sentence.kind}: ${sentence.text.slice(0, 60)}`);
  for (const sentence of outOfOrder) f.textOutOfOrder.push(`${o.file}: ${sentence.kind}: ${sentence.text.slice(0, 60)}`);
}

export function collectFigures(outcomes: readonly PostOutcome[]): CorpusFigures {
  const f = emptyFigures(outcomes.length);
  for (const o of outcomes) {
    const isOther = o.folder === 'other';
    if (isOther) f.otherPosts += 1;
    else f.cnaPosts += 1;
    if (o.crash !== null) f.crashes.push(`${o.file}: ${String(o.crash)}`);
    if (o.error) {
      bump(f.rejectionsByCode, o.error.code);
      if (isOther && o.error.code === 'not-cna') f.otherNotCna += 1;
      if (!isOther) f.cnaRejected.push({ file: o.file, code: o.error.code, message: o.error.reason });
    }
    const a = o.article;
    if (!a) continue;
    f.articles += 1;
    for (const w of a.warnings) bump(f.warningsByCode, w.code);
    countDateline(f, o, a);
    countClosing(f, o, a);
    countContent(f, o, a);
    countText(f, o);
  }
  return f;
}

/**
 * Runs the library over the shared corpus or, given `dir`, over every post in that folder (another archive's
 * posts, all read as CNA posts: a rejection is counted as a CNA post rejected).
 */
export function runCorpus(dir?: string): { outcomes: PostOutcome[]; figures: CorpusFigures } {
  if (dir !== undefined) {
    const outcomes = listPosts('.', dir).map((file) => runPost(file, 'cna'));
    return { outcomes, figures: collectFigures(outcomes) };
  }
  const outcomes = [
    ...listPosts('cna').map((file) => runPost(file, 'cna')),
    ...listPosts('seeds').map((file) => runPost(file, 'seeds')),
    ...listPosts('other').map((file) => runPost(file, 'other')),
  ];
  return { outcomes, figures: collectFigures(outcomes) };
}
