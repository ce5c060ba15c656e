/**
 * A second, independent reading of a post's article text, for the corpus
 * figures: does the Article keep every sentence of the page's article part,
 * in reading order, and nothing else? The other floors only check that known
 * boilerplate is gone, which a stripper that drops too much also passes, and
 * which boilerplate nobody listed (Infogram's attribution line) also passes.
 *
 * The oracle is parse5 over the raw post. It does not use the parser's
 * template reader, boilerplate rules or text extraction. It reads the text
 * between block boundaries (`p`, `h2`, `li`, `blockquote`, `div`, …) as
 * runs, each of the kind of its nearest block. It stops at the first
 * end-matter block or the feed's footer and leaves out what DOMAIN.md §5
 * says is not article text: boilerplate containers, glossary pop-ups,
 * embeds, images and captions (read into `images` and `embeds`, as are the
 * `▲` lines under embeds, the `▼` lines above them, and the class-less captions of the 2022–23 pages), the dateline (with a series label glued before
 * it), a feature's byline (`文：鄭景雯／攝影：吳家昇`, read into `reporters`
 * and `credits`), parenthesised credits, the closing code, and the
 * newsletter's promotions. It then cuts the text into sentences (at 。！？；) of at
 * least 12 characters, whitespace removed.
 */
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';

/** Where a sentence stands on the page. */
export type TextKind = 'paragraph' | 'subhead' | 'list item' | 'quote' | 'fact box';
export const textKinds: readonly TextKind[] = ['paragraph', 'subhead', 'list item', 'quote', 'fact box'];

export interface Sentence {
  readonly text: string;
  readonly kind: TextKind;
}

/** What the oracle reads of a page (one parse5 parse): see `readPage`. */
export interface Page {
  /** The sentences of the article part, in page order. */
  readonly sentences: readonly Sentence[];
  /** The captions of its images and videos, whitespace removed. */
  readonly captions: readonly string[];
  /** The CNA articles it links to as related reading, as `/news/<section>/<id>.aspx`. */
  readonly relatedLinks: readonly string[];
  /** The file names of the images of its article part (`1365x768_613255254874.jpg`), boilerplate and embeds aside. */
  readonly images: readonly string[];
  /**
   * The links inside its article text: `<words> <address>` (words without blanks, address resolved against CNA's
   * site), and the text of its block before the link (blanks removed).
   */
  readonly textLinks: readonly { readonly key: string; readonly before: string }[];
  /** The text blocks of its article part (whitespace removed), each with the kind of the block it is in. */
  readonly blocks: readonly { readonly text: string; readonly kind: TextKind }[];
}

/** The outcome of `checkText`: how many sentences the paragraphs keep, and which they lose or misplace. */
export interface TextCheck {
  readonly sentences: readonly Sentence[];
  readonly lost: readonly Sentence[];
  /** In the paragraphs, but before a sentence that the page has before it. */
  readonly outOfOrder: readonly Sentence[];
  /** How many sentences (cut the same way) the paragraphs hold. */
  readonly written: number;
  /** Sentences of the paragraphs that are not article text of the page (boilerplate or embed text that leaked). */
  readonly extra: readonly string[];
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { className?: unknown };
  children?: HastNode[];
}

/** The first end-matter block: nothing of the article follows it. */
const END_MATTER = new Set(['articlekeywordGroup', 'moreArticle', 'bottomBox']);
/**
 * Not article text: the newsletter form, inline related links, ad slots,
 * glossary pop-ups, a column's topic link, embedded posts, images and their
 * captions.
 */
const LEFT_OUT_CLASSES = new Set([
  'SubscriptionInner', 'insertGroup', 'bottomArticleBanner', 'pcBox', 'mbBox',
  'dictionary-box', 'topicbox', 'instagram-media', 'instagramMedia', 'twitter-tweet', 'noWidthMedia', 'youtubeBox',
  'fullPic', 'floatImg', 'picinfo', 'squareBox', 'bookInfo',
]);
const LEFT_OUT_TAGS = new Set(['script', 'style', 'figure', 'picture', 'img', 'iframe', 'video', 'svg', 'form', 'input', 'noscript']);
const BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'div', 'section', 'article',
  'aside', 'header', 'footer', 'table', 'tr', 'td', 'th', 'pre', 'hr', 'center', 'address',
]);
/** Runs that promote the newsletter or the digest's other channels, and inline related links. */
const PROMOTION = /快來訂閱|歡迎訂閱中央社|若有任何建議請來信|同時發布早安世界|^延伸閱讀》|^電子報、Facebook|^中央社「早安世界」給你最精華的新聞摘要/;
/** Reader notices: the suicide-prevention hotlines, the alcohol warning, a content warning before a video. */
const NOTICE = /^※?(?:自殺警語[：:])?請?珍惜生命[，。].*(?:專線|生命線)|^飲酒過量有害|請審慎考慮後決定是否點擊觀看|^原文來自[^，。：]{0,40}：|^涉己新聞$|^想看更多[^。，]{0,30}，(?:立即|歡迎|請)(?:[到至上]|前往)中央社影像空間/;
/** A series label (up to 20 characters) and the dateline, at the start of the first text block. */
const OPENING = /^[^（(]{0,20}[（(]中央(?:社|通訊社|記者)[^（）()]*[）)]/;
/** A parenthesised group naming a credit role or 中央社 (credits, photo credits), anywhere; the 7-digit code at the end. */
const CLOSING_CREDIT = /[（(][^（）()]*(?:編輯|編緝|譯者|核稿|編譯|中央社)[^（）()]*[）)]/g;
const CODE_AT_END = /\d{7}$/;
/** An excerpt's pointer to the whole text, `（全文未完，請鎖定12/6上架之文化+雙週刊第98期…）`. */
const READ_ON = /[（(](?:全文未完|本文出自)[^（）()]*[）)]/g;
/**
 * A block that is only a feature's byline: `文：` (or `撰文：`, `文字：`) and a few names, no sentence, or a staff line
 * `記者／龍柏安 攝影／吳家昇 編輯／張芷瑄`; or a column's author line, `中央社駐紐約特派員尹俊傑／8月15日`.
 */
const BYLINE = /^(?:撰文|文字|文)[：:][^。！？]{2,40}$|^記者[／/][^。！？，]{2,40}$|^中央社駐?[^／/。，]{0,24}(?:特派員|記者)[^／/。，]{2,12}[／/] ?\d{1,2}月\d{1,2}日$/;
const MIN_SENTENCE = 12;

/** All the text inside a node. */
const textOf = (node: HastNode): string => (node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(textOf).join(''));

/** The feed's footer, `<div>获取更多RSS：<br><a>https://feedx.net</a>…</div>`, ends the page. */
const isFeedFooter = (node: HastNode): boolean => node.tagName === 'div' && textOf(node).trimStart().startsWith('获取更多RSS');

/**
 * A box of headline links (`今晨最新`, `美選最新`): a `myCustom` or `book`
 * box in which every text is inside a link, apart from its `book-title`.
 */
const isLinkBox = (node: HastNode): boolean => {
  const classes = classesOf(node);
  if (!classes.includes('myCustom') && !classes.includes('book')) return false;
  let linked = 0;
  let loose = 0;
  let titled = false;
  const count = (n: HastNode, inLink: boolean): void => {
    if (n.type === 'text' && squeeze(n.value ?? '') !== '') {
      if (inLink) linked += 1;
      // The box's first words, before any link and short, are its title even without the book-title class.
      else if (!titled && linked === 0 && squeeze(n.value ?? '').length <= 12) titled = true;
      else loose += 1;
    }
    if (n.type !== 'element' && n.type !== 'root') return;
    if (classesOf(n).includes('book-title') || ['iframe', 'img', 'script'].includes(n.tagName ?? '')) {
      if (n.tagName !== undefined && n.tagName !== 'div') loose += 1;
      // A box has one title.
      if (classesOf(n).includes('book-title')) titled = true;
      return;
    }
    for (const child of n.children ?? []) count(child, inLink || n.tagName === 'a');
  };
  count(node, false);
  return linked > 0 && loose === 0;
};

/** `<p>▲…</p>`: CNA's caption line under an embed (read into `embeds`), when it follows a `div.media`. */
const isMarkedCaption = (node: HastNode): boolean => node.tagName === 'p' && /^\s*[▲⯅▴]/u.test(textOf(node));

/** `<p>▼…</p>`: a caption line above an embed (read into `embeds`), when a `div.media` follows it. */
const isMarkedCaptionAbove = (node: HastNode): boolean => node.tagName === 'p' && /^\s*[▼⯆▾]/u.test(textOf(node));

/** The element after `index` among `siblings`, line breaks skipped. */
const nextElement = (siblings: readonly HastNode[], index: number): HastNode | null =>
  siblings.slice(index + 1).find((node) => node.type === 'element' && node.tagName !== 'br') ?? null;

/** Text without blanks, in NFC (the Articles are; some pages hold CJK compatibility ideographs). */
export const squeeze = (text: string): string => text.replace(/[\s\u200b-\u200d]+/g, '').normalize('NFC');

/** Whether a node holds an image (`img`, `picture`) and no text. */
const holdsOnlyImage = (node: HastNode): boolean => {
  const hasImage = (n: HastNode): boolean => n.tagName === 'img' || n.tagName === 'picture' || (n.children ?? []).some(hasImage);
  return hasImage(node) && squeeze(textOf(node)) === '';
};
/**
 * The caption of the 2022–23 pages, whose markup lost its classes: a `div`
 * without a class, of text with no block inside, right after a sibling that holds only an
 * image (`<div><div style="--aspect-ratio:…"><picture>…</picture></div><div>圖為…（中央社檔案照片）</div></div>`).
 */
const isBareCaption = (previous: HastNode | null, node: HastNode): boolean =>
  node.tagName === 'div' &&
  classesOf(node).length === 0 &&
  previous !== null &&
  holdsOnlyImage(previous) &&
  squeeze(textOf(node)) !== '' &&
  !(node.children ?? []).some((child) => BLOCKS.has(child.tagName ?? ''));

/**
 * A book's card written as a paragraph (`<p>書名：64<br>作者：…</p>`) right after a picture box of one cover whose
 * caption, if any, is only a bracketed credit (`（圓神提供）`): the cover's caption, not article text.
 */
function isPlainBookCard(previous: HastNode | null, node: HastNode): boolean {
  if (node.tagName !== 'p' || previous === null || !classesOf(previous).includes('media') || !/^\s*書名[：:]/u.test(textOf(node))) return false;
  const images = countImages(previous);
  const caption = squeeze(textOf(previous));
  return images === 1 && (caption === '' || /^（[^（）]*）$/u.test(caption));
}

function countImages(node: HastNode): number {
  return (node.tagName === 'img' ? 1 : 0) + (node.children ?? []).reduce((sum, child) => sum + countImages(child), 0);
}

function classesOf(node: HastNode): string[] {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function kindOf(tagName: string, inside: ReadonlySet<TextKind>): TextKind {
  if (inside.has('fact box')) return 'fact box';
  if (inside.has('quote') || tagName === 'blockquote') return 'quote';
  if (/^h\d$/.test(tagName)) return 'subhead';
  if (tagName === 'li' || inside.has('list item')) return 'list item';
  return 'paragraph';
}

/**
 * A block whose one child with words is a `strong` or `b` (`<p><strong>● 巴西</strong></p>`), of a short text
 * that is no sentence (at most 24 characters, blanks aside, not ending with 。): a subhead.
 */
function isBoldHead(block: HastNode, text: string): boolean {
  if (text.length > 24 || text.endsWith('。')) return false;
  const worded = (block.children ?? []).filter((child) => squeeze(textOf(child)) !== '' || (child.type === 'element' && child.tagName !== 'br'));
  return worded.length === 1 && (worded[0]?.tagName === 'strong' || worded[0]?.tagName === 'b');
}

/** A short line (blanks collapsed) opening with a bullet, no sentence: `<p>● 統一教是什麼？</p>`. */
const isBulletLine = (raw: string): boolean => {
  const line = raw.replace(/\s+/g, ' ').trim();
  return /^[●■◆▍]/u.test(line) && line.length <= 24 && !line.endsWith('。');
};

/** A weekly digest's headline, `<p>★<a …>…</a></p>`: the run is ★ and the words of one of its links. */
const isStarHeadline = (text: string, links: readonly { words: string }[]): boolean =>
  text.startsWith('★') && links.some((link) => link.words.replace(/^★/, '') === text.slice(1));

/** A text run: the inline text between block boundaries, the kind of its block, and the links inside it. */
interface Run {
  readonly text: string;
  readonly kind: TextKind;
  readonly links: readonly { readonly words: string; readonly href: string; readonly before: string }[];
}

/** The text runs of a post's article part, in page order. */
function textRuns(root: HastNode): Run[] {
  const runs: Run[] = [];
  let ended = false;
  const visit = (block: HastNode, inside: ReadonlySet<TextKind>): void => {
    const tagName = block.tagName ?? 'p';
    let within = inside;
    const classes = classesOf(block);
    if (classes.includes('book') || classes.includes('myCustom')) within = new Set([...within, 'fact box']);
    if (tagName === 'blockquote') within = new Set([...within, 'quote']);
    if (tagName === 'li') within = new Set([...within, 'list item']);
    let run = '';
    let links: { words: string; href: string; before: string }[] = [];
    const flush = (): void => {
      const text = squeeze(run);
      // Text outside any element is the front matter and the title line.
      const head = within.size === 0 && (isBoldHead(block, text) || isBulletLine(run) || isStarHeadline(text, links));
      if (text !== '' && block !== root) runs.push({ text, kind: head ? 'subhead' : kindOf(tagName, within), links });
      run = '';
      links = [];
    };
    const read = (parent: HastNode): void => {
      let previous: HastNode | null = null;
      const children = parent.children ?? [];
      for (const [index, child] of children.entries()) {
        if (ended) return;
        if (child.type === 'text') run += child.value ?? '';
        if (child.type !== 'element') continue;
        const after = previous;
        if (child.tagName !== 'br') previous = child;
        if (after !== null && classesOf(after).includes('media') && isMarkedCaption(child)) continue;
        if (isMarkedCaptionAbove(child)) {
          const next = nextElement(children, index);
          if (next !== null && classesOf(next).includes('media')) continue;
        }
        if (isBareCaption(after, child) || isPlainBookCard(after, child)) continue;
        const childClasses = classesOf(child);
        if (childClasses.some((c) => END_MATTER.has(c)) || isFeedFooter(child)) {
          ended = true;
          return;
        }
        if (LEFT_OUT_TAGS.has(child.tagName ?? '') || childClasses.some((c) => LEFT_OUT_CLASSES.has(c)) || isLinkBox(child)) continue;
        if (BLOCKS.has(child.tagName ?? '')) {
          flush();
          visit(child, within);
        } else {
          if (child.tagName === 'a') links.push({ words: squeeze(textOf(child)), href: String((child.properties as { href?: unknown } | undefined)?.href ?? ''), before: squeeze(run) });
          read(child);
        }
      }
    };
    read(block);
    flush();
  };
  visit(root, new Set());
  return runs;
}

/** Runs that are not article text: promotions, bylines, reader notices. */
const isLeftOutRun = (run: Run): boolean => PROMOTION.test(run.text) || BYLINE.test(run.text) || NOTICE.test(run.text);

/** The sentences of a page's article part, in page order. */
function articleSentences(blocks: readonly Run[]): Sentence[] {
  const sentences: Sentence[] = [];
  let opened = false;
  for (const block of blocks) {
    if (isLeftOutRun(block)) continue;
    let text = block.text;
    if (!opened && text !== '') {
      text = text.replace(OPENING, '');
      opened = true;
    }
    text = text.replace(CLOSING_CREDIT, '').replace(READ_ON, '').replace(CODE_AT_END, '');
    for (const piece of sentencesOf(text)) sentences.push({ text: piece, kind: block.kind });
  }
  return sentences;
}

/** Text cut into sentences at 。！？；, those of at least 12 characters. */
function sentencesOf(text: string): string[] {
  return text.split(/[。！？；]/).filter((piece) => piece.length >= MIN_SENTENCE);
}

/** The captions of a page's images and videos (`figcaption`, `div.picinfo`) before the end matter, whitespace removed. */
function pageCaptions(root: HastNode): string[] {
  const captions: string[] = [];
  const marked = (text: string): void => {
    const line = squeeze(text).slice(1);
    if (line !== '') captions.push(line);
  };
  walkArticlePart(root, (node, previous) => {
    // The marked caption lines: `<p>▼…</p>` before a picture or video box, `<p>▲…</p>` after one, and a line of bare text inside the box that opens with a mark.
    if (classesOf(node).includes('media')) {
      if (previous !== null && isMarkedCaptionAbove(previous)) marked(textOf(previous));
      for (const text of markedTexts(node)) marked(text);
      return false;
    }
    // A chart's unmarked title right above it in the chart's own box: `<div class='noWidthMedia'><div><strong>全球疫情統計…</strong></div><iframe …>`.
    if (classesOf(node).includes('noWidthMedia')) {
      const children = (node.children ?? []).filter((child) => child.type === 'element');
      children.forEach((child, index) => {
        const text = squeeze(textOf(child));
        const next = children[index + 1];
        if (next?.tagName === 'iframe' && ['div', 'p'].includes(child.tagName ?? '') && text !== '' && text.length <= 40 && !/[。！？]/u.test(text)) captions.push(text);
      });
      return false;
    }
    if (previous !== null && classesOf(previous).includes('media') && isMarkedCaption(node)) {
      marked(textOf(node));
      return true;
    }
    // A book excerpt's card (`div.bookInfo`, or a paragraph right after the cover): its title and facts caption the cover.
    if (classesOf(node).includes('bookInfo') || isPlainBookCard(previous, node)) {
      const text = squeeze(textOf(node));
      if (text !== '') captions.push(text);
      return true;
    }
    if (node.tagName !== 'figcaption' && !classesOf(node).includes('picinfo') && !isBareCaption(previous, node)) return false;
    const text = squeeze(textOf(node));
    if (text !== '') captions.push(text);
    return true;
  });
  return captions;
}

/** The text nodes inside a box that open with a caption mark (▲ ▼ and their like), in page order. */
function markedTexts(box: HastNode): string[] {
  const found: string[] = [];
  for (const child of box.children ?? []) {
    if (child.type === 'text' && /^\s*[▲⯅▴▼⯆▾]/u.test(child.value ?? '')) found.push(child.value ?? '');
    else if (child.type === 'element') found.push(...markedTexts(child));
  }
  return found;
}

/**
 * Visit the elements of the article part in page order, up to the first
 * end-matter block or the feed's footer. `visit` gets each element and its
 * previous element sibling (line breaks skipped), and returns true to leave
 * the element's inside unvisited.
 */
function walkArticlePart(root: HastNode, visit: (node: HastNode, previous: HastNode | null) => boolean): void {
  let ended = false;
  const walk = (parent: HastNode): void => {
    let previous: HastNode | null = null;
    // After the first end-matter block, picture and video boxes (`div.media`) among end-matter blocks are still the article's.
    let trailing = false;
    for (const child of parent.children ?? []) {
      if (ended) return;
      if (child.type !== 'element') continue;
      const endBlock = classesOf(child).some((c) => END_MATTER.has(c));
      if (trailing && !endBlock && !classesOf(child).includes('media')) {
        ended = true;
        return;
      }
      if (endBlock || isFeedFooter(child)) {
        if (isFeedFooter(child) || classesOf(child).includes('bottomBox')) {
          ended = true;
          return;
        }
        trailing = true;
        continue;
      }
      if (!visit(child, previous)) walk(child);
      if (child.tagName !== 'br') previous = child;
    }
    if (trailing) ended = true;
  };
  walk(root);
}

/** The page's captions that no image or embed of the Article carries (as caption and credit, separators aside). */
export function lostCaptions(page: Page, media: readonly { caption: string | null; credit: string | null }[]): string[] {
  // A credit written twice at the end by a slip (`（圖取自facebook.com/officialpva）（圖取自…）`) is carried once.
  const bare = (text: string): string => squeeze(text).replace(/[；;，,、]/g, '').replace(/([（(][^（）()]+[）)])\1+$/u, '$1');
  // Contained, not equal: a ▲ line under a video joins its caption to the video's own credit.
  const carried = media.map((item) => bare(`${item.caption ?? ''}${item.credit ?? ''}`));
  return page.captions.filter((caption) => !carried.some((text) => text.includes(bare(caption))));
}

/** A link to a CNA article: `https://www.cna.com.tw/news/aipl/202008140121.aspx` (relative ones too). */
const ARTICLE_LINK = /^(?:https?:\/\/www\.cna\.com\.tw)?(\/news\/[a-z]+\/\d{12}\.aspx)/;

/** The `/news/<section>/<id>.aspx` path of a link to a CNA article, or undefined. */
const articlePath = (href: string): string | undefined => ARTICLE_LINK.exec(href)?.[1];

/**
 * The CNA articles a post links to as related reading: in 延伸閱讀 and
 * the topic timeline (`div.moreArticle`), in inline related stories
 * (`div.insertGroup`), in boxes of headline links (`今晨最新`), in `延伸閱讀》…` paragraphs
 * in the read-more links of digest items (`看完整報導`) and in the headlines
 * of the weekly digest (`<p>★<a …>…</a></p>`, the first link of a paragraph opening with ★); as
 * `/news/<section>/<id>.aspx` paths, one per story.
 */
function pageRelatedLinks(root: HastNode): string[] {
  // One path per story (its first), however many sections link it.
  const paths = new Map<string, string>();
  const collect = (node: HastNode): void => {
    if (node.tagName === 'a') {
      const path = articlePath(String((node.properties as { href?: unknown } | undefined)?.href ?? ''));
      const id = storyId(path);
      if (path !== undefined && id !== undefined && !paths.has(id)) paths.set(id, path);
    }
    for (const child of node.children ?? []) collect(child);
  };
  const walk = (node: HastNode): void => {
    const classes = classesOf(node);
    if (classes.includes('moreArticle') || classes.includes('insertGroup') || isLinkBox(node) || (node.tagName === 'p' && /^\s*延伸閱讀/.test(textOf(node)))) {
      collect(node);
      return;
    }
    // A digest item's read-more link, `（<a href="…">看完整報導</a>）`, and a weekly digest's headline, `<p>★<a href="…">…</a></p>`.
    if (node.tagName === 'a' && /^\s*(?:看|更多)?完整報導[）)]?\s*$/.test(textOf(node))) collect(node);
    // The headline's link is the paragraph's first link, at any depth (`<p><strong>★<a …>…</a></strong></p>`, 2021).
    if (node.tagName === 'p' && /^\s*★/.test(textOf(node))) {
      const first = firstLink(node);
      if (first !== undefined) collect(first);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return [...paths.values()];
}

/** The first `a` under a node, in document order. */
function firstLink(node: HastNode): HastNode | undefined {
  for (const child of node.children ?? []) {
    const found = child.tagName === 'a' ? child : firstLink(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The page's related links that no entry of the Article's `related` points to. */
export function lostRelatedLinks(page: Page, related: readonly { url: string }[]): string[] {
  const ids = new Set(related.map((link) => storyId(articlePath(link.url))));
  return page.relatedLinks.filter((path) => !ids.has(storyId(path)));
}

/** The 12-digit id of a story's path: one story may be linked under two sections (`/news/aopl/…`, `/news/afe/…`). */
const storyId = (path: string | undefined): string | undefined => (path === undefined ? undefined : /\d{12}/.exec(path)?.[0]);

/** Which of a page's sentences the Article's paragraphs keep, lose, or keep out of order. */
export function checkText(page: Page, paragraphs: readonly string[]): TextCheck {
  const { sentences } = page;
  const text = squeeze(paragraphs.join(''));
  const lost: Sentence[] = [];
  const outOfOrder: Sentence[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence.text, cursor);
    if (at >= 0) cursor = at + sentence.text.length;
    else if (text.includes(sentence.text)) outOfOrder.push(sentence);
    else lost.push(sentence);
  }
  const pageText = sentences.map((sentence) => sentence.text).join('\n');
  const written = paragraphs.flatMap((paragraph) => sentencesOf(squeeze(paragraph)));
  return { sentences, lost, outOfOrder, written: written.length, extra: written.filter((piece) => !pageText.includes(piece)) };
}

/** Read a post's page once: its article sentences, captions and related links. */
export function readPage(post: string): Page {
  const root = fromParse5(parseFragment(post)) as unknown as HastNode;
  const runs = textRuns(root);
  return {
    sentences: articleSentences(runs), captions: pageCaptions(root), relatedLinks: pageRelatedLinks(root), images: pageImages(root), textLinks: pageTextLinks(runs),
    blocks: runs.filter((run) => !isLeftOutRun(run)).map(({ text, kind }) => ({ text, kind })),
  };
}

/** The words of a 早安世界 item's read-more link, which leave the text (its address goes to `related`). */
const READ_MORE_WORDS = /^(?:看完整報導|更多完整報導|完整報導|看更多)[）)]?$/;

/**
 * The links of the article text: each link with words inside a run that is article text, whose address is a web
 * page (relative ones resolved against CNA's site), a read-more link's words aside.
 */
function pageTextLinks(runs: readonly Run[]): Page['textLinks'][number][] {
  const links: Page['textLinks'][number][] = [];
  for (const run of runs) {
    if (isLeftOutRun(run)) continue;
    for (const { words, href, before } of run.links) {
      if (words === '' || READ_MORE_WORDS.test(words)) continue;
      let url: URL;
      try {
        url = new URL(href.trim().startsWith('//') ? `https:${href.trim()}` : href.trim(), 'https://www.cna.com.tw/');
      } catch {
        continue;
      }
      if (/^https?:$/.test(url.protocol) && !href.trim().startsWith('#') && href.trim() !== '') links.push({ key: `${words} ${url.href}`, before });
    }
  }
  return links;
}

/** Boilerplate and embedded posts: the images inside them (the newsletter form's icons, a tweet's pictures) are not the article's. */
const NOT_ARTICLE_IMAGES = new Set([...LEFT_OUT_CLASSES].filter((name) => !['fullPic', 'floatImg', 'picinfo', 'noWidthMedia'].includes(name)));

/** The last path segment of an image URL, without query (of the inner URL of a `…weserv.nl/?url=…` proxy): what the Article's `src` must end with. */
const imageName = (url: string): string => {
  const inner = url.includes('?url=') ? url.slice(url.indexOf('?url=') + 5) : url;
  return inner.split(/[?#]/, 1)[0]?.split('/').pop() ?? '';
};

/** The images of the article part, before the end matter: `img` with a `data-src` or `src` that is not a data URI. */
function pageImages(root: HastNode): string[] {
  const names: string[] = [];
  walkArticlePart(root, (node) => {
    if (classesOf(node).some((c) => NOT_ARTICLE_IMAGES.has(c))) return true;
    if (node.tagName === 'img') {
      const properties = node.properties as { dataSrc?: unknown; src?: unknown } | undefined;
      const url = String(properties?.dataSrc ?? properties?.src ?? '');
      if (url !== '' && !url.startsWith('data:')) names.push(imageName(url));
    }
    return false;
  });
  return names;
}

/** The page's images that no image of the Article shows (compared by file name, so a proxy unwrapped still matches). */
export function lostImages(page: Page, images: readonly { src: string }[]): string[] {
  const shown = new Set(images.map((image) => imageName(image.src)));
  return page.images.filter((name) => !shown.has(name));
}
