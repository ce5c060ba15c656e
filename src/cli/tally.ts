/**
 * The counts of a run: read, written, skipped and rejected (by code), and
 * warnings by code. `read` is counted apart, when files are taken from the
 * input list, so `balanced()` is a real check that every input was
 * accounted for (read = written + skipped + rejected).
 */
import type { BatchOutcome, FileOutcome } from './outcome.js';

export interface Tally {
  readonly read: number;
  readonly written: number;
  readonly skipped: number;
  readonly rejected: number;
  readonly skippedByCode: Readonly<Record<string, number>>;
  readonly rejectedByCode: Readonly<Record<string, number>>;
  readonly warningsByCode: Readonly<Record<string, number>>;
}

/** A tally being filled during a run. */
export interface TallyRecorder {
  /** Count files taken from the input list. */
  noteRead(count: number): void;
  /** Count the outcome of one file. */
  record(outcome: FileOutcome | BatchOutcome): void;
  snapshot(): Tally;
}

/** Whether every input read was written, skipped or rejected. */
export function balanced(tally: Tally): boolean {
  return tally.read === tally.written + tally.skipped + tally.rejected;
}

export function createTally(): TallyRecorder {
  let read = 0;
  let written = 0;
  const skipped = new Map<string, number>();
  const rejected = new Map<string, number>();
  const warnings = new Map<string, number>();
  const bump = (map: Map<string, number>, code: string): void => {
    map.set(code, (map.get(code) ?? 0) + 1);
  };
  return {
    noteRead(count) {
      read += count;
    },
    record(outcome) {
      if (outcome.status === 'written') {
        written += 1;
        for (const code of outcome.warnings) bump(warnings, code);
      } else {
        bump(outcome.status === 'skipped' ? skipped : rejected, outcome.record.code);
      }
    },
    snapshot() {
      const total = (map: Map<string, number>): number => [...map.values()].reduce((a, b) => a + b, 0);
      return {
        read,
        written,
        skipped: total(skipped),
        rejected: total(rejected),
        skippedByCode: sortedRecord(skipped),
        rejectedByCode: sortedRecord(rejected),
        warningsByCode: sortedRecord(warnings),
      };
    },
  };
}

/** Counts by code, most frequent first, then by code. */
function sortedRecord(map: Map<string, number>): Record<string, number> {
  const entries = [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries);
}
