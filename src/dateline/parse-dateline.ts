/**
 * Recognise CNA's opening dateline, `（中央社記者廖禹揚首爾15日專電）`, at the
 * start of a paragraph and split it into agency, reporters, places, date and
 * kind. Pure; looks only at a bounded prefix of the paragraph, so its cost
 * does not depend on the paragraph's length.
 */
import type { DatelineKind } from '../schema.js';
import { isPlausibleName, NOT_A_NAME, SEPARATOR, splitNamesAndPlaces } from './split-names.js';

const DATELINE_KINDS: readonly DatelineKind[] = ['電', '專電', '特稿', '綜合外電報導', '綜合報導', '報導', '網站'];

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
  /**
   * How the last reporter's name was split from the place glued to it when
   * no known place, or more than one, decides it (`林芳甲乙 read as 林芳 + 甲乙:
   * no known place ends it, so a 2-character name is assumed`); null when one
   * known place (or a separator) decided it. Reported as `dateline:split-guessed`.
   */
  guess: string | null;
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
/** The kind at the end: `專電` in `記者廖禹揚首爾15日專電`, `綜合外電報導` in `洛杉磯2日綜合外電報導`, `報導` in `記者黃雅詩梵蒂岡1日報導`. */
const KIND = /(?:綜合外電報導|綜合報導|報導|專電|特稿|網站|電)$/u;
/**
 * The date: `15日` in `首爾15日專電`, `11 日` in `台北11 日電`, `27` in `苗栗縣27電`,
 * `2020年26日` in `台北2020年26日電`, `109年12月31日` in `台北109年12月31日電`.
 */
const DATE = /(?:(?<year>[0-9\u{ff10}-\u{ff19}]{3,4})年)?(?:(?<month>[0-9\u{ff10}-\u{ff19}]{1,2})月)?(?<day>[0-9\u{ff10}-\u{ff19}]{1,2})\s*日?/u;
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
  const placesAfter = splitPlaces(after);
  const people = splitPeople(before, (placesAfter?.length ?? 0) > 0);
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
  if (digits === undefined || digits === '') return null;
  let value = 0;
  for (let index = 0; index < digits.length; index += 1) {
    const code = digits.charCodeAt(index);
    // DATE only captures 0-9 and ０-９ (U+FF10–FF19).
    value = value * 10 + (code >= 0xff10 ? code - 0xff10 : code - 0x30);
  }
  return value;
}

type People = Pick<DatelineBody, 'reporters' | 'places' | 'guess'>;

/**
 * Reporters' titles other than 記者, as 記者: a stringer (`特約記者鄭詩韻倫敦`),
 * an intern (`實習記者`), a posted correspondent (`特派員張淑伶上海`,
 * `駐日特派員楊明珠東京`, `駐日記者`); and a title repeated before a later
 * name of the list (`記者唐佩君、特約記者鄭詩韻`) is dropped.
 */
const OTHER_TITLE = /(?:駐\p{Script=Han}{1,5}?)?(?:特派員|(?:特約|實習)?記者)/gu;
const REPEATED_TITLE = /([、，,])記者/gu;

function plainRoles(text: string): string {
  return text.replace(OTHER_TITLE, '記者').replace(REPEATED_TITLE, '$1');
}

/**
 * Reporters and places written before the date: `記者X、Y台北` (names then
 * place), `上海記者張淑伶` (place then names), `記盧太城台東縣` (`中央社記`
 * variant), `台北` or `` (no reporter). `placeAfter`: a place follows the
 * date (`記者唐佩君20日布魯塞爾`), so the names stand alone.
 */
function splitPeople(written: string, placeAfter: boolean): People | null {
  const text = plainRoles(written);
  const at = text.indexOf('記者');
  if (at < 0 && text.startsWith('記')) return splitNamesAndPlaces(text.slice(1), placeAfter);
  if (at < 0) {
    const places = splitPlaces(text);
    return places === null ? null : { reporters: [], places, guess: null };
  }
  const leading = splitPlaces(text.slice(0, at));
  if (leading === null) return null;
  const named = splitNamesAndPlaces(text.slice(at + 2), placeAfter || leading.length > 0);
  if (named === null) return null;
  return { ...named, places: [...leading, ...named.places] };
}

/** Places separated by SEPARATOR (`布魯塞爾/倫敦`); null when one holds a digit or 記者. */
function splitPlaces(text: string): string[] | null {
  const places = text.split(SEPARATOR).filter((token) => token !== '');
  return places.some((place) => NOT_A_NAME.test(place)) ? null : places;
}

/** Plausible reporter names (see isPlausibleName); no digit or 記者 in a place. */
function isPlausible({ reporters, places }: Pick<People, 'reporters' | 'places'>): boolean {
  return reporters.every(isPlausibleName) && !places.some((place) => NOT_A_NAME.test(place));
}
