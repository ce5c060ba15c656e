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

/** Exactly seven ASCII digits, e.g. `1120915`. Anchored, no quantifier can backtrack. */
const rocCodePattern = /^\d{7}$/;

/** An ISO calendar date, e.g. `2023-09-15`. */
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Decode a 7-digit ROC date code to an ISO date (`YYYY-MM-DD`).
 *
 * @param code The code as written, e.g. `'1120915'`.
 * @returns `'2023-09-15'`, or `null` when `code` is not seven digits or not a
 *   real calendar date (year 0, month 13, `1100229`, `7026672`, `0200818`).
 */
export function decodeRocDate(code: string): string | null {
  if (!rocCodePattern.test(code)) return null;
  const rocYear = Number(code.slice(0, 3));
  const month = Number(code.slice(3, 5));
  const day = Number(code.slice(5, 7));
  if (rocYear < 1) return null;
  const year = rocYear + rocYearOffset;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Encode an ISO date (`YYYY-MM-DD`) as a 7-digit ROC date code.
 *
 * Misuse throws: the input must be a real calendar date from 1912-01-01
 * (ROC year 1) to 2910-12-31 (ROC year 999).
 *
 * @param isoDate e.g. `'2023-09-15'`.
 * @returns e.g. `'1120915'`.
 */
export function encodeRocDate(isoDate: string): string {
  const match = isoDatePattern.exec(isoDate);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  const rocYear = year - rocYearOffset;
  const valid =
    match !== null &&
    rocYear >= 1 &&
    rocYear <= 999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  if (!valid) {
    throw new RangeError(
      `encodeRocDate: expected a real date between 1912-01-01 and 2910-12-31 written YYYY-MM-DD, got ${JSON.stringify(isoDate)}`,
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
