/**
 * Instants in a time zone, through date-fns-tz. `formatInTimeZone` is called
 * once per post (`resolve-dates` keeps its result on the draft). Its sibling
 * `getTimezoneOffset` is not used: it gives the pre-transition offset for the
 * hour after a daylight-saving fall-back (Europe/Berlin, 2023-10-29T01:30Z).
 */
import { formatInTimeZone } from 'date-fns-tz';

/** `2023-09-15T07:50:00.000Z` in Asia/Taipei → `2023-09-15T15:50:00+08:00`. */
export function formatZoned(ms: number, timeZone: string): string {
  return formatInTimeZone(ms, timeZone, "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** The calendar date of an instant in a time zone, `YYYY-MM-DD`. */
export function zonedDate(ms: number, timeZone: string): string {
  return formatZoned(ms, timeZone).slice(0, 10);
}
