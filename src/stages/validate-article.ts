/**
 * Stage `validate-article`: assemble the Article from the draft and check it
 * with `articleSchema`. This is the only place where a post that got this
 * far is rejected (`body:empty`, `schema:invalid`).
 */
import type { z } from 'zod';
import type { Draft } from '../draft.js';
import type { FieldIssue } from '../errors.js';
import { placeTextParts } from '../body/text-parts.js';
import { articleSchema, type Credits } from '../schema.js';
import { defineStage, reject, type Stage } from '../stage.js';

const STAGE = 'validate-article';

/** Build the candidate object the schema checks (custom fields from `draft.extra` included). */
export function assembleArticle(draft: Draft): Record<string, unknown> {
  const meta = draft.meta;
  const paragraphs = draft.paragraphs ?? [];
  const feedTimeMs = meta?.feedTimeMs ?? null;
  const dateline = draft.dateline ?? null;
  const { kinds, links } = placeTextParts(draft.textParts, paragraphs);
  return {
    ...draft.extra,
    id: meta?.id ?? undefined,
    url: meta?.url,
    section: meta?.section ?? undefined,
    title: meta?.title,
    source: meta?.source,
    tags: meta?.tags ?? [],
    categories: meta?.categories ?? [],
    date: draft.date,
    feedTime: feedTimeMs === null ? undefined : new Date(feedTimeMs).toISOString(),
    feedTimeTaipei: draft.feedTimeLocal ?? (feedTimeMs === null ? undefined : draft.clock.format(feedTimeMs, draft.options.timeZone)),
    dateline,
    reporters: dateline && dateline.reporters.length > 0 ? dateline.reporters : (draft.pageAuthors ?? []),
    credits: withPageCredits(draft),
    editorCode: draft.editorCode ?? null,
    paragraphs,
    paragraphKinds: kinds,
    text: paragraphs.join('\n\n'),
    links,
    images: draft.images ?? [],
    keywords: draft.keywords ?? [],
    related: draft.related ?? [],
    topic: draft.pageTopic ?? null,
    glossary: draft.glossary ?? [],
    embeds: draft.embeds ?? [],
    notices: draft.notices ?? [],
    warnings: draft.messages.map(({ code, message }) => ({ code, message })),
  };
}

/**
 * The closing credit, with the byline's photographers and editors added; a credit of its own when the post has
 * none, whose `raw` is the byline as written (`文：鄭景雯／攝影：吳家昇`).
 */
function withPageCredits(draft: Draft): Credits | null {
  const photographers = draft.pagePhotographers ?? [];
  const editors = draft.pageByline?.editors ?? [];
  const credits = draft.credits ?? null;
  if (photographers.length === 0 && editors.length === 0) return credits;
  if (credits === null) {
    const raw = draft.pageByline?.raw ?? `攝影：${photographers.join('、')}`;
    return { raw, editors: [...editors], translators: [], reviewers: [], photographers: [...photographers] };
  }
  return { ...credits, editors: [...new Set([...credits.editors, ...editors])], photographers: [...new Set([...credits.photographers, ...photographers])] };
}

/** Build the validation stage for a schema (use an extended `articleSchema` to add fields). */
export function createValidateArticle(schema: z.ZodType = articleSchema): Stage {
  return defineStage(STAGE, (draft: Draft): Draft => {
    if (!draft.paragraphs || draft.paragraphs.length === 0) {
      return reject(draft, { code: 'body:empty', stage: STAGE, field: 'paragraphs', reason: 'the article has no text paragraphs' });
    }
    const result = schema.safeParse(assembleArticle(draft));
    if (result.success) return { ...draft, article: result.data };
    const issues: FieldIssue[] = result.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
      message: issue.message,
      code: issue.code,
    }));
    const field = issues[0]?.path.join('.') || undefined;
    return reject(draft, {
      code: 'schema:invalid',
      stage: STAGE,
      field,
      reason: `field "${field ?? '(root)'}": ${issues[0]?.message ?? 'invalid'}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
      issues,
    });
  });
}

/** Stage `validate-article` with `articleSchema`: the last stage of the default pipeline. */
export const validateArticle = createValidateArticle();
