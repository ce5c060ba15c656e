/**
 * Stage `decode-epoch-comment`: read `<!--1694764200000-->` (the feed
 * pubDate in epoch milliseconds) that follows the front matter. It should
 * equal the front-matter `date`; a disagreement is reported. When the
 * front-matter date is unusable, the comment is the feed time.
 */
import type { Draft } from '../draft.js';
import { defineStage, reject, warn } from '../stage.js';

const STAGE = 'decode-epoch-comment';

/** `<!--1694764200000-->` at the start of the content (whitespace allowed). */
const EPOCH_COMMENT = /^\s*<!--\s*(-?\d{1,16})\s*-->/;

/** Latest instant a Date can hold (±8.64e15 ms). */
const MAX_MS = 8.64e15;

/** Stage `decode-epoch-comment`: read the `<!--epoch-ms-->` comment and compare it with the front-matter `date`. */
export const decodeEpochComment = defineStage(STAGE, (draft: Draft): Draft => {
  const { meta, content = '' } = draft;
  if (!meta) return draft;
  const match = EPOCH_COMMENT.exec(content.slice(0, 80));
  const epochMs = match ? Number(match[1]) : null;
  const usable = epochMs !== null && Math.abs(epochMs) <= MAX_MS ? epochMs : null;
  let next: Draft = { ...draft, epochMs: usable };
  if (usable === null) {
    next = warn(next, STAGE, 'epoch:missing', match ? `the epoch comment ${match[1]} is not a usable instant` : 'no <!--epoch-ms--> comment after the front matter');
  }
  if (meta.feedTimeMs === null) {
    if (usable === null) {
      return reject(next, {
        code: 'front-matter:invalid',
        stage: STAGE,
        field: 'date',
        reason: `the front-matter date ${JSON.stringify(meta.dateText)} is not an instant and there is no epoch comment to fall back on`,
      });
    }
    next = warn(next, STAGE, 'date:from-epoch', `the front-matter date ${JSON.stringify(meta.dateText)} is unusable; using the epoch comment`);
    return { ...next, meta: { ...meta, feedTimeMs: usable } };
  }
  if (usable !== null && usable !== meta.feedTimeMs) {
    next = warn(
      next,
      STAGE,
      'epoch:mismatch',
      `the epoch comment (${new Date(usable).toISOString()}) differs from the front-matter date (${new Date(meta.feedTimeMs).toISOString()})`,
    );
  }
  return next;
});
