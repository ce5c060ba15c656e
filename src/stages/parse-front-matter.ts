/**
 * Stage `parse-front-matter`: split the YAML front matter off the post and
 * parse it with gray-matter, YAML only.
 *
 * - Any engine other than YAML (`---js`, `---javascript`, `---coffee`, …) is
 *   refused with `front-matter:engine`: gray-matter's js engines `eval` the
 *   block (CVE-2022-25863), so such a block is never handed to it.
 * - gray-matter is always called with options, which skips its unbounded
 *   module-level cache, and only with the front-matter block, so its cost
 *   does not grow with the body.
 * - YAML is read with js-yaml's CORE schema: `date` stays the string it is
 *   (no timestamp coercion), `True` is a boolean, duplicate keys are an error.
 * - A block of the archiver's exact `key: value` lines is read directly, to
 *   the same values (see `front-matter/archiver-yaml.ts`); gray-matter and
 *   js-yaml read every other block.
 */
import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Draft } from '../draft.js';
import { readArchiverYaml } from '../front-matter/archiver-yaml.js';
import { defineStage, reject } from '../stage.js';

const STAGE = 'parse-front-matter';

/** The opening fence and what follows it on the same line: `---`, `---yaml`, `---js`. */
const OPENING = /^---([^\r\n]*)\r?\n/;

const refuse = (): never => {
  throw new Error('front-matter engines other than YAML are refused');
};

const matterOptions = {
  language: 'yaml',
  engines: {
    yaml: (text: string): object => parseYaml(text),
    js: refuse,
    javascript: refuse,
    coffee: refuse,
    coffeescript: refuse,
    json: refuse,
    toml: refuse,
  },
} as const;

function parseYaml(text: string): object {
  const data: unknown = load(text, { schema: CORE_SCHEMA, json: false });
  // gray-matter wants an object; anything else is carried as-is and checked later.
  return { value: data };
}

/** Stage `parse-front-matter`: split off and parse the YAML front matter (YAML only; other engines are refused, never run). */
export const parseFrontMatter = defineStage(STAGE, (draft: Draft): Draft => {
  const { source } = draft;
  const opening = OPENING.exec(source.slice(0, 256));
  if (!opening) {
    return reject(draft, { code: 'front-matter:missing', stage: STAGE, reason: 'the post does not open with a `---` line' });
  }
  const language = (opening[1] ?? '').trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return reject(draft, {
      code: 'front-matter:engine',
      stage: STAGE,
      reason: `the front matter asks for the "${language.slice(0, 40)}" engine; only YAML is read and nothing is evaluated`,
    });
  }
  const close = findClosingFence(source, opening[0].length);
  if (close === null) {
    return reject(draft, { code: 'front-matter:missing', stage: STAGE, reason: 'the front matter has no closing `---` line' });
  }
  const yamlText = source.slice(opening[0].length, close.start);
  const simple = readArchiverYaml(yamlText);
  if (simple !== null) return { ...draft, frontMatter: simple, content: source.slice(close.end) };
  let data: unknown;
  try {
    const parsed = matter(`---\n${yamlText}\n---\n`, matterOptions);
    data = (parsed.data as { value?: unknown }).value;
  } catch (cause) {
    const reason = cause instanceof Error ? firstLine(cause.message) : 'unreadable YAML';
    return reject(draft, { code: 'front-matter:yaml', stage: STAGE, reason: `the front matter is not valid YAML: ${reason}`, cause });
  }
  return { ...draft, frontMatter: data ?? null, content: source.slice(close.end) };
});

/** Find the `---` line that closes the front matter, starting at `from`. */
function findClosingFence(source: string, from: number): { start: number; end: number } | null {
  if (source.startsWith('---', from) && isFenceEnd(source, from + 3)) {
    return { start: from, end: lineEnd(source, from + 3) };
  }
  let at = source.indexOf('\n---', from - 1);
  while (at !== -1) {
    const fence = at + 1;
    if (isFenceEnd(source, fence + 3)) return { start: at, end: lineEnd(source, fence + 3) };
    at = source.indexOf('\n---', fence);
  }
  return null;
}

/** Whether the rest of the line from `at` is blank: a fence line may end in spaces or tabs (`--- `), as Jekyll's own reader allows. */
function isFenceEnd(source: string, at: number): boolean {
  let end = at;
  while (source[end] === ' ' || source[end] === '\t') end += 1;
  const rest = source.slice(end, end + 2);
  return rest === '' || rest.startsWith('\n') || rest === '\r\n' || rest === '\r';
}

function lineEnd(source: string, at: number): number {
  const newline = source.indexOf('\n', at);
  return newline === -1 ? source.length : newline + 1;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
