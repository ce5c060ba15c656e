/**
 * Instants in a time zone. date-fns-tz's `getTimezoneOffset` keeps one
 * `Intl.DateTimeFormat` per zone, so no formatter is built per post
 * (`formatInTimeZone` would build one per call).
 */
import { getTimezoneOffset } from 'date-fns-tz';

/** `2023-09-15T07:50:00.000Z` in Asia/Taipei → `2023-09-15T15:50:00+08:00`. */
export function formatZoned(ms: number, timeZone: string): string {
  const offset = getTimezoneOffset(timeZone, new Date(ms));
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
