/**
 * Instants in a time zone. The offset is read from one `Intl.DateTimeFormat`
 * per zone (building one costs ~100 µs; date-fns-tz's `formatToParts` path
 * ~15 µs a call; `format` with `timeZoneName: 'longOffset'` ~6 µs), and kept
 * per UTC day.
 */

/** Formatters by zone; at most `MAX_ZONES` are kept (a program uses one or two). */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_ZONES = 32;

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    if (formatters.size >= MAX_ZONES) formatters.clear();
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** `…, GMT+08:00`, `…, GMT-00:44:30`, `…, GMT` (UTC). */
const LONG_OFFSET = /GMT(?:(?<sign>[+-])(?<hours>\d{2}):(?<minutes>\d{2})(?::(?<seconds>\d{2}))?)?$/;

const DAY_MS = 86_400_000;
/** Offsets by zone and UTC day, for days with no transition in them; at most `MAX_DAYS` kept. */
const dayOffsets = new Map<string, number>();
const MAX_DAYS = 4096;

/**
 * Offset of `timeZone` from UTC at the instant `ms`, in ms (east positive).
 * A UTC day whose first and last millisecond have the same offset is taken
 * to have no transition (tz transitions are months apart), and its offset is
 * kept, so posts of the same day ask Intl once.
 */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const day = Math.floor(ms / DAY_MS);
  const key = `${timeZone}\n${day}`;
  const known = dayOffsets.get(key);
  if (known !== undefined) return known;
  const start = offsetFromIntl(day * DAY_MS, timeZone);
  if (offsetFromIntl(day * DAY_MS + DAY_MS - 1, timeZone) !== start) return offsetFromIntl(ms, timeZone);
  if (dayOffsets.size >= MAX_DAYS) dayOffsets.clear();
  dayOffsets.set(key, start);
  return start;
}

function offsetFromIntl(ms: number, timeZone: string): number {
  const match = LONG_OFFSET.exec(formatterOf(timeZone).format(ms));
  const groups = match?.groups;
  if (!groups) throw new RangeError(`cna-ingest: no UTC offset for ${timeZone} at ${ms}`);
  if (groups['sign'] === undefined) return 0;
  const seconds = Number(groups['hours']) * 3600 + Number(groups['minutes']) * 60 + Number(groups['seconds'] ?? 0);
  return (groups['sign'] === '-' ? -seconds : seconds) * 1000;
}

/** `2023-09-15T07:50:00.000Z` in Asia/Taipei → `2023-09-15T15:50:00+08:00`. */
export function formatZoned(ms: number, timeZone: string): string {
  const offset = zoneOffsetMs(ms, timeZone);
  const local = new Date(ms + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(offset / 60_000));
  return `${local}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The calendar date of an instant in a time zone, `YYYY-MM-DD`. */
export function zonedDate(ms: number, timeZone: string): string {
  return formatZoned(ms, timeZone).slice(0, 10);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
