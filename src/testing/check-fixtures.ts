/**
 * `checkFixtures(dir)`: run a pipeline over golden fixture folders
 * (`<case>/post.md` + `<case>/article.json`, or `<case>/error.json` for a
 * post that must be rejected) and list every field that differs. With
 * `update: true` it (re)writes the expected files instead, so a reviewer
 * reads the change as a diff.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ParseOptions } from '../options.js';
import { defaultStages } from '../parse.js';
import { createPipeline, type Pipeline } from '../pipeline.js';
import { articleSchema } from '../schema.js';
import { diffJson, type Json } from './diff.js';
import { stableJson, toJson } from './stable-json.js';

/** The expected-file names of a case. */
export const fixtureFiles = { post: 'post.md', article: 'article.json', error: 'error.json' } as const;

/** Options of `checkFixtures`. */
export interface CheckFixturesOptions {
  /** The pipeline to check: any `createPipeline(...)`. Default: the pipeline of `parseCnaPost`. */
  readonly pipeline?: Pipeline<unknown> | undefined;
  /** Write the expected files from the pipeline's output instead of only comparing. Default: `false`. */
  readonly update?: boolean | undefined;
  /** Schema whose key order the written `article.json` files follow. Default: `articleSchema`. */
  readonly schema?: z.ZodType | undefined;
  /** Options of every parse (`file` is always the case's `post.md`). Default: none. */
  readonly parseOptions?: Omit<ParseOptions, 'file'> | undefined;
}

/** What a rejected post must match: `error.json`. */
export interface FixtureRejection {
  readonly code: string;
  readonly stage: string;
  readonly field: string | null;
}

/** One field whose value differs from the expected file. */
export interface FixtureDifference {
  /** The case folder name, e.g. `dateline-ascii-parens`. */
  readonly case: string;
  /** The expected file compared: `article.json` or `error.json`. */
  readonly file: 'article.json' | 'error.json';
  /** Path of the field, e.g. `dateline.reporters[0]`. */
  readonly path: string;
  /** The expected value; `undefined` when the field is absent from the expected file. */
  readonly expected: Json | undefined;
  /** The value the pipeline gave; `undefined` when the output has no such field. */
  readonly actual: Json | undefined;
}

/** A case that could not be compared field by field. */
export interface FixtureCaseError {
  readonly case: string;
  /**
   * `rejected`: an article was expected but the post was rejected;
   * `not-rejected`: `error.json` expects a rejection but the post became an article;
   * `ambiguous`: the case has both `article.json` and `error.json`;
   * `unreadable`: an expected file is not valid JSON.
   */
  readonly kind: 'rejected' | 'not-rejected' | 'ambiguous' | 'unreadable';
  readonly message: string;
  /** The rejection, when the post was rejected. */
  readonly rejection?: FixtureRejection | undefined;
}

/** The outcome of `checkFixtures`. */
export interface FixtureCheckResult {
  /** The fixtures folder. */
  readonly dir: string;
  /** Every case folder found (folders holding a `post.md`), sorted. */
  readonly cases: readonly string[];
  readonly differences: readonly FixtureDifference[];
  /** Cases with neither `article.json` nor `error.json` (before an update wrote them). */
  readonly missing: readonly string[];
  readonly errors: readonly FixtureCaseError[];
  /** True when the check ran with `update: true`. */
  readonly update: boolean;
  /** Files written or removed by `update: true`, as `<case>/<file>`; empty otherwise. */
  readonly updated: readonly string[];
  /** True when every expected file matches the output (always true after an update). */
  readonly ok: boolean;
}

type Outcome = { kind: 'article'; value: Json } | { kind: 'error'; value: FixtureRejection; message: string };

/** Check (or with `update: true`, write) every fixture case in `dir`. */
export function checkFixtures(dir: string, options: CheckFixturesOptions = {}): FixtureCheckResult {
  if (typeof dir !== 'string' || dir === '') {
    throw new TypeError('cna-ingest/testing: checkFixtures(dir) needs the path of a folder of `<case>/post.md` fixtures.');
  }
  const pipeline = options.pipeline ?? createPipeline(...defaultStages);
  const cases = listFixtureCases(dir);
  const result = { differences: [] as FixtureDifference[], missing: [] as string[], errors: [] as FixtureCaseError[], updated: [] as string[] };
  for (const name of cases) {
    const folder = join(dir, name);
    const outcome = run(pipeline, folder, name, options.parseOptions);
    compareCase(name, folder, outcome, result);
    if (options.update) result.updated.push(...writeCase(name, folder, outcome, options.schema ?? articleSchema));
  }
  const ok = options.update === true || (result.differences.length === 0 && result.missing.length === 0 && result.errors.length === 0);
  return { dir, cases, update: options.update === true, ...result, ok };
}

/** The case folders of `dir`: sub-folders holding a `post.md`, sorted by name. */
export function listFixtureCases(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, fixtureFiles.post)))
    .map((entry) => entry.name)
    .sort();
}

function run(pipeline: Pipeline<unknown>, folder: string, name: string, parseOptions: CheckFixturesOptions['parseOptions']): Outcome {
  const source = readFileSync(join(folder, fixtureFiles.post));
  const parsed = pipeline.safeParse(source, { ...parseOptions, file: `${name}/${fixtureFiles.post}` });
  if (parsed.ok) return { kind: 'article', value: toJson(parsed.article) };
  const { code, stage, field, reason } = parsed.error;
  return { kind: 'error', value: { code, stage, field: field ?? null }, message: `${reason} [${code}]` };
}

function compareCase(name: string, folder: string, outcome: Outcome, result: { differences: FixtureDifference[]; missing: string[]; errors: FixtureCaseError[] }): void {
  const articleFile = join(folder, fixtureFiles.article);
  const errorFile = join(folder, fixtureFiles.error);
  const hasArticle = existsSync(articleFile);
  const hasError = existsSync(errorFile);
  const rejection = outcome.kind === 'error' ? outcome.value : undefined;
  if (hasArticle && hasError) {
    result.errors.push({ case: name, kind: 'ambiguous', message: `has both ${fixtureFiles.article} and ${fixtureFiles.error}; keep one`, rejection });
    return;
  }
  if (!hasArticle && !hasError) {
    result.missing.push(name);
    return;
  }
  const file = hasArticle ? fixtureFiles.article : fixtureFiles.error;
  const expected = readJson(join(folder, file));
  if (expected === undefined) {
    result.errors.push({ case: name, kind: 'unreadable', message: `${file} is not valid JSON`, rejection });
    return;
  }
  if (hasArticle && outcome.kind === 'error') {
    result.errors.push({ case: name, kind: 'rejected', message: `expected an article, but the post was rejected at ${outcome.value.stage}: ${outcome.message}`, rejection });
  } else if (hasError && outcome.kind === 'article') {
    result.errors.push({ case: name, kind: 'not-rejected', message: `${fixtureFiles.error} expects a rejection, but the post became an article` });
  } else {
    for (const difference of diffJson(expected, outcome.value as Json)) result.differences.push({ case: name, file, ...difference });
  }
}

/** Write the expected file of a case; returns the files changed. */
function writeCase(name: string, folder: string, outcome: Outcome, schema: z.ZodType): string[] {
  const [keep, drop] = outcome.kind === 'article' ? [fixtureFiles.article, fixtureFiles.error] : [fixtureFiles.error, fixtureFiles.article];
  const text = outcome.kind === 'article' ? stableJson(outcome.value, schema) : stableJson({ ...outcome.value });
  const changed: string[] = [];
  const target = join(folder, keep);
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
    writeFileSync(target, text);
    changed.push(`${name}/${keep}`);
  }
  if (existsSync(join(folder, drop))) {
    rmSync(join(folder, drop));
    changed.push(`${name}/${drop}`);
  }
  return changed;
}

function readJson(path: string): Json | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Json;
  } catch {
    return undefined;
  }
}
