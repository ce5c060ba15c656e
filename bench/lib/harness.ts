/**
 * A small benchmark harness: warm-up rounds, then timed rounds; each round
 * gets freshly built inputs (so no string object, and nothing cached on one,
 * is reused between rounds) and reports the median.
 */

export interface Measured {
  /** Median time of one round, ms. */
  readonly medianMs: number;
  /** All timed rounds, ms. */
  readonly roundsMs: readonly number[];
  /** Items per round. */
  readonly items: number;
  /** Input bytes per round (UTF-8). */
  readonly bytes: number;
}

export interface Case<I> {
  /** Build this round's inputs (not timed). */
  readonly prepare: () => I[];
  /** Run one item (timed). */
  readonly run: (input: I) => unknown;
  /** UTF-8 bytes of the inputs of one round. */
  readonly bytes: number;
  readonly warmup?: number;
  readonly rounds?: number;
}

/** A sink so the work cannot be optimised away. */
let sink = 0;

/** CPU time of this process in ms (user + system, all threads): steadier than wall time on a shared machine. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Run one case alone. */
export function measure<I>(spec: Case<I>): Measured {
  return measureInterleaved([spec as unknown as Case<unknown>])[0] as Measured;
}

/**
 * Run several cases round by round, interleaved (round 1 of every case, then
 * round 2, …), so that load from elsewhere on the machine falls on all of
 * them alike and their ratios hold. Time is CPU time (see `cpuMs`).
 */
export function measureInterleaved(specs: readonly Case<unknown>[]): Measured[] {
  const warmup = Math.max(...specs.map((spec) => spec.warmup ?? 2));
  const rounds = Math.max(...specs.map((spec) => spec.rounds ?? 7));
  const times: number[][] = specs.map(() => []);
  const items: number[] = specs.map(() => 0);
  for (let round = 0; round < warmup + rounds; round += 1) {
    specs.forEach((spec, index) => {
      if (round >= (spec.warmup ?? 2) + (spec.rounds ?? 7) + (warmup - (spec.warmup ?? 2))) return;
      if (round < warmup - (spec.warmup ?? 2)) return;
      const inputs = spec.prepare();
      items[index] = inputs.length;
      const started = cpuMs();
      for (const input of inputs) {
        const result = spec.run(input);
        if (result !== undefined) sink += 1;
      }
      const elapsed = cpuMs() - started;
      if (round >= warmup) times[index]?.push(elapsed);
    });
  }
  if (sink < 0) console.log(sink);
  return specs.map((spec, index) => ({ medianMs: median(times[index] ?? []), roundsMs: times[index] ?? [], items: items[index] ?? 0, bytes: spec.bytes }));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** µs per item. */
export const usPerItem = (m: Measured): number => (m.medianMs * 1000) / m.items;
export const itemsPerSecond = (m: Measured): number => m.items / (m.medianMs / 1000);
export const megabytesPerSecond = (m: Measured): number => m.bytes / 1e6 / (m.medianMs / 1000);
export const nsPerByte = (m: Measured): number => (m.medianMs * 1e6) / m.bytes;

/** Format a table with right-aligned columns after the first. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const fixed = (value: number, digits = 1): string => value.toFixed(digits);
