/**
 * Split the reporters of a dateline from the place glued after the last
 * name: `張茗喧、陳至中台北` -> reporters 張茗喧, 陳至中 + place 台北. Nothing
 * separates the last name from the place, so the split rests on what is
 * known about both: places come from the gazetteer (or have the shape of a
 * township, `XX鄉`), and CNA reporters' names are 2–3 Han characters, 3–4
 * with a compound surname (`歐陽志明`). When no known place ends the name,
 * a documented rule decides and the split is reported as a guess.
 */
import { gazetteer, hasTownshipShape, isPlaceName, isRegion, placeSuffixStart, regionPrefixLength } from './gazetteer.js';

/** Reporters and places read from the text before the date. */
export interface NamesAndPlaces {
  reporters: string[];
  places: string[];
  /** How an uncertain split was decided (`林芳甲乙 read as 林芳 + 甲乙: no known place ends it, …`), or null when a known place decided it. */
  guess: string | null;
}

/**
 * Separators between names or places: `、` in `張茗喧、陳至中`, `/` in `布魯塞爾/倫敦`,
 * `－` in `北京－台北`, `-` in `花蓮-台北`, `／` in `舊金山／洛杉磯`.
 */
export const SEPARATOR = /[\s、，,/／\-－–]/u;

/** Anything that can never be part of a name or a place: a digit in `台北3`, `記者` in `記者張謙`. */
export const NOT_A_NAME = /[()0-9\u{ff08}\u{ff09}\u{ff10}-\u{ff19}]|記者/u;

/** Shortest name (`張謙`). */
const NAME_MIN = 2;
/** Longest name (`歐陽志明`); CNA reporters' names are 2–3 characters, 4 with a compound surname. */
const NAME_MAX = 4;

/** Compound surnames whose first character is not a surname of its own: `歐陽` alone is never a name. */
const COMPOUND_SURNAMES = [
  '歐陽', '司馬', '司徒', '諸葛', '上官', '東方', '皇甫', '端木', '公孫', '慕容', '令狐', '長孫', '宇文', '尉遲', '澹台',
  '軒轅', '鍾離', '南宮', '西門', '聞人',
];
/** Compound surnames that also start two-character names (`張簡` = 張 + 簡): `張簡秀玲`, but maybe `張簡`. */
const DOUBLE_SURNAMES = ['范姜', '張簡', '張廖', '夏侯'];

/**
 * Names, then the place glued after the last one: `唐佩君、戴雅真布魯塞爾/倫敦`
 * -> reporters 唐佩君, 戴雅真; places 布魯塞爾, 倫敦. Trailing tokens that are
 * wholly places (`東京` in `X雪梨、東京`) are places; the token before them is
 * split into name + place. With `placeWrittenApart` (the place stands before
 * 記者 or after the date), only a known place is cut off the last name.
 */
export function splitNamesAndPlaces(text: string, placeWrittenApart: boolean): NamesAndPlaces | null {
  const tokens = text.split(SEPARATOR).filter((token) => token !== '');
  let last = tokens.length - 1;
  while (last > 0 && isPlaceName(tokens[last] ?? '')) last -= 1;
  const glued = tokens[last];
  if (glued === undefined) return null;
  const split = splitNameFromPlace(glued, placeWrittenApart);
  if (split === null) return null;
  const reporters = [...tokens.slice(0, last), split.name];
  const trailing = tokens.slice(last + 1);
  // `記者王明 台北`: the place stands apart, after a separator.
  return { reporters, places: split.place === null ? trailing : [split.place, ...trailing], guess: split.guess };
}

type Split = { name: string; place: string | null; guess: string | null };

/**
 * `廖禹揚首爾` -> 廖禹揚 + 首爾, in this order of evidence:
 * 1. a known place ends the token after a name of 2–4 characters: the
 *    longest such place (`林芳新德里` -> 林芳 + 新德里), see knownPlaceSplit;
 * 2. a token of up to 3 characters (4 with a compound surname) is a name;
 * 3. the token ends like a township (`XX鄉`, `XX鎮`, `XX區`, `XX市`, `XX縣`):
 *    that two-character stem and suffix are the place (`林芳新埤鄉`), or a
 *    three-character one when that leaves a name of 2–3 characters;
 * 4. a known region starts after a name of 2–4 characters and something
 *    follows it: the place starts there (`林芳德國波茨坦` -> 林芳 + 德國波茨坦);
 * 5. otherwise a 4-character token is a 2-character name and a 2-character
 *    place, a longer one a 3-character name (4 with a compound surname) and
 *    the rest.
 * Steps 3–5 are guesses and say so. Null when a surname stands alone
 * before a place (`李花蓮縣`, `歐陽台北`): a name is missing.
 */
function splitNameFromPlace(token: string, placeWrittenApart: boolean): Split | null {
  const known = knownPlaceSplit(token);
  if (known !== null) return known;
  if (placeWrittenApart) return { name: token, place: null, guess: null };
  const compound = startsWithCompound(token);
  if (isSurnameBeforePlace(token, compound)) return null;
  if (token.length <= (compound ? NAME_MAX : NAME_MAX - 1)) return { name: token, place: null, guess: null };
  const { length, rule } = ruleNameLength(token, compound);
  if (length > NAME_MAX) return { name: token, place: null, guess: null };
  const name = token.slice(0, length);
  const place = token.slice(length);
  return { name, place, guess: `${token} read as ${name} + ${place}: no known place ends it, so ${rule}` };
}

/** Steps 3–5 of splitNameFromPlace: the length of the name when no known place ends the token, and the rule that set it. */
function ruleNameLength(token: string, compound: boolean): { length: number; rule: string } {
  // A two-character stem first (`竹田鄉`), then three (`奧克拉市`), then a compass point (`東區`); the name must stay 2–3 characters (4 with a compound surname).
  const longestName = compound ? NAME_MAX : NAME_MAX - 1;
  const shaped = [3, 4, 2].find((place) => hasTownshipShape(token.slice(-place)) && token.length - place >= NAME_MIN && token.length - place <= longestName);
  if (shaped !== undefined) return { length: token.length - shaped, rule: `the suffix ${token.slice(-1)} marks a township` };
  for (let start = compound ? NAME_MIN + 1 : NAME_MIN; start <= Math.min(NAME_MAX, token.length - 4); start += 1) {
    const region = regionPrefixLength(token.slice(start));
    if (region > 0 && token.length - start - region >= 2) return { length: start, rule: `the region ${token.slice(start, start + region)} opens the place` };
  }
  const length = compound ? (token.length >= 6 ? 4 : 3) : token.length === 4 ? 2 : 3;
  return { length, rule: `a ${String(length)}-character name is assumed` };
}

/**
 * Step 1 of splitNameFromPlace: a known place after a name of 2–4 characters,
 * or null. The longest place wins (`林芳新德里` -> 林芳 + 新德里), unless only a
 * composed place (an entry plus a suffix or after a region) is longer and a
 * gazetteer entry follows a name of 2–3 characters (4 with a compound
 * surname): `陳中山東區` is 陳中山 + 東區, not 陳中 + 山東區 (山東 + 區).
 * A second reading with a name of such length is reported as a guess.
 */
function knownPlaceSplit(token: string): Split | null {
  const strict = COMPOUND_SURNAMES.some((surname) => token.startsWith(surname));
  const longestName = startsWithCompound(token) ? NAME_MAX : NAME_MAX - 1;
  const starts: number[] = [];
  for (let start = strict ? NAME_MIN + 1 : NAME_MIN; start <= Math.min(NAME_MAX, token.length - 2); start += 1) {
    if (isPlaceName(token.slice(start))) starts.push(start);
  }
  const entry = starts.find((start) => start <= longestName && isGazetteerEntry(token.slice(start)));
  const start = entry ?? starts[0];
  if (start === undefined) return null;
  const name = token.slice(0, start);
  const place = token.slice(start);
  const other = starts.find((at) => at !== start && at <= longestName);
  if (other !== undefined) {
    return { name, place, guess: `${token} read as ${name} + ${place}; ${token.slice(0, other)} + ${token.slice(other)} reads too` };
  }
  const double = start === NAME_MIN && DOUBLE_SURNAMES.includes(name);
  return { name, place, guess: double ? `${token} read as ${name} + ${place}; ${name} may be a compound surname` : null };
}

/**
 * A surname alone before a place, so a name is missing: one character before
 * a place of 3+ characters or a region (`李花蓮縣`, `陳台北`), or a compound
 * surname before a region (`歐陽台北`). `陳中山`, `歐陽中山` are names: a town
 * that is not a region may end a name.
 */
function isSurnameBeforePlace(token: string, compound: boolean): boolean {
  const rest = token.slice(1);
  if (isRegion(rest) || (rest.length >= 3 && isPlaceName(rest))) return true;
  return compound && isRegion(token.slice(2));
}

function isGazetteerEntry(text: string): boolean {
  return gazetteer.has(text);
}

function startsWithCompound(token: string): boolean {
  return [...COMPOUND_SURNAMES, ...DOUBLE_SURNAMES].some((surname) => token.startsWith(surname));
}

/**
 * Whether a reporter name is plausible: 2–4 characters, no digit or 記者,
 * not a compound surname alone (`歐陽`), and not a place or a name ending with
 * a place of 3+ characters (`李花蓮縣`). A two-character place ending a name
 * is let pass, since real names do that (`王大同`, `陳中山`).
 */
export function isPlausibleName(name: string): boolean {
  if (NOT_A_NAME.test(name) || name.length < NAME_MIN || name.length > NAME_MAX) return false;
  if (COMPOUND_SURNAMES.includes(name)) return false;
  const start = placeSuffixStart(name, 0);
  return !(start === 0 || (start > 0 && name.length - start >= 3));
}
