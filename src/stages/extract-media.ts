/**
 * Stage `extract-media`: collect images (with alt, caption and caption
 * credit) and embeds, and remove them from the tree so that captions and
 * embed fallbacks never reach the text.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Draft } from '../draft.js';
import { attribute, cleanText, hasClass, hasDescendant, selectAll, textOf, prune } from '../hast/query.js';
import { splitCaption, type SplitCaption } from '../media/caption.js';
import { isEmbedElement, readEmbed } from '../media/embeds.js';
import { imageUrl } from '../media/image-url.js';
import type { Embed, Image } from '../schema.js';
import { defineStage, warn } from '../stage.js';

const STAGE = 'extract-media';

const isImg = (element: Element): boolean => element.tagName === 'img';

/** The images of a container of images and their caption (`div.floatImg`, `figure`); empty for any other element. */
const boxedImages = (element: Element): Element[] => (element.tagName === 'figure' || hasClass(element, 'floatImg') ? selectAll(element, isImg) : []);

/** Inline elements: what a caption may hold (with `<br>`), and what makes a ▲ text node only the start of a sentence. */
const INLINE: ReadonlySet<string> = new Set(['a', 'span', 'b', 'strong', 'em', 'i', 'small', 'sup', 'sub', 'time']);

const isCaption = (element: Element): boolean => element.tagName === 'figcaption' || hasClass(element, 'picinfo');

/**
 * The card of the book a 【書摘】 excerpt comes from (2023+ pages), after the closing:
 * `<div class="bookInfo"><div class="bookInfoImg"><img …></div><div class="bookInfoTitle">馬斯克傳</div><ul class="bookInfoText"><li>作者｜艾薩克森</li>…</ul></div>`.
 */
const isBookCard = (element: Element): boolean => hasClass(element, 'bookInfo');

/**
 * The same card written as a paragraph right after the cover (2020–21 pages):
 * `<p>書名：64<br>作者： 橫山秀夫<br>譯者： 葉廷昭<br>出版社：圓神出版<br>日期：2021/04/01</p>`.
 */
function isPlainBookCard(element: Element): boolean {
  if (element.tagName !== 'p') return false;
  const text = textOf(element).trimStart();
  return /^書名[：:]/u.test(text) && /作者|出版社/u.test(text);
}

/** The lines of an element's text, parted by its `<br>`s, each cleaned, joined by a space. */
function joinedLines(element: Element): string {
  const lines: string[] = [''];
  const read = (node: Element): void => {
    for (const child of node.children) {
      if (child.type === 'text') lines[lines.length - 1] += child.value;
      else if (child.type === 'element') {
        if (child.tagName === 'br') lines.push('');
        else read(child);
      }
    }
  };
  read(element);
  return lines.map(cleanText).filter((line) => line !== '').join(' ');
}

/**
 * The image box of the 2022–23 pages, whose markup came through the feed
 * without classes:
 * `<div><div style="--aspect-ratio:2000/1333;"><picture>…<img …></picture></div><div>圖為MQ-9無人機。（圖取自美國國防部網頁defense.gov）</div></div>`.
 * A `div` of exactly two elements: the first holds the image(s) and no
 * text, the second is a `div` of inline text only, the caption. Returns the
 * images and the caption element, or null for any other element.
 */
function bareImageBox(element: Element): { images: Element[]; caption: Element } | null {
  if (element.tagName !== 'div' || element.children.length > 4) return null;
  let image: Element | null = null;
  let caption: Element | null = null;
  for (const child of element.children) {
    if (child.type === 'text' && child.value.trim() === '') continue;
    if (child.type !== 'element' || caption !== null) return null;
    if (image === null) image = child;
    else caption = child;
  }
  if (image === null || caption === null || caption.tagName !== 'div') return null;
  for (const child of caption.children) if (child.type === 'element' && child.tagName !== 'br' && !INLINE.has(child.tagName)) return null;
  const images = image.tagName === 'img' ? [image] : selectAll(image, isImg);
  if (images.length === 0 || textOf(image).trim() !== '' || textOf(caption).trim() === '') return null;
  return { images, caption };
}

/** `https://infogram.com/<id>` and `https://infogram.com`: the links of Infogram's attribution line. */
const INFOGRAM_LINK = /^https?:\/\/(?:www\.)?infogram\.com(?:[/?#]|$)/;

/**
 * The attribution line that Infogram's embed code puts under a chart (117
 * posts of the corpus): `<div style="…"><a href="https://infogram.com/<id>">武漢肺炎蔓延圖解疫情一次看3.0</a><br><a href="https://infogram.com">Infogram</a></div>`,
 * links to infogram.com and nothing else. Returns the chart's title (the
 * first link's text), or null when the element is not such a line.
 */
function infogramAttribution(element: Element): string | null {
  if (element.tagName !== 'div') return null;
  let title: string | null = null;
  for (const child of element.children) {
    if (child.type === 'text' && child.value.trim() === '') continue;
    if (child.type !== 'element') return null;
    if (child.tagName === 'br') continue;
    if (child.tagName !== 'a' || !INFOGRAM_LINK.test(attribute(child, 'href') ?? '')) return null;
    title ??= textOf(child);
  }
  return title;
}

/**
 * CNA's marks for a caption written as a paragraph under the embed it
 * describes: `<p>▲前雙面間諜斯克里帕爾2018年在英國遭到神經毒劑攻擊。</p>`
 * (`⯅` once in the corpus, `▴` never), each one UTF-16 unit.
 */
const MARKS_BELOW = '▲⯅▴';

/** The marks for a caption written as a paragraph above the embed it describes: `<p>▼海地總統摩依士發言，8分51秒起提台灣。</p><div class='media'>…`. */
const MARKS_ABOVE = '▼⯆▾';

/** Whether a text opens (blanks aside) with one of `marks`. */
const opensWith = (text: string, marks: string): boolean => {
  const first = text.trimStart().charAt(0);
  return first !== '' && marks.includes(first);
};

/** Whether a post has any of the marks, to skip the walk in posts without one (`includes` is several times faster than a regex here). */
const hasAnyMark = (source: string): boolean => {
  for (const mark of MARKS_BELOW + MARKS_ABOVE) if (source.includes(mark)) return true;
  return false;
};

/** The embeds of a box that are not inside another embed (a youtubeBox, not also its iframe), in document order. */
function outerEmbeds(box: Element): Element[] {
  if (isEmbedElement(box)) return [box];
  const found: Element[] = [];
  for (const child of box.children) if (child.type === 'element') found.push(...outerEmbeds(child));
  return found;
}

/** A caption line: a line of its own that opens with ▲ (what follows it, if anything, is a line break or a block). */
const isMarkedText = (text: Text, next: ElementContent | RootContent | undefined): boolean =>
  opensWith(text.value, MARKS_BELOW) && (next === undefined || (next.type === 'element' && !INLINE.has(next.tagName)));

/** Whether a node parts nothing between an embed and its caption line: blanks, a line break or a comment. */
const isSpacing = (node: ElementContent | RootContent): boolean =>
  node.type === 'comment' || (node.type === 'text' && node.value.trim() === '') || (node.type === 'element' && node.tagName === 'br');

/** A caption line and the embed it describes; `above` for a ▼ line, which comes before its embed. */
type MarkedLine = { embed: Element; above: boolean; title?: true };

/**
 * A chart's title written above it in the chart's own box, unmarked:
 * `<div class='noWidthMedia'><div style="…"><strong>全球疫情統計（每日新增確診數）</strong></div><iframe …>` (late 2021).
 * A `div` or `p` of at most 40 characters, no link and no full stop.
 */
function isChartTitle(element: Element): boolean {
  if ((element.tagName !== 'div' && element.tagName !== 'p') || hasDescendant(element, (child) => child.tagName === 'a' || isEmbedElement(child))) return false;
  const text = cleanText(textOf(element));
  return text !== '' && text.length <= 40 && !/[。！？]/u.test(text);
}

/**
 * The caption lines written as text beside an embed, each mapped to the
 * embed it describes:
 * - lines that open with ▲ right after an element holding an embed, mapped
 *   to the last embed of that element: paragraphs (in the corpus 28 in 23
 *   posts, each after a `div.media`), and bare text inside the embed's own
 *   box (`<a class='gie-single'>…</a><br>▲圖為…` in a Getty box: 2 lines in
 *   1 post);
 * - paragraphs that open with ▼ right before an element holding an embed,
 *   mapped to the first embed of that element (8 in 5 posts, each before a
 *   `div.media`), and bare ▼ text right before the embed in its own box
 *   (`<div class='noWidthMedia'><br>▼…<br/><iframe …>`, on the 2022 pages;
 *   not in the corpus).
 */
function markedCaptions(tree: Root): Map<Element | Text, MarkedLine> {
  const found = new Map<Element | Text, MarkedLine>();
  const walk = (parent: Root | Element): void => {
    let previous: Element | null = null;
    let above: Element | Text | null = null;
    /** Whether `above` is an unmarked chart title rather than a ▼ line. */
    let aboveIsTitle = false;
    const inEmbedBox = parent.type === 'element' && hasClass(parent, 'noWidthMedia');
    const { children } = parent;
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index] as ElementContent | RootContent;
      // Blanks, line breaks and comments between the embed and its caption line do not part them.
      if (isSpacing(child)) continue;
      const isLine =
        child.type === 'text'
          ? isMarkedText(child, children[index + 1])
          : child.type === 'element' && child.tagName === 'p' && opensWith(textOf(child), MARKS_BELOW);
      if (previous !== null && isLine) {
        const embed = outerEmbeds(previous).at(-1);
        if (embed !== undefined) found.set(child as Element | Text, { embed, above: false });
      }
      if (child.type !== 'element') {
        previous = null;
        // A ▼ line may be bare text in the embed's own box, before it: `<div class='noWidthMedia'><br>▼加拿大…<br/><iframe …>`.
        above = child.type === 'text' && opensWith(child.value, MARKS_ABOVE) ? child : null;
        aboveIsTitle = false;
        continue;
      }
      if (above !== null) {
        const embed = outerEmbeds(child)[0];
        if (embed !== undefined) found.set(above, aboveIsTitle ? { embed, above: true, title: true } : { embed, above: true });
      }
      above = child.tagName === 'p' && opensWith(textOf(child), MARKS_ABOVE) ? child : null;
      aboveIsTitle = above === null && inEmbedBox && isChartTitle(child);
      if (aboveIsTitle) above = child;
      walk(child);
      previous = child;
    }
  };
  walk(tree);
  return found;
}

const NO_CAPTION: SplitCaption = { caption: null, credit: null };

/**
 * A title CNA wrote for an iframe: one with Chinese in it. The titles embedding tools give every iframe are English
 * and say nothing of it (`youtube iframe`, `YouTube video player`, `MailOnline Embed Player`).
 */
const CNA_TITLE = /\p{Script=Han}/u;

/**
 * The title an embed names itself by: an Infogram chart's `data-title`, or an iframe's `title`
 * (`<iframe title="以色列轟黎巴嫩真主黨 跨境衝突惡化" data-src="//www.youtube.com/embed/…">`, a 2024 page) when CNA wrote it.
 */
function embedTitle(kind: Embed['kind'], element: Element): string | null {
  if (kind === 'infogram') return nonEmpty(attribute(element, 'dataTitle'));
  if (element.tagName !== 'iframe') return null;
  const title = nonEmpty(attribute(element, 'title'));
  return title !== null && CNA_TITLE.test(title) ? title : null;
}

/** An embed's own credit (`影片來源：…`) and its caption line's, in that order. */
const joinCredits = (own: string | null, line: string | null): string | null => (own === null ? line : line === null ? own : `${own} ${line}`);

/** The embed an embed element shows: read from the first element of the box that names a URL (the iframe of a youtubeBox, the tweet's link). */
function readEmbedBox(element: Element): { found: NonNullable<ReturnType<typeof readEmbed>>; candidate: Element } | null {
  for (const candidate of [element, ...selectAll(element, () => true)]) {
    const found = readEmbed(candidate);
    if (found !== null) return { found, candidate };
  }
  return null;
}

const nonEmpty = (text: string | null): string | null => {
  const clean = text === null ? '' : cleanText(text);
  return clean === '' ? null : clean;
};

/** Stage `extract-media`: collect images (with caption and credit) and embeds, and remove them from the text. */
export const extractMedia = defineStage(STAGE, (draft: Draft): Draft => {
  const { tree } = draft;
  if (!tree) return draft;
  const images: Image[] = [];
  const embeds: Embed[] = [];
  let dropped = 0;
  // Only a post with a mark somewhere can have a marked caption; the others skip that walk.
  const marked = hasAnyMark(draft.source) || draft.source.includes('noWidthMedia') ? markedCaptions(tree) : null;
  const embedOf = new Map<Element, number>();
  /** The embeds whose caption is only their title (an Infogram chart's, an iframe's), which a ▲ line under them replaces. */
  const titled = new Set<number>();
  /** ▼ lines taken for an embed not read yet: its caption, split from its credit. */
  const captionsAbove = new Map<Element, SplitCaption>();
  /** The text of a caption element, split from its credit. */
  const readCaption = (captionBox: Element | undefined): SplitCaption => {
    const text = captionBox ? cleanText(textOf(captionBox)) : '';
    return text === '' ? NO_CAPTION : splitCaption(text);
  };
  /** The caption (`figcaption`, `div.picinfo`) inside an image box or an embed, split from its credit. */
  const captionOf = (box: Element): SplitCaption => readCaption(selectAll(box, isCaption)[0]);
  const addImage = (img: Element, { caption, credit }: SplitCaption): void => {
    const src = imageUrl(img);
    if (src === null) {
      dropped += 1;
      return;
    }
    images.push({ src, alt: cleanText(attribute(img, 'alt') ?? ''), caption, credit });
  };
  /**
   * A ▲ line becomes the caption of the embed above it, unless that embed has a caption of its own
   * (then the line stays text; a caption that is only the embed's own title, an Infogram chart's or an iframe's, the line replaces);
   * a credit the embed has (`影片來源：…`) comes before the line's. Whether the line was taken.
   */
  const takeCaptionLine = ({ embed: describes, above, title }: MarkedLine, text: string): boolean => {
    // A title is the caption whole; a marked line loses its mark and may end with a credit.
    const line: SplitCaption = title === true ? { caption: cleanText(text), credit: null } : splitCaption(cleanText(text).slice(1).trimStart());
    if (above) {
      // The embed comes later: take the line if the embed will be read and has no caption of its own.
      if (readEmbedBox(describes) === null || captionOf(describes).caption !== null) return false;
      captionsAbove.set(describes, line);
      return true;
    }
    const at = embedOf.get(describes);
    const embed = at === undefined ? undefined : embeds[at];
    if (at === undefined || embed === undefined || (embed.caption !== null && !titled.has(at))) return false;
    embeds[at] = { ...embed, caption: line.caption, credit: joinCredits(embed.credit, line.credit) };
    return true;
  };
  const removeText =
    marked === null || marked.size === 0
      ? undefined
      : (text: Text): boolean => {
          const describes = marked.get(text);
          return describes !== undefined && takeCaptionLine(describes, text.value);
        };
  /** The index in `images` of a cover just read from a box of one picture without caption, until the next element. */
  let cover: number | null = null;
  const pruned = prune(tree, (element) => {
    const after = cover;
    cover = null;
    if (after !== null && isPlainBookCard(element)) {
      const image = images[after];
      if (image !== undefined) images[after] = { ...image, caption: nonEmpty(joinedLines(element)) };
      return 'remove';
    }
    if (isBookCard(element)) {
      // The book's card: its cover, captioned by the card's title and facts (not article text).
      const lines = selectAll(element, (part) => hasClass(part, 'bookInfoTitle') || part.tagName === 'li').map((part) => cleanText(textOf(part)));
      const caption = nonEmpty(lines.length > 0 ? lines.join(' ') : textOf(element));
      for (const img of selectAll(element, isImg)) addImage(img, { caption, credit: null });
      return 'remove';
    }
    const boxed = boxedImages(element);
    if (boxed.length > 0) {
      const caption = captionOf(element);
      const before = images.length;
      for (const img of boxed) addImage(img, caption);
      // A book's cover: its card may follow (`isPlainBookCard`).
      if (boxed.length === 1 && images.length === before + 1 && caption.caption === null) cover = before;
      return 'remove';
    }
    const bare = bareImageBox(element);
    if (bare !== null) {
      const caption = readCaption(bare.caption);
      for (const img of bare.images) addImage(img, caption);
      return 'remove';
    }
    if (element.tagName === 'img') {
      addImage(element, NO_CAPTION);
      return 'remove';
    }
    if (isCaption(element)) return 'remove';
    const describes = marked?.get(element);
    if (describes !== undefined && takeCaptionLine(describes, textOf(element))) return 'remove';
    const title = infogramAttribution(element);
    if (title !== null) {
      const last = embeds.at(-1);
      if (last?.kind === 'infogram' && last.caption === null) {
        embeds[embeds.length - 1] = { ...last, caption: nonEmpty(title) };
        titled.add(embeds.length - 1);
      }
      return 'remove';
    }
    if (isEmbedElement(element)) {
      const read = readEmbedBox(element);
      if (read !== null) {
        const { found, candidate } = read;
        const { caption, credit } = captionOf(element);
        const above = captionsAbove.get(element);
        // An Infogram chart names its title in data-title (and in the attribution line below it); an iframe may name it in title.
        const title = caption === null && above === undefined ? embedTitle(found.kind, candidate) : null;
        embeds.push({ ...found, caption: caption ?? above?.caption ?? title, credit: joinCredits(credit, above?.credit ?? null) });
        embedOf.set(element, embeds.length - 1);
        if (title !== null) titled.add(embeds.length - 1);
      }
      return 'remove';
    }
    return undefined;
  }, removeText);
  const next: Draft = { ...draft, tree: pruned, images, embeds };
  return dropped > 0 ? warn(next, STAGE, 'image:no-src', `${dropped} image(s) without a usable URL were dropped`) : next;
});
