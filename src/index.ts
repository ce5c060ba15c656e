/**
 * cna-ingest: archived CNA posts to typed, validated Articles.
 * This file only re-exports; the export list is pinned by a test.
 */
export { parseCnaPost, safeParseCnaPost, safeParseCnaPosts, defaultStages } from './parse.js';
export { createPipeline, type Pipeline, type SafeParseResult, type PostInput, type ManyOptions } from './pipeline.js';
export { defineStage, warn, reject, type Stage } from './stage.js';
export type { Draft, Message, Fatal, PostMeta, Element, Root } from './draft.js';
export type { TextParts } from './body/text-parts.js';
export type { ZoneClock } from './time/zoned.js';
export { defaultOptions, type ParseOptions, type ResolvedOptions } from './options.js';
export { CnaPostError, isCnaPostError, rejectionCodes, type RejectionCode, type FieldIssue, type CnaPostErrorInit } from './errors.js';
export { warningCodes, type WarningCode } from './warnings.js';
export {
  articleSchema,
  datelineSchema,
  creditsSchema,
  editorCodeSchema,
  imageSchema,
  embedSchema,
  textLinkSchema,
  glossaryEntrySchema,
  relatedSchema,
  topicSchema,
  sectionSchema,
  warningSchema,
  datelineKinds,
  embedKinds,
  paragraphKinds,
  type Article,
  type Dateline,
  type DatelineKind,
  type Credits,
  type EditorCode,
  type Image,
  type Embed,
  type EmbedKind,
  type ParagraphKind,
  type TextLink,
  type GlossaryEntry,
  type Related,
  type Topic,
  type Section,
  type Warning,
} from './schema.js';
export { parseFrontMatter } from './stages/parse-front-matter.js';
export { validateFrontMatter, frontMatterSchema } from './stages/validate-front-matter.js';
export { decodeEpochComment } from './stages/decode-epoch-comment.js';
export { parseBody } from './stages/parse-body.js';
export { stripBoilerplate, createStripBoilerplate, defaultBoilerplateRules, type BoilerplateRule } from './stages/strip-boilerplate.js';
export { extractMedia } from './stages/extract-media.js';
export { extractText } from './stages/extract-text.js';
export { extractDateline } from './stages/extract-dateline.js';
export { extractCredits } from './stages/extract-credits.js';
export { resolveDates } from './stages/resolve-dates.js';
export { validateArticle, createValidateArticle, assembleArticle } from './stages/validate-article.js';
export { matchDateline, type ParsedDateline, type DatelineMatch } from './dateline/parse-dateline.js';
export { matchClosing, findClosingParagraph, type ClosingMatch, type ParsedCredits } from './credits/parse-credits.js';
export { decodeRocDate } from './credits/roc-date.js';
