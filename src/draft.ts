/**
 * The draft: what the pipeline has built so far. Each stage takes a draft
 * and returns the next one; no stage mutates the draft it was given.
 */
import type { Element, Root } from 'hast';
import type { RejectionCode, FieldIssue } from './errors.js';
import type { ResolvedOptions } from './options.js';
import type { ZoneClock } from './time/zoned.js';
import type { Credits, Dateline, EditorCode, Embed, GlossaryEntry, Image, Related, Section, Topic } from './schema.js';
import type { TextParts } from './body/text-parts.js';
import type { WarningCode } from './warnings.js';

/** A content problem found by a stage. */
export interface Message {
  /** Stable code, e.g. `'dateline:unparsed'`. Custom stages may use their own. */
  readonly code: WarningCode | (string & {});
  readonly message: string;
  /** The stage that found it. */
  readonly stage: string;
}

/** The reason a stage stops the pipeline. */
export interface Fatal {
  readonly code: RejectionCode;
  readonly stage: string;
  readonly reason: string;
  readonly field?: string | undefined;
  readonly issues?: readonly FieldIssue[] | undefined;
  readonly cause?: unknown;
}

/** Fields read from the front matter after it has been checked. */
export interface PostMeta {
  readonly title: string;
  readonly url: string;
  readonly source: string;
  readonly tags: readonly string[];
  readonly categories: readonly string[];
  /** The URL id `YYYYMMDDNNNN`, or null when the URL has none. */
  readonly id: string | null;
  readonly section: Section | null;
  /** The feed instant in ms since the epoch (front-matter `date`, else the epoch comment), or null. */
  readonly feedTimeMs: number | null;
  /** The front-matter `date` as written. */
  readonly dateText: string | null;
}

/** The state a stage receives and returns: the post, the options, the messages so far and every field extracted so far. */
export interface Draft {
  readonly options: ResolvedOptions;
  /** Formats instants in a time zone; one per pipeline, shared by its parses. */
  readonly clock: ZoneClock;
  /** The post as text. */
  readonly source: string;
  readonly messages: readonly Message[];
  /** Set by a stage that rejects the post; the pipeline stops there. */
  readonly fatal?: Fatal | undefined;

  /** Front-matter data as parsed; `unknown` until `validateFrontMatter` checked it. */
  readonly frontMatter?: unknown;
  /** Everything after the front matter. */
  readonly content?: string | undefined;
  readonly meta?: PostMeta | undefined;
  /** The epoch comment in ms, or null when absent. */
  readonly epochMs?: number | null | undefined;
  /** The `[title](url)` line, when present. */
  readonly titleLine?: { readonly title: string; readonly url: string } | null | undefined;
  /** The article part of the body as hast. */
  readonly tree?: Root | undefined;
  /** The end matter (hashtags, 延伸閱讀) as hast, or null when the body has none. */
  readonly endMatter?: Root | null | undefined;
  /** Authors named by the page (`div.author` of columns, a `文：X` byline), when any. */
  readonly pageAuthors?: readonly string[] | undefined;
  /** Photographers named by a byline (`文：黃淑芳 攝影：鄭清元`), added to `credits.photographers`. */
  readonly pagePhotographers?: readonly string[] | undefined;
  /**
   * The byline or staff line as written (the `raw` of a credit made from it alone), and the editors a staff line
   * names (`記者／龍柏安 攝影／吳家昇 編輯／張芷瑄`), added to `credits.editors`.
   */
  readonly pageByline?: { readonly raw: string; readonly editors: readonly string[] } | undefined;
  /** The series title of the page's series box (`div.topicbox > … div.topictitle`: `台灣錢潮滾滾1`), or null. */
  readonly pageSeries?: string | null | undefined;
  /** The topic page the story belongs to (the series box, else the topic timeline's title), or null. */
  readonly pageTopic?: Topic | null | undefined;
  readonly keywords?: readonly string[] | undefined;
  /** The glossary pop-ups the boilerplate rules took out of the text (`div.dictionary-box`). */
  readonly glossary?: readonly GlossaryEntry[] | undefined;
  readonly related?: readonly Related[] | undefined;
  readonly images?: readonly Image[] | undefined;
  readonly embeds?: readonly Embed[] | undefined;
  readonly paragraphs?: readonly string[] | undefined;
  /**
   * The paragraphs as `extract-text` made them (the later stages cut parts out of `paragraphs`), the kind of each
   * and the links inside them; `validate-article` places the kinds and links in the paragraphs the later stages leave.
   */
  readonly textParts?: TextParts | undefined;
  /** Reader notices taken out of the text (suicide-prevention hotlines, the alcohol warning, a publisher's note). */
  readonly notices?: readonly string[] | undefined;
  readonly dateline?: Dateline | null | undefined;
  /** Month and year written inside the dateline (`台北109年12月31日電`), for resolving its day. */
  readonly datelineWritten?: { readonly year: number | null; readonly month: number | null } | undefined;
  /**
   * In a post of several stories, the index in `paragraphs` of the first paragraph of each later story (whose
   * dateline `extract-dateline` removed), in order; empty for a post of one story. `extract-credits` takes the
   * closing of the lead story, the one before the first of them.
   */
  readonly storyStarts?: readonly number[] | undefined;
  readonly credits?: Credits | null | undefined;
  readonly editorCode?: EditorCode | null | undefined;
  /** The feed time in `options.timeZone`, ISO with offset (formatted once, by `resolve-dates`). */
  readonly feedTimeLocal?: string | undefined;
  /** Publication date, Taipei calendar, `YYYY-MM-DD`. */
  readonly date?: string | undefined;
  /** Fields added by custom stages; merged into the article before validation. */
  readonly extra?: Readonly<Record<string, unknown>> | undefined;
  /** The validated result, set by `validateArticle`. */
  readonly article?: unknown;
}

/** An element of the hast tree (re-exported for custom stages). */
export type { Element, Root };
