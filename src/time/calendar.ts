/** Calendar arithmetic on `YYYY-MM-DD` strings (proleptic Gregorian, UTC). */

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayNumber(b) - dayNumber(a)) / 86_400_000);
}

/** Milliseconds since the epoch of a `YYYY-MM-DD` date at 00:00 UTC (years below 100 too, which `Date.UTC` would read as 19xx; no string parsing by `Date`, ~1 µs a call). */
function dayNumber(date: string): number {
  return new Date(0).setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** `202309150183` → `2023-09-15`, null when the first 8 digits are not a date. */
export function dateOfArticleId(id: string): string | null {
  return isoDate(Number(id.slice(0, 4)), Number(id.slice(4, 6)), Number(id.slice(6, 8)));
}
