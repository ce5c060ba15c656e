/**
 * A gazetteer of place names as CNA writes them in datelines (Taiwanese
 * transliterations: 雪梨, 紐西蘭, 賽普勒斯), used to split a reporter's name
 * from the place glued after it (`廖禹揚首爾` -> `廖禹揚` + `首爾`).
 *
 * It holds every place seen in the datelines of `shared/corpus/cna`, plus
 * every county, city, township and district of Taiwan, China's provinces and
 * large cities, the world's countries, capitals and large cities, and the
 * states and provinces of the US, Japan, Canada and Australia. Entries have
 * at least two characters. Datelines also glue a region before a city
 * (`賽普勒斯尼柯希亞`, `喬治亞州瓦多斯塔`, `亞美尼亞首都葉里凡`, `屏東縣竹田鄉`)
 * or an administrative suffix after a place (`名古屋市`, `竹田鄉`);
 * {@link isPlaceName} accepts those compositions.
 */
import { TAIWAN_COUNTIES, TAIWAN_LANDMARKS, TAIWAN_TOWNSHIPS, words } from './places-taiwan.js';
import { CITIES, COUNTRIES, SUBDIVISIONS } from './places-world.js';

/**
 * Spellings seen in the corpus that are not in the lists: `雪黎` (a typo of
 * 雪梨 in `（中央社雪黎26日綜合外電報導）`).
 */
const CORPUS_VARIANTS = words(`雪黎`);

/**
 * Regions: the only entries that may stand before another place in one word
 * (`德州奧斯汀`, `宜蘭縣羅東`). Towns are left out on purpose: many read like
 * given names (中山, 信義, 永康), and `歐陽中山台北` must not become the place
 * `中山台北`.
 */
const regions: ReadonlySet<string> = new Set([...TAIWAN_COUNTIES, ...COUNTRIES, ...SUBDIVISIONS]);

/** Every place name the gazetteer knows, each at least two characters long. */
export const gazetteer: ReadonlySet<string> = new Set([
  ...regions,
  ...TAIWAN_TOWNSHIPS,
  ...TAIWAN_LANDMARKS,
  ...CITIES,
  ...CORPUS_VARIANTS,
]);

/** Suffixes that turn a known place into another place (`名古屋` -> `名古屋市`, `竹田` -> `竹田鄉`). */
const ADMIN_SUFFIXES = ['市', '縣', '州', '省', '區', '鄉', '鎮', '都', '府', '島', '港', '機場'] as const;

/**
 * A township or district the gazetteer may not know, after a region: a stem
 * of two or three characters and 鄉, 鎮, 市, 區 or 縣 (`新埤鄉` in `屏東縣新埤鄉`,
 * `那瑪夏區`), or a compass point and 區 (`東區` in `台中市東區`).
 */
const TOWNSHIP_SHAPE = /^(?:\p{Script=Han}{2,3}[鄉鎮市區縣]|[東西南北中]區)$/u;

/** Length of the longest entry tried as the region prefix of a composite. */
const MAX_PREFIX_LENGTH = 12;

/** How many regions (`賽普勒斯`, `首都`) may be chained before the city. */
const MAX_COMPOSITION_DEPTH = 2;

/** Whether `text` is a gazetteer entry, with or without an administrative suffix (`名古屋市`). */
function isKnownPlace(text: string): boolean {
  if (text.length < 2) return false;
  if (gazetteer.has(text)) return true;
  return ADMIN_SUFFIXES.some((suffix) => text.endsWith(suffix) && gazetteer.has(text.slice(0, -suffix.length)));
}

/**
 * Whether `text` is a place name: a gazetteer entry, an entry plus an
 * administrative suffix (`名古屋市`), or a region followed by a place with an
 * optional `首都` between them (`賽普勒斯尼柯希亞`, `亞美尼亞首都葉里凡`,
 * `屏東縣竹田鄉`); after a region, an unknown township of the shape
 * `XX鄉`/`XX鎮`/`XX市`/`XX區` is a place too (`屏東縣新埤鄉`).
 */
export function isPlaceName(text: string, depth = 0): boolean {
  if (isKnownPlace(text)) return true;
  if (depth >= MAX_COMPOSITION_DEPTH) return false;
  const longest = Math.min(MAX_PREFIX_LENGTH, text.length - 2);
  for (let length = 2; length <= longest; length += 1) {
    if (!regions.has(text.slice(0, length))) continue;
    const rest = text.slice(length);
    const city = rest.startsWith('首都') ? rest.slice(2) : rest;
    if (TOWNSHIP_SHAPE.test(city) || isPlaceName(city, depth + 1)) return true;
  }
  return false;
}

/** Whether `text` is a region: a country, state, province, prefecture, or a Taiwanese county or city (`屏東縣`). */
export function isRegion(text: string): boolean {
  return regions.has(text);
}

/**
 * Whether `text` has the shape of a township or district even when the
 * gazetteer does not know it: `新埤鄉`, `成功鎮`, `東區` (of `台中市東區`).
 */
export function hasTownshipShape(text: string): boolean {
  return TOWNSHIP_SHAPE.test(text);
}

/** Length of the longest region that starts `text` (`德國` in `德國波茨坦`), or 0. */
export function regionPrefixLength(text: string): number {
  for (let length = Math.min(MAX_PREFIX_LENGTH, text.length); length >= 2; length -= 1) {
    if (regions.has(text.slice(0, length))) return length;
  }
  return 0;
}

/**
 * The index where the longest place name that ends `text` starts, keeping at
 * least `minPrefix` characters before it, or -1 when `text` ends with no
 * known place. `placeSuffixStart('廖禹揚首爾', 2)` is 3.
 */
export function placeSuffixStart(text: string, minPrefix: number): number {
  for (let start = minPrefix; start <= text.length - 2; start += 1) {
    if (isPlaceName(text.slice(start))) return start;
  }
  return -1;
}
