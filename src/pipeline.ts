/**
 * `createPipeline(...stages)`: compose stages into a parser. Stages run in
 * order over a draft; the first fatal problem stops the run and becomes a
 * `CnaPostError`; anything thrown inside a stage becomes a `CnaPostError`
 * with code `internal` naming the stage, so a parse never throws anything
 * else for any content.
 */
import { CnaPostError } from './errors.js';
import type { Draft } from './draft.js';
import { resolveOptions, type ParseOptions } from './options.js';
import type { Stage } from './stage.js';
import { decodeSource } from './source.js';
import { createZoneClock } from './time/zoned.js';

/** The result of `safeParse`: the article, or the `CnaPostError` that rejected the post. */
export type SafeParseResult<T> = { ok: true; article: T } | { ok: false; error: CnaPostError };

/** A parser made of stages, returned by `createPipeline`. `T` is the article type its last stage validates. */
export interface Pipeline<T> {
  /** The stages, in order (copy and edit it to build another pipeline). */
  readonly stages: readonly Stage[];
  /** Parse one post; throws `CnaPostError` when it cannot become an article. */
  parse(source: string | Uint8Array, options?: ParseOptions): T;
  /** Parse one post; never throws for any content. */
  safeParse(source: string | Uint8Array, options?: ParseOptions): SafeParseResult<T>;
  /** Run the stages and return the final draft, for debugging a stage. */
  run(source: string | Uint8Array, options?: ParseOptions): Draft;
}

/**
 * Compose stages into a pipeline. The last stage must set `draft.article`
 * (the default pipeline ends with `validateArticle`).
 *
 * ```ts
 * const parse = createPipeline(...defaultStages, myStage);
 * const article = parse.parse(text, { file });
 * ```
 */
export function createPipeline<T = import('./schema.js').Article>(...stages: Stage[]): Pipeline<T> {
  for (const [index, stage] of stages.entries()) {
    if (typeof stage !== 'function') {
      throw new TypeError(`cna-ingest: createPipeline() argument ${index + 1} is not a stage; pass functions made with defineStage() or the exported stages.`);
    }
  }
  const frozen = Object.freeze([...stages]);
  const clock = createZoneClock();

  const run = (source: string | Uint8Array, options?: ParseOptions): Draft => {
    const resolved = resolveOptions(options);
    let draft = decodeSource(source, resolved, clock);
    for (const stage of frozen) {
      if (draft.fatal) break;
      const name = stageNameOf(stage);
      try {
        draft = stage(draft);
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        draft = { ...draft, fatal: { code: 'internal', stage: name, reason, cause } };
      }
    }
    return draft;
  };

  const parse = (source: string | Uint8Array, options?: ParseOptions): T => {
    const draft = run(source, options);
    if (draft.fatal) {
      throw new CnaPostError({ ...draft.fatal, file: draft.options.file });
    }
    if (draft.article === undefined) {
      throw new TypeError('cna-ingest: the pipeline ended without an article; make `validateArticle` (or a stage that sets `draft.article`) its last stage.');
    }
    return draft.article as T;
  };

  const safeParse = (source: string | Uint8Array, options?: ParseOptions): SafeParseResult<T> => {
    try {
      return { ok: true, article: parse(source, options) };
    } catch (error) {
      if (error instanceof CnaPostError) return { ok: false, error };
      // Only API misuse (a TypeError about arguments or the pipeline) gets here.
      throw error;
    }
  };

  return Object.freeze({ stages: frozen, parse, safeParse, run });
}

function stageNameOf(stage: Stage): string {
  return typeof stage.stageName === 'string' && stage.stageName !== '' ? stage.stageName : stage.name || 'anonymous-stage';
}
