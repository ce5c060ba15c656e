/**
 * What a stage is, and the two helpers every stage uses to report: `warn`
 * (a content problem, collected) and `reject` (the post cannot become an
 * Article; the pipeline stops).
 */
import type { Draft, Fatal, Message } from './draft.js';

/** A pipeline step: a pure function from one draft to the next. */
export interface Stage {
  (draft: Draft): Draft;
  /** Kebab-case name used in errors and warnings, e.g. `'extract-dateline'`. */
  readonly stageName: string;
}

/**
 * Define a stage with a name. Use it for custom stages:
 *
 * ```ts
 * const dropPhotoCredits = defineStage('drop-photo-credits', (draft) => ({ ...draft, images: [] }));
 * ```
 */
export function defineStage(name: string, run: (draft: Draft) => Draft): Stage {
  if (typeof name !== 'string' || name === '') {
    throw new TypeError('cna-ingest: defineStage(name, run) needs a non-empty name such as "extract-dateline".');
  }
  if (typeof run !== 'function') {
    throw new TypeError(`cna-ingest: defineStage("${name}", run) needs \`run\` to be a function (draft) => draft.`);
  }
  const stage = (draft: Draft): Draft => run(draft);
  return Object.assign(stage, { stageName: name });
}

/** Return `draft` with one more warning. */
export function warn(draft: Draft, stage: string, code: Message['code'], message: string): Draft {
  return { ...draft, messages: [...draft.messages, { code, message, stage }] };
}

/** `the dateline （中央社台北14日電）`, or `3 datelines (（中央社台北14日電）, …)` for a warning message. */
export function describeRemoved(items: readonly string[], noun: string): string {
  const first = (items[0] ?? '').slice(0, 60);
  return items.length === 1 ? `the ${noun} ${first}` : `${items.length} ${noun}s (${first}, …)`;
}

/** Return `draft` marked as rejected. */
export function reject(draft: Draft, fatal: Fatal): Draft {
  return { ...draft, fatal };
}
