/**
 * Stage `resolve-dates`: the publication date (Taipei calendar: URL id, else
 * editor code, else feed time), the dateline's day as a calendar date, and
 * warnings where the clocks disagree.
 */
import type { Draft } from '../draft.js';
import { daysBetween, dateOfArticleId, isoDate, parseIsoDate } from '../time/calendar.js';
import { defineStage, warn } from '../stage.js';

const STAGE = 'resolve-dates';

/** Stage `resolve-dates`: the article date (URL id, else editor code, else feed time) and the dateline day as a calendar date. */
export const resolveDates = defineStage(STAGE, (draft: Draft): Draft => {
  const { meta } = draft;
  if (!meta || meta.feedTimeMs === null) return draft;
  const feedTimeLocal = draft.clock.format(meta.feedTimeMs, draft.options.timeZone);
  const feedDate = feedTimeLocal.slice(0, 10);
  const idDate = meta.id === null ? null : dateOfArticleId(meta.id);
  let next: Draft = { ...draft, feedTimeLocal };
  if (meta.id !== null && idDate === null) {
    next = warn(next, STAGE, 'date:no-url-id', `the URL id ${meta.id} does not start with a date`);
  }
  const date = idDate ?? draft.editorCode?.date ?? feedDate;
  if (Math.abs(daysBetween(date, feedDate)) > 2) {
    next = warn(next, STAGE, 'date:feed-mismatch', `the feed time falls on ${feedDate}, the article date is ${date}`);
  }
  const dateline = draft.dateline;
  const resolved = !dateline || dateline.day === null ? undefined : resolveDay(dateline.day, date, draft.datelineWritten);
  const code = draft.editorCode;
  if (code?.date && code.date !== date) {
    // The code an editor wrote on the day the story was filed (`（中央社華盛頓20日電）…1090820`, published on the 21st in Taipei).
    next = code.date === resolved
      ? warn(next, STAGE, 'editor-code:dateline-date', `the editor code ${code.raw} means ${code.date}, the dateline's date, and the article date is ${date}`)
      : warn(next, STAGE, 'editor-code:mismatch', `the editor code ${code.raw} means ${code.date}, the article date is ${date}`);
  }
  if (!dateline || resolved === undefined) return { ...next, date };
  if (resolved === null) {
    next = warn(next, STAGE, 'dateline:day-invalid', `the dateline day ${dateline.day} does not exist in the month before ${date}`);
  } else if (Math.abs(daysBetween(resolved, date)) > 1) {
    next = warn(next, STAGE, 'dateline:day-far', `the dateline day resolves to ${resolved}, ${Math.abs(daysBetween(resolved, date))} days from ${date}`);
  }
  return { ...next, date, dateline: { ...dateline, date: resolved } };
});

/**
 * The calendar date of a dateline day, local to the dateline's place: the
 * most recent date with that day of the month that is at most one day after
 * the article date (places east of Taipei can already be a day ahead; wire
 * rewrites from the Americas carry yesterday's date, and a day later than
 * the article's means the previous month). Null when that month has no such
 * day (a 30 in a story of 1 March).
 */
export function resolveDay(
  day: number,
  articleDate: string,
  written: { readonly year: number | null; readonly month: number | null } | undefined,
): string | null {
  const { year, month } = parseIsoDate(articleDate);
  if (written?.month != null) {
    const y = written.year ?? (written.month > month ? year - 1 : year);
    return isoDate(y, written.month, day);
  }
  const nextMonth = month === 12 ? [year + 1, 1] : [year, month + 1];
  const thisMonth = [year, month];
  const lastMonth = month === 1 ? [year - 1, 12] : [year, month - 1];
  for (const [y = year, m = month] of [nextMonth, thisMonth, lastMonth]) {
    const candidate = isoDate(y, m, day);
    if (candidate !== null && daysBetween(articleDate, candidate) <= 1) return candidate;
  }
  return null;
}
