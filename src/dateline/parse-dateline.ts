/**
 * Recognise CNA's opening dateline, `（中央社記者廖禹揚首爾15日專電）`, at the
 * start of a paragraph and split it into agency, reporters, places, date and
 * kind. Pure; looks only at a bounded prefix of the paragraph, so its cost
 * does not depend on the paragraph's length.
 */
import type { DatelineKind } from '../schema.js';
import { isPlaceName, placeSuffixStart } from './gazetteer.js';

const DATELINE_KINDS: readonly DatelineKind[] = ['電', '專電', '特稿', '綜合外電報導', '綜合報導', '網站'];

/** A dateline split into its parts by `matchDateline`. */
export interface ParsedDateline {
  /** Exactly the matched text incl. parentheses, e.g. `（中央社記者廖禹揚首爾15日專電）`. */
  raw: string;
  /** Always `中央社` (also for `中央記者`, `中央社記`, `中央通訊社`). */
  agency: string;
  /** Reporter names in order, e.g. `['廖禹揚']`; `[]` when none. */
  reporters: string[];
  /** Place names in order as written, e.g. `['布魯塞爾', '倫敦']`; `[]` when none. */
  places: string[];
  /** Day of the month as written; null when none is written (特稿, most 網站). */
  day: number | null;
  /** Month, only when written (`台北109年12月31日電` -> 12). */
  month: number | null;
  /** Gregorian year, only when written (`2020年` -> 2020, ROC `109年` -> 2020). */
  year: number | null;
  /** The kind, or null when none is written (`（中央社記者X台北6日）`). */
  kind: DatelineKind | null;
  /** Series label glued before the dateline (`疫情原民心1`), or null. */
  label: string | null;
}

/** The result of `matchDateline`: a parsed dateline, an unparsed dateline-like opening, or none. */
export type DatelineMatch =
  | { found: true; dateline: ParsedDateline; start: number; end: number }
  | { found: false; reason: 'none' | 'unparsed'; raw: string | null };

/** Characters of the paragraph looked at; a dateline with label is far shorter. */
const HEAD_LIMIT = 160;
/** Longest series label accepted before the opening parenthesis. */
const LABEL_MAX = 20;
/** Longest dateline accepted between the parentheses. */
const INNER_MAX = 80;

/** Leading blanks, e.g. the NBSP and space before ` （中央社記者張茗喧、陳偉婷台北12日電）`. */
const LEADING_BLANK = /^[\s\u{200b}\u{200c}]*/u;
/** The opening parenthesis, full-width or ASCII: `（` in `（中央社台北3日電）`, `(` in `(中央社台北21日電）`. */
const OPENING = /[(（]/u;
/** A series label, no sentence punctuation: `疫情原民心1` in `疫情原民心1（中央社記者張祈花蓮縣13日電）`. */
const LABEL = /^[^，。、：:；！？「」『』（）()]+$/u;
/**
 * The agency: `中央社` in `中央社台北3日電`, `中央通訊社` in `中央通訊社華盛頓20綜合外電報導`,
 * `中央` before `記者` in `中央記者吳佳蓉台北25日電`.
 */
const AGENCY = /^中央(?:通訊社|社|(?=記者))/u;
/** A photo credit, not a dateline: `攝` in `中央社記者王飛華攝`, `照片` in `中央社檔案照片`. */
const PHOTO_CREDIT = /攝|照片/u;
/** The kind at the end: `專電` in `記者廖禹揚首爾15日專電`, `綜合外電報導` in `洛杉磯2日綜合外電報導`. */
const KIND = /(?:綜合外電報導|綜合報導|專電|特稿|網站|電)$/u;
/**
 * The date: `15日` in `首爾15日專電`, `11 日` in `台北11 日電`, `27` in `苗栗縣27電`,
 * `2020年26日` in `台北2020年26日電`, `109年12月31日` in `台北109年12月31日電`.
 */
const DATE = /(?:(?<year>[0-9\u{ff10}-\u{ff19}]{3,4})年)?(?:(?<month>[0-9\u{ff10}-\u{ff19}]{1,2})月)?(?<day>[0-9\u{ff10}-\u{ff19}]{1,2})\s*日?/u;
/**
 * Separators between names or places: `、` in `張茗喧、陳至中`, `/` in `布魯塞爾/倫敦`,
 * `－` in `北京－台北`, `-` in `花蓮-台北`, `／` in `舊金山／洛杉磯`.
 */
const SEPARATOR = /[\s、，,/／\-－–]/u;
/** Anything that can never be part of a name or a place: a digit in `台北3`, `記者` in `記者張謙`. */
const NOT_A_NAME = /[()0-9\u{ff08}\u{ff09}\u{ff10}-\u{ff19}]|記者/u;

const NONE: DatelineMatch = { found: false, reason: 'none', raw: null };

/** Recognise a CNA dateline at the start of one paragraph's text. */
export function matchDateline(paragraphText: string): DatelineMatch {
  const head = paragraphText.slice(0, HEAD_LIMIT);
  const lead = LEADING_BLANK.exec(head)?.[0].length ?? 0;
  const openOffset = head.slice(lead, lead + LABEL_MAX + 1).search(OPENING);
  if (openOffset < 0) return NONE;
  const open = lead + openOffset;
  const label = head.slice(lead, open).trim();
  if (label !== '' && !LABEL.test(label)) return NONE;
  const close = closingIndex(head, open + 1);
  const inner = head.slice(open + 1, close < 0 ? open + 1 + INNER_MAX : close);
  const agency = AGENCY.exec(inner.trimStart());
  if (agency === null || PHOTO_CREDIT.test(inner)) return NONE;
  if (close < 0) return { found: false, reason: 'unparsed', raw: head.slice(open, open + 1 + INNER_MAX) };
  const raw = head.slice(open, close + 1);
  const body = parseBody(inner.trimStart().slice(agency[0].length).trim());
  if (body === null) return { found: false, reason: 'unparsed', raw };
  const dateline: ParsedDateline = { raw, agency: '中央社', ...body, label: label === '' ? null : label };
  return { found: true, dateline, start: label === '' ? open : lead, end: close + 1 };
}

/** Index of the first closing parenthesis within INNER_MAX characters after `from`, or -1. */
function closingIndex(head: string, from: number): number {
  const limit = from + INNER_MAX + 1;
  const indexes = [head.indexOf('）', from), head.indexOf(')', from)].filter((i) => i >= 0 && i < limit);
  return indexes.length === 0 ? -1 : Math.min(...indexes);
}

type DatelineBody = Omit<ParsedDateline, 'raw' | 'agency' | 'label'>;

/** Parse what follows the agency, e.g. `記者廖禹揚首爾15日專電`, or null when it cannot be split. */
function parseBody(text: string): DatelineBody | null {
  const kindMatch = KIND.exec(text);
  let kind = DATELINE_KINDS.find((known) => known === kindMatch?.[0]) ?? null;
  const rest = kindMatch === null ? text : text.slice(0, kindMatch.index);
  const date = DATE.exec(rest);
  let before = date === null ? rest : rest.slice(0, date.index);
  const after = date === null ? '' : rest.slice(date.index + date[0].length);
  // `（中央社網站12日電）`: web-only copy, the kind is 網站 whatever follows.
  if (before === '網站') {
    before = '';
    kind = '網站';
  }
  const people = splitPeople(before);
  const placesAfter = splitPlaces(after);
  const when = date === null ? { day: null, month: null, year: null } : readDate(date);
  if (people === null || placesAfter === null || when === null) return null;
  if (kind === null && when.day === null) return null;
  const dateline = { ...people, places: [...people.places, ...placesAfter], ...when, kind };
  return isPlausible(dateline) ? dateline : null;
}

/** Day, month and Gregorian year from a DATE match; null when out of range. */
function readDate(match: RegExpExecArray): Pick<DatelineBody, 'day' | 'month' | 'year'> | null {
  const day = toNumber(match.groups?.['day']);
  const month = toNumber(match.groups?.['month']);
  const written = toNumber(match.groups?.['year']);
  // ROC years (`109年`) count from 1912.
  const year = written === null ? null : written < 1000 ? written + 1911 : written;
  if (day === null || day < 1 || day > 31) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  return { day, month, year };
}

/** A number written in ASCII or full-width digits, or null when absent. */
function toNumber(digits: string | undefined): number | null {
  if (digits === undefined) return null;
  const ascii = Array.from(digits, (c) => String.fromCharCode(c >= '０' ? c.charCodeAt(0) - 0xfee0 : c.charCodeAt(0)));
  return Number.parseInt(ascii.join(''), 10);
}

type People = Pick<DatelineBody, 'reporters' | 'places'>;

/**
 * Reporters and places written before the date: `記者X、Y台北` (names then
 * place), `上海記者張淑伶` (place then names), `記盧太城台東縣` (`中央社記`
 * variant), `台北` or `` (no reporter).
 */
function splitPeople(text: string): People | null {
  const at = text.indexOf('記者');
  if (at < 0 && text.startsWith('記')) return splitNamesAndPlaces(text.slice(1));
  if (at < 0) {
    const places = splitPlaces(text);
    return places === null ? null : { reporters: [], places };
  }
  const leading = splitPlaces(text.slice(0, at));
  const named = splitNamesAndPlaces(text.slice(at + 2));
  if (leading === null || named === null) return null;
  return { reporters: named.reporters, places: [...leading, ...named.places] };
}

/** Places separated by SEPARATOR (`布魯塞爾/倫敦`); null when one holds a digit or 記者. */
function splitPlaces(text: string): string[] | null {
  const places = text.split(SEPARATOR).filter((token) => token !== '');
  return places.some((place) => NOT_A_NAME.test(place)) ? null : places;
}

/**
 * Names with the place glued after the last one: `唐佩君、戴雅真布魯塞爾/倫敦`
 * -> reporters 唐佩君, 戴雅真; places 布魯塞爾, 倫敦. Trailing tokens that are
 * wholly places (`東京` in `X雪梨、東京`) are places; the token before them is
 * split into name + place.
 */
function splitNamesAndPlaces(text: string): People | null {
  const tokens = text.split(SEPARATOR).filter((token) => token !== '');
  let last = tokens.length - 1;
  while (last > 0 && isPlaceName(tokens[last] ?? '')) last -= 1;
  const glued = tokens[last];
  if (glued === undefined) return null;
  const { name, place } = splitNameFromPlace(glued);
  const reporters = [...tokens.slice(0, last), name];
  const trailing = tokens.slice(last + 1);
  // `記者王明 台北`: the place stands apart, after a separator.
  return { reporters, places: place === null ? trailing : [place, ...trailing] };
}

/** Shortest name; names are 2–4 characters (longer only before a known place). */
const NAME_MIN = 2;
/** Longest text taken for a name alone (`歐陽志明`). */
const NAME_MAX = 4;
/** Longest name accepted before a known place (foreign transliterations). */
const NAME_MAX_BEFORE_PLACE = 8;

/** Two-character surnames, which make four-character names (`歐陽志明`). */
const COMPOUND_SURNAMES = ['歐陽', '司馬', '司徒', '諸葛', '上官', '東方', '皇甫', '夏侯', '范姜', '張簡', '端木', '公孫'];

/**
 * `廖禹揚首爾` -> 廖禹揚 + 首爾, by the longest known place that ends the
 * token. For a place the gazetteer does not know, a token of 5+ characters
 * is read as a 3-character name (4 with a compound surname, the most common
 * shapes by far) followed by the place; shorter tokens are a name alone.
 */
function splitNameFromPlace(token: string): { name: string; place: string | null } {
  const start = placeSuffixStart(token, NAME_MIN);
  if (start >= 0 && start <= NAME_MAX_BEFORE_PLACE) {
    return { name: token.slice(0, start), place: token.slice(start) };
  }
  if (token.length <= NAME_MAX) return { name: token, place: null };
  const nameLength = COMPOUND_SURNAMES.some((surname) => token.startsWith(surname)) ? 4 : 3;
  if (token.length - nameLength < 2) return { name: token, place: null };
  return { name: token.slice(0, nameLength), place: token.slice(nameLength) };
}

/**
 * Whether a name is, or ends with, a place: `李花蓮縣` is a one-character name
 * glued to 花蓮縣. A two-character place ending a name is let pass, since
 * real names do that (`王大同`).
 */
function holdsPlace(name: string): boolean {
  const start = placeSuffixStart(name, 0);
  return start === 0 || (start > 0 && name.length - start >= 3);
}

/** No digit or 記者 in a name or place; names of plausible length that hold no place. */
function isPlausible({ reporters, places }: People): boolean {
  const badName = (name: string): boolean =>
    NOT_A_NAME.test(name) || name.length < NAME_MIN || name.length > NAME_MAX_BEFORE_PLACE || holdsPlace(name);
  return !reporters.some(badName) && !places.some((place) => NOT_A_NAME.test(place));
}
