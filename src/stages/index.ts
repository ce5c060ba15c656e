/**
 * `cna-ingest/stages`: the stages of the default pipeline, the factories that
 * build configured ones, and the helpers for writing your own. Import from
 * here to compose a pipeline without the rest of the API.
 * This file only re-exports; the export list is pinned by a test.
 *
 * @packageDocumentation
 */
export { parseFrontMatter } from './parse-front-matter.js';
export { validateFrontMatter, frontMatterSchema } from './validate-front-matter.js';
export { decodeEpochComment } from './decode-epoch-comment.js';
export { parseBody } from './parse-body.js';
export { stripBoilerplate, createStripBoilerplate, defaultBoilerplateRules, type BoilerplateRule } from './strip-boilerplate.js';
export { extractMedia } from './extract-media.js';
export { extractText } from './extract-text.js';
export { extractDateline } from './extract-dateline.js';
export { extractCredits } from './extract-credits.js';
export { resolveDates } from './resolve-dates.js';
export { validateArticle, createValidateArticle, assembleArticle } from './validate-article.js';
export { defineStage, warn, reject, type Stage } from '../stage.js';
export type { Draft, Message, Fatal, PostMeta, Element, Root } from '../draft.js';
export type { TextParts } from '../body/text-parts.js';
