/**
 * Stage `strip-boilerplate`: remove the site's boilerplate (DOMAIN.md §5)
 * from the article tree, keeping the hashtags as `keywords` and the related
 * links (延伸閱讀, topic timeline, inline related stories, link boxes and
 * cards) as `related` and the glossary pop-ups as `glossary`.
 *
 * The rules are data: `createStripBoilerplate([...defaultBoilerplateRules, myRule])`
 * builds the stage with one more rule.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { authorsOfLine } from '../body/author-line.js';
import { GLOSSARY_BOX, readGlossary } from '../body/glossary.js';
import { READ_MORE_LINK, mentionsReadMore } from '../body/read-more.js';
import { readArticleUrl } from '../meta/sections.js';
import { byClass, byTag, indexRules } from '../boilerplate/rule-index.js';
import type { Draft } from '../draft.js';
import { absoluteUrl, attribute, classList, cleanText, hasClass, hasDescendant, prune, selectAll, textOf } from '../hast/query.js';
import type { Related, Topic } from '../schema.js';
import { defineStage, warn, type Stage } from '../stage.js';

/** A rule of `createStripBoilerplate`: which elements to remove, and whether the article ends there. */
export interface BoilerplateRule {
  /** Name of the rule, for people reading the list. */
  readonly name: string;
  /** True for an element this rule removes. */
  readonly test: (element: Element) => boolean;
  /**
   * `'drop'` (default) removes the element in place; `'end'` marks the end of
   * the article: the element and everything after it are removed.
   */
  readonly action?: 'drop' | 'end';
}

/** `<p><a href="…">延伸閱讀》諾貝爾獎落C肝研究者…</a></p>`: a related-story link written as a paragraph. */
const RELATED_PREFIX = /^\s*(?:延伸閱讀|相關新聞)\s*[》>：:]\s*/;

const NOT_BLANK = /\S/;

function isRelatedParagraph(element: Element): boolean {
  if (element.tagName !== 'p') return false;
  let only: Element | null = null;
  for (const child of element.children) {
    if (child.type === 'text' && !NOT_BLANK.test(child.value)) continue;
    if (only !== null || child.type !== 'element' || child.tagName !== 'a') return false;
    only = child;
  }
  return only !== null && RELATED_PREFIX.test(textOf(only));
}

/** `…快來<a href="https://cna.us19.list-manage.com/subscribe?…">訂閱「早安世界」</a>…`: the digests' newsletter promotion. */
const NEWSLETTER_LINK = /list-manage\.com\/subscribe/;
/**
 * The digest's promotion of itself without a link: `以下平台上午8時同時發布早安世界，給你最精華的新聞摘要！` (the lead-in, a paragraph of
 * its own on some 2024 digests), `中央社「早安世界」給你最精華的新聞摘要，春節期間發送不間斷，…敬請鎖定！` (a holiday notice, 2021).
 */
const NEWSLETTER_LEAD = /^以下[^，。]{0,12}同時發布早安世界|^中央社「早安世界」給你最精華的新聞摘要/;

function isNewsletterPromo(element: Element): boolean {
  if (element.tagName !== 'p') return false;
  if (hasDescendant(element, (child) => child.tagName === 'a' && NEWSLETTER_LINK.test(attribute(child, 'href') ?? ''))) return true;
  const text = textOf(element).trimStart();
  return text.length <= 120 && NEWSLETTER_LEAD.test(text);
}

const isBoxTitle = (element: Element): boolean => hasClass(element, 'book-title');

/**
 * A box of links and nothing else, its title aside: `div.myCustom` (or
 * `div.book`) of a `div.book-title` (`今晨最新`, `美選最新`) and a list whose
 * items are only links (`<li><a class="moreArticle-link" href="…">美國會最快12日提彈劾案…</a></li>`):
 * the 早安世界 digests' latest headlines, an election box in an article
 * (24 posts). A fact box with any text of its own outside links is article
 * text and stays.
 */
function isLinkBox(element: Element): boolean {
  // This runs for every element: boxes are divs, then one look at the classes.
  if (element.tagName !== 'div') return false;
  const classes = classList(element);
  if (!classes.includes('myCustom') && !classes.includes('book') && !isTitledBox(element)) return false;
  let links = 0;
  let titled = false;
  const onlyLinks = (parent: Element): boolean => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        if (NOT_BLANK.test(child.value)) return false;
      } else if (child.type === 'element' && !isBoxTitle(child)) {
        // A title without a class, before any link (`<div><div>今晨最新</div></div>`, the class-less pages of late 2021).
        if (!titled && links === 0 && isPlainTitle(child)) {
          titled = true;
          continue;
        }
        if (child.tagName === 'a') {
          if (attribute(child, 'href') && NOT_BLANK.test(textOf(child))) links += 1;
          // A series box (`div.topicbox`, its own rule) is not a box of related links, nor is an embed or an image.
        } else if (!LINK_BOX_PARTS.has(child.tagName) || hasClass(child, 'topicbox') || !onlyLinks(child)) return false;
      }
    }
    return true;
  };
  return onlyLinks(element) && links > 0;
}

/** A `div` (the caller checks) whose first element is a box title (`div.book-title`): the 2024 pages wrap the 今晨最新 box in a plain `div.media`. */
function isTitledBox(element: Element): boolean {
  for (const child of element.children) if (child.type === 'element') return isBoxTitle(child);
  return false;
}

/** A `div` of a few words and no link: a box's title written without the `book-title` class. */
function isPlainTitle(element: Element): boolean {
  if (element.tagName !== 'div' || hasDescendant(element, isAnchor)) return false;
  const text = cleanText(textOf(element));
  return text !== '' && text.length <= 12;
}

/** What a box of links may be made of besides its links. */
const LINK_BOX_PARTS: ReadonlySet<string> = new Set(['div', 'span', 'ul', 'ol', 'li', 'p', 'strong', 'b', 'em', 'i', 'br']);

/**
 * `div.squareBox`: a card linking to a story's source, with a stock
 * thumbnail (5 posts): `<div class="squareBox"><a href="https://www.nature.com/articles/…"><div class="wrap"><picture><img …></picture></div>`
 * `<div class="text"><div class="squareTitle">刊登在「Nature」的研究：</div><div>Protect the Antarctic Peninsula — before it’s too late</div></div></a></div>`.
 */
const isLinkCard = byClass('squareBox');
const isCardLabel = (element: Element): boolean => hasClass(element, 'squareTitle');

/** The boilerplate of CNA's 2020–21 and 2023+ page templates. */
export const defaultBoilerplateRules: readonly BoilerplateRule[] = [
  { name: 'newsletter form', test: byClass('SubscriptionInner') },
  { name: 'newsletter promotion paragraph', test: isNewsletterPromo },
  { name: 'inline related stories', test: byClass('insertGroup') },
  { name: 'inline 延伸閱讀 link paragraphs', test: isRelatedParagraph },
  { name: 'link boxes (今晨最新)', test: isLinkBox },
  { name: 'link cards to a source', test: isLinkCard },
  { name: 'ad slots', test: byClass('bottomArticleBanner', 'pcBox', 'mbBox', 'adslot_infinite') },
  { name: 'photo album button (瀏覽更多照片)', test: byClass('mbPicNum') },
  { name: 'glossary pop-up', test: byClass('dictionary-box', 'dic-icon') },
  { name: 'column header (author, series title)', test: byClass('topicbox') },
  { name: 'scripts, styles and form controls', test: byTag('script', 'style', 'noscript', 'template', 'input', 'button', 'select', 'textarea', 'form', 'svg') },
  { name: 'hashtags', test: byClass('articlekeywordGroup'), action: 'end' },
  { name: 'related articles', test: byClass('moreArticle'), action: 'end' },
  { name: 'focus-news carousel', test: byClass('bottomBox'), action: 'end' },
  // The feed's footer follows a rule line; a rule line elsewhere (none in the corpus) is dropped without ending the article.
  { name: 'rule lines', test: byTag('hr') },
  { name: 'feed footer', test: (element) => element.tagName === 'div' && startsWithText(element, '获取更多RSS'), action: 'end' },
];

/**
 * Build the `strip-boilerplate` stage with your own rules, e.g.
 * `createStripBoilerplate([...defaultBoilerplateRules, myRule])`.
 * It also reads hashtags into `keywords`, related links into `related`, glossary boxes into `glossary`, a column's author and a series box's title,
 * from the end matter and from the blocks the rules remove (the article tree is walked once).
 */
export function createStripBoilerplate(rules: readonly BoilerplateRule[] = defaultBoilerplateRules): Stage {
  const firstMatch = indexRules(rules);
  return defineStage('strip-boilerplate', (draft: Draft): Draft => {
    const { tree, endMatter } = draft;
    if (!tree) return draft;
    const applied = applyRules(tree, firstMatch);
    const { removed } = applied;
    // Media boxes right after the first end block are still the article's; they join its end.
    const trailing = [...applied.trailing, ...(endMatter ? trailingMedia(endMatter.children, firstMatch) : [])];
    const kept = trailing.length === 0 ? applied.kept : { ...applied.kept, children: [...applied.kept.children, ...trailing.map((box) => applyRules(box, firstMatch).kept)] };
    const sources: Root[] = endMatter ? [removed, endMatter] : [removed];
    const keywords = unique(sources.flatMap(readKeywords));
    // Only a post that mentions a read-more word can have read-more links; the others skip that walk.
    const readMore = mentionsReadMore(draft.source) || draft.source.includes(HEADLINE_MARK) ? readMoreLinks(kept) : [];
    // The read-more links come last: whether the end matter is in `removed` or apart depends on the HTML reader.
    // One entry per story: the same story is linked under two sections at times (`/news/aopl/…` in a tag box, `/news/afe/…` in the timeline).
    const related = uniqueBy([...sources.flatMap(readRelated), ...readMore], (link) => readArticleUrl(link.url)?.id ?? link.url);
    const glossary = draft.source.includes(GLOSSARY_BOX) ? readGlossary(removed, tree) : [];
    const next: Draft = { ...draft, tree: kept, endMatter: null, keywords, glossary, related, pageAuthors: readPageAuthors(removed), pageSeries: readPageSeries(removed), pageTopic: draft.source.includes(TOPIC_PATH) ? readPageTopic(sources) : null };
    const glued = related.filter((link) => GLUED_URL.test(link.url));
    return glued.length === 0 ? next : warn(next, 'strip-boilerplate', 'related:malformed-url', `the related link "${glued[0]?.title}" holds two addresses run together, kept as written: ${glued[0]?.url}${glued.length > 1 ? ` (and ${glued.length - 1} more)` : ''}`);
  });
}

/**
 * A second address run into the first (`…/202105215002.aspxhttps://www.cna.com.tw/…`); one after `/`, `=`, `?`,
 * `&` or `#` is part of the address (`https://web.archive.org/web/2020/https://…`, `…?u=https://…`).
 */
const GLUED_URL = /[^/=?&#]https?:\/\//u;

/** Stage `strip-boilerplate` with `defaultBoilerplateRules`. */
export const stripBoilerplate = createStripBoilerplate();

/**
 * A box of pictures or videos (`div.media`, `figure`). In 11 posts of the
 * corpus such boxes follow the 延伸閱讀 block, still inside the article's
 * `div.paragraph` and with captions of the story (DOMAIN.md says nothing of
 * the article follows that block: these pages say otherwise).
 */
const isMediaBox = (element: Element): boolean => element.tagName === 'figure' || hasClass(element, 'media');

type FirstMatch = (element: Element) => BoilerplateRule | undefined;

/**
 * Apply the rules in one walk: the cleaned tree, the removed blocks (as a
 * root) to read data from, and the media boxes that follow the first end
 * block with nothing but end blocks before them (taken out, not yet cleaned).
 */
function applyRules<T extends Root | Element>(tree: T, firstMatch: FirstMatch): { kept: T; removed: Root; trailing: Element[] } {
  let ended = false;
  let trailingOpen = false;
  const removed: Element[] = [];
  const trailing: Element[] = [];
  const kept = prune(tree, (element) => {
    if (ended) {
      if (trailingOpen && isMediaBox(element)) trailing.push(element);
      else {
        trailingOpen &&= firstMatch(element)?.action === 'end';
        removed.push(element);
      }
      return 'remove';
    }
    const rule = firstMatch(element);
    if (!rule) return undefined;
    if (rule.action === 'end') ended = trailingOpen = true;
    removed.push(element);
    return 'remove';
  });
  return { kept, removed: { type: 'root', children: removed }, trailing };
}

/** The media boxes at the start of the end matter, among its end blocks, before anything else. */
function trailingMedia(nodes: readonly RootContent[], firstMatch: FirstMatch): Element[] {
  const found: Element[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (isMediaBox(node)) found.push(node);
    else if (firstMatch(node)?.action !== 'end') break;
  }
  return found;
}

const isKeywordTag = (element: Element): boolean => hasClass(element, 'keywordTag');
const isBlockTitle = (element: Element): boolean => hasClass(element, 'moreArticle-title');
const isAnchor = (element: Element): boolean => element.tagName === 'a';

/** A link to CNA's tag search, `/tag/hysearchws.aspx?q=…` (relative or absolute). */
const TAG_LINK = /^(?:https?:\/\/www\.cna\.com\.tw)?\/tag\/hysearchws\.aspx\?q=/;
const isTagLink = (element: Element): boolean => element.tagName === 'a' && TAG_LINK.test(attribute(element, 'href') ?? '');

/**
 * `div.keywordTag > a` → `#南韓` → `南韓`; then the tags that title a block
 * of related articles on the 2022+ pages (`<div class='moreArticle-title trailing'><a href='/tag/hysearchws.aspx?q=COVID-19'>COVID-19</a></div>`,
 * or a `span` in that place).
 */
function readKeywords(root: Root): string[] {
  // One walk; the hashtags first, then the tag links (a hashtag's own link repeats it and is dropped by `unique`).
  const found = selectAll(root, (element) => isKeywordTag(element) || isTagLink(element) || isTagBox(element));
  return [...found.filter(isKeywordTag), ...found.filter((element) => !isKeywordTag(element)).map(tagBoxTitle)]
    .map((tag) => (tag === null ? '' : cleanText(textOf(tag)).replace(/^[#＃]\s*/, '')))
    .filter((keyword) => keyword !== '');
}

/** A box of related articles about one tag on the 2023 pages: `div.paragraph.moreArticle.flexhalf`, titled by the tag. */
const isTagBox = (element: Element): boolean => hasClass(element, 'flexhalf') && hasClass(element, 'moreArticle');

/**
 * The element to read a keyword from: a tag link itself, or the title of a tag box written without a link
 * (`<div class="moreArticle-title trailing"><span>楊振昌</span></div>`, Sept–Oct 2023; a linked title is a tag link, read as such).
 */
function tagBoxTitle(element: Element): Element | null {
  if (!isTagBox(element)) return element;
  const title = element.children.find((child): child is Element => child.type === 'element' && isBlockTitle(child));
  return title === undefined || hasDescendant(title, isAnchor) ? null : title;
}

/** Links of 延伸閱讀 / topic timelines / inline related stories / link boxes and cards, not the block titles. */
function readRelated(root: Root): Related[] {
  const blocks = selectAll(
    root,
    (element) => hasClass(element, 'moreArticle') || hasClass(element, 'insertGroup') || isRelatedParagraph(element) || isLinkBox(element) || isLinkCard(element),
  );
  // Cards inside a box of links are in `blocks` too (selectAll reaches inside matches).
  const links: Related[] = [];
  for (const block of blocks) {
    if (isLinkCard(block)) {
      const card = readLinkCard(block);
      if (card !== null) links.push(card);
      continue;
    }
    // Block titles are not links to read, and a link card inside a box is read as a card.
    const titled = new Set(selectAll(block, (element) => isBlockTitle(element) || isBoxTitle(element) || isLinkCard(element)).flatMap((title) => selectAll(title, isAnchor)));
    for (const anchor of selectAll(block, isAnchor)) {
      if (titled.has(anchor)) continue;
      const url = absoluteUrl(attribute(anchor, 'href'));
      const title = cleanText(textOf(anchor)).replace(RELATED_PREFIX, '');
      if (url !== null && title !== '') links.push({ title, url });
    }
  }
  return links;
}

const HEADING = /^h[1-6]$/;
/** The blocks an item's text is written in. */
const ITEM_BLOCKS: ReadonlySet<string> = new Set(['p', 'li', 'blockquote']);

/**
 * The read-more links of a digest, each titled by the heading of its item
 * (`<h2>學者：台美交往不受限…</h2><p>…（<a href="…/202101100119.aspx">看完整報導</a>）</p>`),
 * or by the first sentence of its paragraph when no heading comes before it;
 * and the headline links of the weekly digest (`<p>★<a href="…">…</a></p>`), titled by their text.
 * The link's text is left to `extract-text`, which drops it.
 */
function readMoreLinks(tree: Root): Related[] {
  const links: Related[] = [];
  const walk = (parent: Root | Element): void => {
    let heading: string | null = null;
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (HEADING.test(child.tagName)) {
        heading = cleanText(textOf(child));
        continue;
      }
      const headline = child.tagName === 'p' ? headlineAnchor(child) : null;
      if (headline !== null) {
        const url = absoluteUrl(attribute(headline, 'href'));
        const title = cleanText(textOf(headline)).replace(HEADLINE_MARK_START, '');
        if (url !== null && title !== '') links.push({ title, url });
        continue;
      }
      const anchors = ITEM_BLOCKS.has(child.tagName) ? selectAll(child, (element) => element.tagName === 'a' && READ_MORE_LINK.test(cleanText(textOf(element)))) : [];
      if (anchors.length === 0) {
        walk(child);
        continue;
      }
      for (const anchor of anchors) {
        const url = absoluteUrl(attribute(anchor, 'href'));
        const title = heading || firstSentence(cleanText(textOf(child)));
        if (url !== null && title !== '') links.push({ title, url });
      }
      heading = null;
    }
  };
  walk(tree);
  return links;
}

/** The mark of a headline that links to its story in the weekly digest 一週大事. */
const HEADLINE_MARK = '★';
const HEADLINE_MARK_START = /^★\s*/;
/** Inline elements CNA wraps a whole ★ item in. */
const HEADLINE_WRAPPERS: ReadonlySet<string> = new Set(['strong', 'b', 'span', 'em']);
const isBlank = (node: ElementContent): boolean => node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');

/**
 * The link of a paragraph that opens with ★ and a link, the items of the weekly digest 一週大事:
 * `<p>★<a href="https://www.cna.com.tw/news/acn/202408300324.aspx">香港立場新聞前高層煽動罪成立…</a></p>`
 * (also `<p><strong>★</strong><a …>…</a></p>`, `<p>★<a …>…</a><br>the item's text…</p>` and, in 2021,
 * `<p><a …>★以巴停火不到一天…</a></p>`, the mark inside the link and not in its title, and the whole item
 * inside one inline wrapper, `<p><strong>★<a …>…</a></strong></p>`).
 * The paragraph stays in the text (the item's headline); the link goes to `related`.
 */
function headlineAnchor(paragraph: Element): Element | null {
  const inside = paragraph.children.filter((child) => !isBlank(child));
  // The whole item in one inline wrapper (2021): `<p><strong>★<a …>…</a></strong></p>`, `<p><span><strong>★</strong><a …>…</a></span></p>`.
  const only = inside.length === 1 ? inside[0] : undefined;
  if (only?.type === 'element' && HEADLINE_WRAPPERS.has(only.tagName)) return headlineAnchor(only);
  let marked = false;
  for (const child of inside) {
    // The mark, as text or in bold (`<strong>★</strong>`), then the link; the item's text may follow after a line break.
    if (!marked && (child.type === 'text' || (child.type === 'element' && child.tagName !== 'a')) && textOf(child).trim() === HEADLINE_MARK) marked = true;
    // Or the mark inside the link (`<p><a …>★以巴停火不到一天…</a></p>`, 2021).
    else if (child.type === 'element' && child.tagName === 'a') return marked || textOf(child).trimStart().startsWith(HEADLINE_MARK) ? child : null;
    else return null;
  }
  return null;
}

/** The first sentence of a text, its full stop included. */
function firstSentence(text: string): string {
  const end = text.search(/[。！？]/u);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** A link card's link: titled by the text under its label (the paper's title), else by the label without its colon. */
function readLinkCard(card: Element): Related | null {
  const anchor = selectAll(card, isAnchor)[0];
  const url = anchor === undefined ? null : absoluteUrl(attribute(anchor, 'href'));
  if (anchor === undefined || url === null) return null;
  const title = cleanText(textOutside(anchor, isCardLabel));
  const label = cleanText(selectAll(anchor, isCardLabel).map(textOf).join('')).replace(/[：:]$/, '');
  return title !== '' ? { title, url } : label !== '' ? { title: label, url } : null;
}

/** The text of a subtree without the elements `skip` holds for. */
function textOutside(node: Element, skip: (element: Element) => boolean): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element' && !skip(child)) text += textOutside(child, skip);
  }
  return text;
}

function readPageAuthors(root: Root): string[] {
  const box = selectAll(root, (element) => hasClass(element, 'author'))[0];
  return box === undefined ? [] : authorsOfLine(cleanText(textOf(box)));
}

/** The title of a series box (`<div class="topicbox"><a href="…/topic/newstopic/3354.aspx"><div class="topictitle">台灣錢潮滾滾1</div></a></div>`), or null. */
function readPageSeries(root: Root): string | null {
  const box = selectAll(root, (element) => hasClass(element, 'topicbox'))[0];
  const title = box === undefined ? undefined : selectAll(box, (element) => hasClass(element, 'topictitle'))[0];
  const text = title === undefined ? '' : cleanText(textOf(title));
  return text === '' ? null : text;
}

/** The path of CNA's topic pages, `/topic/newstopic/1647.aspx`: only a post that holds it can name a topic. */
const TOPIC_PATH = '/topic/newstopic/';

/**
 * The topic page the story belongs to: the series box above the text
 * (`<div class="topicbox"><a href="…/topic/newstopic/3354.aspx"><div class="topictitle">台灣錢潮滾滾1</div></a></div>`),
 * else the title of the topic timeline after it
 * (`<div class="moreArticle-title trailing"><a href="https://www.cna.com.tw/topic/newstopic/1647.aspx">以巴衝突</a></div>`), or null.
 */
function readPageTopic(sources: readonly Root[]): Topic | null {
  let timeline: Topic | null = null;
  for (const source of sources) {
    for (const box of selectAll(source, (element) => hasClass(element, 'topicbox') || isBlockTitle(element))) {
      const topic = topicLink(box);
      if (topic !== null && hasClass(box, 'topicbox')) return topic;
      timeline ??= topic;
    }
  }
  return timeline;
}

/** The first link of a box, when it goes to a topic page and has a text. */
function topicLink(box: Element): Topic | null {
  const anchor = selectAll(box, isAnchor)[0];
  const url = anchor === undefined ? null : absoluteUrl(attribute(anchor, 'href'));
  if (anchor === undefined || url === null || !url.includes(TOPIC_PATH)) return null;
  const title = cleanText(textOf(anchor));
  return title === '' ? null : { title, url };
}

/** Whether the element's first child is text starting with `prefix` (`<div>获取更多RSS：…`); reads no more. */
function startsWithText(element: Element, prefix: string): boolean {
  const first = element.children[0];
  return first?.type === 'text' && first.value.startsWith(prefix);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(key(value)) ? false : (seen.add(key(value)), true)));
}
