/**
 * Progress on stderr: a live bar with count, rate and ETA on a terminal;
 * a plain line every few seconds otherwise; nothing when quiet.
 */

export interface Progress {
  /** The number of inputs, once known (it is counted while the run goes). */
  setTotal(total: number): void;
  /** Posts done so far. */
  update(done: number): void;
  /** Clear the bar before the summary. */
  finish(): void;
}

export interface ProgressOptions {
  readonly stream: NodeJS.WritableStream;
  /** `'bar'` on a terminal, `'lines'` otherwise, `'none'` with `--quiet`. */
  readonly mode: 'bar' | 'lines' | 'none';
  /** Milliseconds since some origin (injected for tests). Default: `performance.now`. */
  readonly now?: () => number;
  /** Milliseconds between plain lines. Default: 2000. */
  readonly lineIntervalMs?: number;
}

const barWidth = 24;
const number = new Intl.NumberFormat('en-US');

export function createProgress(options: ProgressOptions): Progress {
  if (options.mode === 'none') return { setTotal: () => undefined, update: () => undefined, finish: () => undefined };
  const now = options.now ?? (() => performance.now());
  const interval = options.mode === 'bar' ? 100 : (options.lineIntervalMs ?? 2000);
  const started = now();
  let total: number | undefined;
  let last = started;
  let drawn = false;
  return {
    setTotal(value) {
      total = value;
    },
    update(done) {
      const at = now();
      if (at - last < interval) return;
      last = at;
      const text = describeProgress(done, total, at - started);
      if (options.mode === 'bar') {
        options.stream.write(`\r\x1b[2K${bar(done, total)} ${text}`);
        drawn = true;
      } else {
        options.stream.write(`cna-ingest: ${text}\n`);
      }
    },
    finish() {
      if (drawn) options.stream.write('\r\x1b[2K');
    },
  };
}

/** `1,234 of 2,472 posts (49%), 812 posts/s, ETA 2 s` (without total: `1,234 posts, 812 posts/s`). */
export function describeProgress(done: number, total: number | undefined, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const speed = `${number.format(Math.round(rate))} posts/s`;
  if (total === undefined || total === 0) return `${number.format(done)} posts, ${speed}`;
  const percent = Math.min(100, Math.floor((100 * done) / total));
  const eta = rate > 0 ? `, ETA ${formatDuration((total - done) / rate)}` : '';
  return `${number.format(done)} of ${number.format(total)} posts (${percent}%), ${speed}${eta}`;
}

function bar(done: number, total: number | undefined): string {
  if (total === undefined || total === 0) return '[' + '·'.repeat(barWidth) + ']';
  const filled = Math.min(barWidth, Math.round((barWidth * done) / total));
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`;
}

function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
}
