/** The closing summary of a run, printed to stderr. */
import type { Tally } from './tally.js';

export interface SummaryContext {
  /** Wall time of the run, in milliseconds. */
  readonly elapsedMs: number;
  /** Set when a signal stopped the run. */
  readonly interrupted?: 'SIGINT' | 'SIGTERM' | undefined;
  /** Set when the inputs failed part way (the error follows the summary). */
  readonly failed?: boolean | undefined;
}

const number = new Intl.NumberFormat('en-US');

/** Posts per second, 0 for an instant run. */
export function postsPerSecond(read: number, elapsedMs: number): number {
  return elapsedMs <= 0 ? 0 : (read * 1000) / elapsedMs;
}

export function formatSummary(tally: Tally, context: SummaryContext): string {
  const seconds = (context.elapsedMs / 1000).toFixed(1);
  // Posts skipped because the run stopped were never read: they do not count towards the speed.
  const parsed = tally.read - (tally.skippedByCode.interrupted ?? 0);
  const rate = Math.round(postsPerSecond(parsed, context.elapsedMs));
  const head =
    context.failed === true
      ? 'cna-ingest: stopped, the inputs failed'
      : context.interrupted === undefined
        ? 'cna-ingest: done'
        : `cna-ingest: interrupted by ${context.interrupted}`;
  const lines = [
    `${head}: read ${number.format(tally.read)}, written ${number.format(tally.written)}, skipped ${number.format(tally.skipped)}, rejected ${number.format(tally.rejected)} in ${seconds} s (${number.format(rate)} posts/s)`,
  ];
  const byCode = (label: string, record: Readonly<Record<string, number>>): void => {
    const parts = Object.entries(record).map(([code, count]) => `${code} ${number.format(count)}`);
    if (parts.length > 0) lines.push(`  ${label}: ${parts.join(', ')}`);
  };
  byCode('skipped', tally.skippedByCode);
  byCode('rejected', tally.rejectedByCode);
  byCode('warnings', tally.warningsByCode);
  return `${lines.join('\n')}\n`;
}
