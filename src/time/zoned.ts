/**
 * Instants in a time zone, through date-fns-tz's `formatInTimeZone`: the
 * offset it gives at the instant, with the date and time computed from it,
 * so the result does not depend on the host's own time zone.
 *
 * A call costs ~18 µs, so a `ZoneClock` (one per pipeline, no module state)
 * remembers the offset of each UTC day that has no clock change in it: the
 * offsets at the day's first and last millisecond agree. Posts of the same
 * day then cost one addition. date-fns-tz's `getTimezoneOffset` is not used:
 * it gives the old offset for the hour after a daylight-saving fall-back.
 */
import { formatInTimeZone } from 'date-fns-tz';

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

/** `ms` in `timeZone` with no memory, for one-off calls: `2023-09-15T15:50:00+08:00`. */
export function formatZoned(ms: number, timeZone: string): string {
  return compose(ms, offsetAt(ms, timeZone));
}

/**
 * Offset in ms (east positive) that date-fns-tz gives at `ms`: its `xxx`
 * token, which it computes from the instant. The date and time it writes
 * beside it are not used: date-fns-tz reads them from the fields of a
 * Date in the host's time zone, so they come out an hour off when that
 * wall-clock time does not exist on the host (inside the host's own
 * spring-forward gap: London's 02:30 on 26 March 2023 comes out as 03:30
 * on a machine set to Berlin time).
 */
function offsetAt(ms: number, timeZone: string): number {
  const written = OFFSET.exec(formatInTimeZone(ms, timeZone, 'xxx'));
  if (written === null) throw new RangeError(`date-fns-tz wrote no offset for ${timeZone}`);
  const minutes = Number(written[2]) * 60 + Number(written[3]);
  return (written[1] === '-' ? -minutes : minutes) * 60_000;
}

/** An offset as date-fns-tz's `xxx` token writes it: `+08:00`, `-03:30`. */
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

function compose(ms: number, offset: number): string {
  const local = new Date(ms + offset).toISOString().slice(0, 19);
  const minutes = Math.trunc(Math.abs(offset) / 60_000);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
