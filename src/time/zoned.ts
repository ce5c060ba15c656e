/**
 * Instants in a time zone, through date-fns-tz's `formatInTimeZone`.
 *
 * A call costs ~18 µs, so a `ZoneClock` (one per pipeline, no module state)
 * remembers the offset of each UTC day that has no clock change in it: the
 * offsets at the day's first and last millisecond agree. Posts of the same
 * day then cost one addition. date-fns-tz's `getTimezoneOffset` is not used:
 * it gives the old offset for the hour after a daylight-saving fall-back.
 */
import { formatInTimeZone } from 'date-fns-tz';

const PATTERN = "yyyy-MM-dd'T'HH:mm:ssxxx";
const DAY_MS = 86_400_000;

/** Formats instants in a time zone; `draft.clock`, one per pipeline, shared by its parses. */
export interface ZoneClock {
  /** `2023-09-15T07:50:00.000Z` in Asia/Taipei → `2023-09-15T15:50:00+08:00`. */
  format(ms: number, timeZone: string): string;
}

/** A clock that remembers up to `maxDays` (zone, UTC day) offsets. */
export function createZoneClock(maxDays = 4096): ZoneClock {
  const offsets = new Map<string, number>();
  const offsetOf = (ms: number, timeZone: string): number => {
    const day = Math.floor(ms / DAY_MS);
    const key = `${timeZone}\n${day}`;
    const known = offsets.get(key);
    if (known !== undefined) return known;
    const start = offsetAt(day * DAY_MS, timeZone);
    if (offsetAt(day * DAY_MS + DAY_MS - 1, timeZone) !== start) return offsetAt(ms, timeZone);
    if (offsets.size >= maxDays) offsets.clear();
    offsets.set(key, start);
    return start;
  };
  return { format: (ms, timeZone) => compose(ms, offsetOf(ms, timeZone)) };
}

/** The formatter's own answer, with no memory: for one-off calls. */
export function formatZoned(ms: number, timeZone: string): string {
  return formatInTimeZone(ms, timeZone, PATTERN);
}

/** Offset in ms (east positive) that date-fns-tz applies at `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const local = Date.parse(`${formatZoned(ms, timeZone).slice(0, 19)}Z`);
  return local - Math.floor(ms / 1000) * 1000;
}

function compose(ms: number, offset: number): string {
  const local = new Date(ms + offset).toISOString().slice(0, 19);
  const minutes = Math.trunc(Math.abs(offset) / 60_000);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
