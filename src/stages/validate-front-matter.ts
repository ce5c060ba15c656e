/**
 * Stage `validate-front-matter`: check the front-matter data with a schema
 * and turn it into `draft.meta`; reject posts of other agencies (`not-cna`).
 */
import { z } from 'zod';
import type { Draft, PostMeta } from '../draft.js';
import type { FieldIssue } from '../errors.js';
import { isCnaUrl, readArticleUrl, sectionNames } from '../meta/sections.js';
import { defineStage, reject, warn } from '../stage.js';

const STAGE = 'validate-front-matter';

const text = z.union([z.string(), z.number()]).transform(String);
const list = z
  .union([z.array(z.unknown()), z.string(), z.null()])
  .optional()
  .transform((value) => {
    if (value === undefined || value === null) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.filter((item) => typeof item === 'string' || typeof item === 'number').map((item) => String(item).trim());
  });

/** What the library reads from the front matter; everything else is ignored. */
export const frontMatterSchema = z.object({
  title: text,
  date: z.union([z.string(), z.number(), z.date()]).optional(),
  author: text.optional(),
  from: z.string().min(1),
  tags: list,
  categories: list,
});

/** Stage `validate-front-matter`: check the front matter with `frontMatterSchema`, reject posts of other agencies (`not-cna`), read id, section and feed time. */
export const validateFrontMatter = defineStage(STAGE, (draft: Draft): Draft => {
  const data = draft.frontMatter;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return reject(draft, { code: 'front-matter:invalid', stage: STAGE, reason: 'the front matter is not a mapping of fields' });
  }
  const record = data as Record<string, unknown>;
  const from = typeof record['from'] === 'string' ? record['from'] : null;
  const author = typeof record['author'] === 'string' ? record['author'] : null;
  if (from !== null ? !isCnaUrl(from) : author === null || !author.includes('中央社')) {
    const who = [author && `author "${author.slice(0, 40)}"`, from && `URL ${from.slice(0, 80)}`].filter(Boolean).join(', ');
    return reject(draft, { code: 'not-cna', stage: STAGE, field: 'from', reason: `not a CNA post (${who || 'no author or URL'})` });
  }
  const parsed = frontMatterSchema.safeParse(record);
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((issue) => ({ path: issue.path.map(pathKey), message: issue.message, code: issue.code }));
    const field = issues[0]?.path.join('.') ?? undefined;
    return reject(draft, { code: 'front-matter:invalid', stage: STAGE, field, reason: `front-matter field "${field}": ${issues[0]?.message ?? 'invalid'}`, issues });
  }
  const fm = parsed.data;
  const title = fm.title.normalize('NFC').trim();
  if (title === '') {
    return reject(draft, { code: 'front-matter:invalid', stage: STAGE, field: 'title', reason: 'the title is empty' });
  }
  const parts = readArticleUrl(fm.from);
  if (parts === null) {
    // The Article's id (and the database key of the command line) is the URL's id: without one there is no Article.
    return reject(draft, {
      code: 'front-matter:invalid',
      stage: STAGE,
      field: 'from',
      reason: `the URL ${fm.from.slice(0, 100)} is not a CNA article URL with a 12-digit id (https://www.cna.com.tw/news/<section>/<YYYYMMDDNNNN>.aspx), which the Article's id is read from`,
    });
  }
  let next = draft;
  if (sectionNames[parts.section] === undefined) {
    next = warn(next, STAGE, 'section:unknown', `section code "${parts.section}" is not a known CNA section`);
  }
  const dateText = fm.date === undefined ? null : fm.date instanceof Date ? fm.date.toISOString() : String(fm.date);
  const meta: PostMeta = {
    title,
    url: fm.from.trim(),
    source: (fm.author ?? '中央社').trim(),
    tags: fm.tags,
    categories: fm.categories,
    id: parts.id,
    section: { code: parts.section, name: sectionNames[parts.section] ?? null },
    feedTimeMs: dateText === null ? null : parseInstant(dateText),
    dateText,
  };
  return { ...next, meta };
});

function pathKey(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
}

/**
 * An instant with its zone: the archiver's ISO-8601 (`2023-09-15T07:50:00.000Z`,
 * `…T15:50:00+08:00`) and the forms Jekyll and YAML 1.1 timestamps allow, a
 * space before the zone and a zone of hours alone or without a colon
 * (`2023-09-15 15:50:00 +0800`, `2023-09-15 15:50:00 +8`). A date or a time
 * without a zone is not an instant.
 */
const INSTANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)[ \t]*(?:(Z)|([+-])(\d{1,2})(?::?(\d{2}))?)$/i;

function parseInstant(value: string): number | null {
  const match = INSTANT.exec(value.trim());
  if (!match) return null;
  const [, date, time, utc, sign, hours = '', minutes = '00'] = match;
  const zone = utc === undefined ? `${sign}${hours.padStart(2, '0')}:${minutes}` : 'Z';
  const ms = Date.parse(`${date}T${time}${zone}`);
  return Number.isFinite(ms) ? ms : null;
}
