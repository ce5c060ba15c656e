/**
 * The Article schema: the single source of truth for the `Article` type.
 *
 * Every type the library publishes for its output is `z.output<…>` of a
 * schema in this file, so the runtime check and the static type can never
 * drift apart.
 */
import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');

/** A warning attached to an Article: a stable `code` and a sentence for people. */
export const warningSchema = z.object({
  code: z.string().min(1),
  message: z.string(),
});

/** The kinds of dateline CNA uses (電 wire, 專電 own correspondent, …). */
export const datelineKinds = ['電', '專電', '特稿', '綜合外電報導', '綜合報導', '報導', '網站'] as const;

/** The opening dateline, e.g. `（中央社記者廖禹揚首爾15日專電）`. */
export const datelineSchema = z.object({
  /** The dateline as written, parentheses included. */
  raw: z.string().min(1),
  /** `中央社` (also when written `中央記者`, `中央社記`, `中央通訊社`). */
  agency: z.string(),
  /** Reporter names, in order; empty for unsigned wire copy. */
  reporters: z.array(z.string().min(1)),
  /** Place names, in order; empty when the dateline names none. */
  places: z.array(z.string().min(1)),
  /** Day of the month, local to the place; null for 特稿 and 網站. */
  day: z.number().int().min(1).max(31).nullable(),
  /** The dateline kind, or null when the dateline names none. */
  kind: z.enum(datelineKinds).nullable(),
  /** `day` resolved to a calendar date against the article date; null when not resolvable. */
  date: isoDateSchema.nullable(),
  /** A series label glued before the dateline (`疫情原民心1`), else the title of the page's series box above it (`台灣錢潮滾滾1`), or null. */
  label: z.string().nullable(),
});

/** The closing credit, e.g. `（譯者：X/核稿：Y）`. */
export const creditsSchema = z.object({
  raw: z.string().min(1),
  /** Editors (編輯, typo 編緝); a bare name in the closing parentheses (`（徐睿承）`) is taken as the editor. */
  editors: z.array(z.string().min(1)),
  /** Translators; 實習編譯 (intern translator) counts as a translator. */
  translators: z.array(z.string().min(1)),
  reviewers: z.array(z.string().min(1)),
  photographers: z.array(z.string().min(1)),
});

/** The 7-digit ROC-calendar editor code, `1120915` = 2023-09-15. */
export const editorCodeSchema = z.object({
  raw: z.string().regex(/^\d{7}$/),
  /** The decoded date, or null when the code is not a real date. */
  date: isoDateSchema.nullable(),
});

/** An image of the article with its caption. */
export const imageSchema = z.object({
  /** The real image URL (proxy wrappers removed, lazy `data-src` preferred). */
  src: z.string().min(1),
  alt: z.string(),
  /** Caption text without its credit, or null. */
  caption: z.string().nullable(),
  /** The caption's credit (`中央社檔案照片`, `中央社記者X攝 109年8月5日`), or null. */
  credit: z.string().nullable(),
});

/** The kinds of embed recognised in the body. */
export const embedKinds = [
  'youtube',
  'twitter',
  'instagram',
  'facebook',
  'video',
  'infogram',
  'flourish',
  'getty',
  'iframe',
] as const;

/** The kinds of paragraph: text, a subhead (`<h2>`, a short line all in bold), a list item, a quote. */
export const paragraphKinds = ['text', 'subhead', 'list-item', 'quote'] as const;

/** An embedded object (video, tweet, interactive chart). */
export const embedSchema = z.object({
  kind: z.enum(embedKinds),
  url: z.string().min(1),
  /** The text of the embed's caption without its credit (`吐瓦魯總理約於11分12秒起提及台灣。`), or null. */
  caption: z.string().nullable(),
  /** The caption's credit: the video's source (`影片來源：Samsung`) or a parenthesised source, or null. */
  credit: z.string().nullable(),
});

/**
 * A link inside the text: words of a paragraph that link somewhere (`據紐約時報報導` with `紐約時報` linked to
 * the story it cites, `李智凱比賽影片這裡看` linked to a video).
 */
export const textLinkSchema = z.object({
  /** The linked words as they read in the paragraph. */
  text: z.string().min(1),
  /** The address, resolved against `https://www.cna.com.tw/` when the page wrote it relative. */
  url: z.string().min(1),
  /** The index in `paragraphs` of the paragraph that holds the words. */
  paragraph: z.number().int().min(0),
  /** Where the words start in that paragraph, in UTF-16 code units: `paragraphs[paragraph].slice(offset)` starts with `text`. */
  offset: z.number().int().min(0),
});

/** A glossary pop-up of the text: a word that opens a box explaining a term (`小百科`) or a person (`小檔案`). */
export const glossaryEntrySchema = z.object({
  /** The word of the text that opens the box (`李登輝`), or null when the page has none for it. */
  term: z.string().min(1).nullable(),
  /** The box's title (`李登輝小檔案`, `反托拉斯法小百科`). */
  title: z.string(),
  /** The box's text, one line per item or paragraph (`民國12年1月15日出生\n學歷：…`). */
  text: z.string(),
});

/** A related article (延伸閱讀 or a topic timeline entry). */
export const relatedSchema = z.object({
  title: z.string().min(1),
  url: z.string().min(1),
});

/** A topic page of CNA's site (專題) that a story belongs to. */
export const topicSchema = z.object({
  /** The topic's name as the page shows it: the series box's title (`台灣錢潮滾滾1`) or the topic timeline's (`以巴衝突`). */
  title: z.string().min(1),
  /** The topic page, e.g. `https://www.cna.com.tw/topic/newstopic/1647.aspx`. */
  url: z.string().min(1),
});

/** The URL section, e.g. `{ code: 'aopl', name: '國際' }`. */
export const sectionSchema = z.object({
  code: z.string().min(1),
  name: z.string().nullable(),
});

/** A validated CNA article. */
export const articleSchema = z.object({
  /** The 12-digit URL id, `YYYYMMDDNNNN`. */
  id: z.string().regex(/^\d{12}$/, 'expected the 12-digit CNA article id'),
  /** The article URL (front matter `from`). */
  url: z.string().url(),
  section: sectionSchema,
  /** Front-matter title, trimmed and NFC-normalised. */
  title: z.string().min(1),
  /** Front-matter author, e.g. `(臺)中央社CNA`. */
  source: z.string().min(1),
  tags: z.array(z.string()),
  categories: z.array(z.string()),
  /** Publication date in the Taipei calendar: URL id, else editor code, else feed time. */
  date: isoDateSchema,
  /** The feed time as an ISO UTC instant. */
  feedTime: z.string().datetime({ offset: false }),
  /** The feed time in the configured time zone, ISO with offset (`+08:00`). */
  feedTimeTaipei: z.string().datetime({ offset: true }),
  dateline: datelineSchema.nullable(),
  /** Reporters of the dateline, or the column author when the page names one. */
  reporters: z.array(z.string().min(1)),
  credits: creditsSchema.nullable(),
  editorCode: editorCodeSchema.nullable(),
  /** Clean text paragraphs in reading order. */
  paragraphs: z.array(z.string().min(1)).min(1),
  /**
   * The kind of each paragraph, one per paragraph: `subhead` (an `<h2>`–`<h6>`; a short line all in bold,
   * `<p><strong>● 巴西</strong></p>`, or opening with a bullet `●■◆▍`, `<p>● 統一教是什麼？</p>`, at most 24
   * characters and not ending with `。`; a weekly digest's `★` headline), `list-item`, `quote` (in a
   * `blockquote`), else `text`.
   */
  paragraphKinds: z.array(z.enum(paragraphKinds)),
  /** The paragraphs joined by a blank line. */
  text: z.string().min(1),
  /**
   * The links inside `paragraphs`, in reading order (a digest's headline links are in `related` too). Only links
   * to web pages with words are listed: not an image's link, a fragment, `javascript:`, `mailto:` or a `file:` path,
   * nor the read-more links of 早安世界 (their words leave the text; their addresses are in `related`).
   */
  links: z.array(textLinkSchema),
  images: z.array(imageSchema),
  keywords: z.array(z.string().min(1)),
  related: z.array(relatedSchema),
  /**
   * The topic page the story belongs to: the series box above the text (`div.topicbox`), else the title of the
   * topic timeline after it (`<div class="moreArticle-title"><a href="…/topic/newstopic/1647.aspx">以巴衝突</a></div>`);
   * null when the page links none.
   */
  topic: topicSchema.nullable(),
  /**
   * The glossary pop-ups of the text, in order: a word that opens a box explaining a term or a person
   * (`<span class='news-dic-inline'>李登輝</span>` and its `div.dictionary-box`, `李登輝小檔案`). The word stays in
   * its sentence; the box is not article text.
   */
  glossary: z.array(glossaryEntrySchema),
  embeds: z.array(embedSchema),
  /**
   * Reader notices CNA adds to a story, kept out of `paragraphs`: the suicide-prevention hotlines
   * (`珍惜生命，自殺不能解決問題…`), the alcohol warning (`飲酒過量有害身體健康…`), a content warning
   * before a video, a book excerpt's publisher's note (`（書摘為時報出版授權，小標為中央社所加）`, also when it
   * is written inside the credit's brackets), a reprint's source (`原文來自「台灣事實查核中心」：https://…`),
   * the label `涉己新聞` of a story about CNA itself, a pointer to CNA's photo site, an excerpt's pointer to the
   * whole text (`（全文未完，請鎖定…文化+雙週刊第98期…）`) or its source (`（本文出自文化+雙週刊第93期…）`).
   */
  notices: z.array(z.string().min(1)),
  warnings: z.array(warningSchema),
});

/** A validated CNA article: the output of `parseCnaPost` (`z.output<typeof articleSchema>`). */
export type Article = z.output<typeof articleSchema>;
/** The opening dateline of an article (see `datelineSchema`). */
export type Dateline = z.output<typeof datelineSchema>;
/** One of `datelineKinds`: 電, 專電, 特稿, 綜合外電報導, 綜合報導, 報導, 網站. */
export type DatelineKind = (typeof datelineKinds)[number];
/** The closing credit of an article (see `creditsSchema`). */
export type Credits = z.output<typeof creditsSchema>;
/** The 7-digit ROC-calendar editor code (see `editorCodeSchema`). */
export type EditorCode = z.output<typeof editorCodeSchema>;
/** An image with its caption and credit (see `imageSchema`). */
export type Image = z.output<typeof imageSchema>;
/** An embedded video, post or chart (see `embedSchema`). */
export type Embed = z.output<typeof embedSchema>;
/** One of `embedKinds`. */
export type EmbedKind = (typeof embedKinds)[number];
/** One of `paragraphKinds`: text, subhead, list-item, quote. */
export type ParagraphKind = (typeof paragraphKinds)[number];
/** A link inside the text (see `textLinkSchema`). */
export type TextLink = z.output<typeof textLinkSchema>;
/** A glossary pop-up of the text (see `glossaryEntrySchema`). */
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
/** A related article link (see `relatedSchema`). */
export type Related = z.output<typeof relatedSchema>;
/** The topic page a story belongs to (see `topicSchema`). */
export type Topic = z.output<typeof topicSchema>;
/** The URL section of an article (see `sectionSchema`). */
export type Section = z.output<typeof sectionSchema>;
/** A warning on an Article: `{ code, message }` (see `warningCodes`). */
export type Warning = z.output<typeof warningSchema>;
