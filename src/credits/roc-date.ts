/**
 * The ROC (Minguo, 民國) calendar date CNA writes after the closing credit:
 * `YYYMMDD`, the year counted from 1912 (Gregorian year − 1911), then month
 * and day, all zero-padded: `1120915` = 2023-09-15, `1090229` = 2020-02-29.
 *
 * The code is the edit date in Taipei. Typos occur in real posts
 * (`0200818`, month 13); those decode to null, never to a wrong date.
 */

/** Years between the ROC and the Gregorian calendar: ROC 1 = 1912. */
const rocYearOffset = 1911;

/**
 * The ROC years an editor code can carry: 80 (1991, before CNA published
 * online) to 199 (2110). A code outside them is a typo (`0200818` would be
 * 1931-08-18), so it decodes to null rather than to a date nobody meant.
 */
const earliestRocYear = 80;
const latestRocYear = 199;

/** Exactly seven ASCII digits, e.g. `1120915`. Anchored, no quantifier can backtrack. */
const rocCodePattern = /^\d{7}$/u;

/** An ISO calendar date, e.g. `2023-09-15`. */
const isoDatePattern = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/u;

/**
 * Decode a 7-digit ROC date code to an ISO date (`YYYY-MM-DD`).
 *
 * @param code The code as written, e.g. `'1120915'`.
 * @returns `'2023-09-15'`, or `null` when `code` is not seven digits, not a
 *   real calendar date (month 13, `1100229`, `7026672`) or outside ROC years
 *   80–199 (`0200818`, year 0).
 */
export function decodeRocDate(code: string): string | null {
  if (!rocCodePattern.test(code)) return null;
  const rocYear = Number(code.slice(0, 3));
  const month = Number(code.slice(3, 5));
  const day = Number(code.slice(5, 7));
  if (rocYear < earliestRocYear || rocYear > latestRocYear) return null;
  const year = rocYear + rocYearOffset;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Encode an ISO date (`YYYY-MM-DD`) as a 7-digit ROC date code.
 *
 * Misuse throws: the input must be a real calendar date from 1991-01-01
 * (ROC year 80) to 2110-12-31 (ROC year 199), the years `decodeRocDate` reads.
 *
 * @param isoDate e.g. `'2023-09-15'`.
 * @returns e.g. `'1120915'`.
 */
export function encodeRocDate(isoDate: string): string {
  const parts = isoDatePattern.exec(isoDate)?.groups;
  const year = Number(parts?.['year']);
  const month = Number(parts?.['month']);
  const day = Number(parts?.['day']);
  const rocYear = year - rocYearOffset;
  const valid =
    parts !== undefined &&
    rocYear >= earliestRocYear &&
    rocYear <= latestRocYear &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  if (!valid) {
    throw new RangeError(
      `encodeRocDate: expected a real date between 1991-01-01 and 2110-12-31 written YYYY-MM-DD, got ${JSON.stringify(isoDate)}`,
    );
  }
  return `${String(rocYear).padStart(3, '0')}${pad2(month)}${pad2(day)}`;
}

/** Days in a Gregorian month (1–12) of a given year, leap years included. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
