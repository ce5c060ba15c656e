/**
 * Does the dateline parser generalise beyond the corpus? Every form and
 * variant of shared/DOMAIN.md §3, built from reporter names and places that do
 * NOT occur in the datelines of shared/corpus/cna. The expected reporters,
 * places, day, month, year and kind are the parts each string was built from,
 * never the parser's output.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { matchDateline, type ParsedDateline } from '../../src/dateline/parse-dateline.js';
import type { DatelineKind } from '../../src/schema.js';
import { parseCnaPost } from '../../src/index.js';
import { makePost } from '../support/post.js';

/** Reporter names absent from the corpus: 2, 3 and 4 characters (compound surnames), and names ending like a place (中山, 永康, 長春). */
const NAMES = ['林芳', '歐陽志明', '邱懷德', '司馬中原', '曹穎', '鄧美玲', '范姜新泉', '蔣勁松', '柯翔', '蕭若瑜', '陳中山', '李永康', '黃長春', '張簡秀玲', '歐陽中山', '傅蘭亭'];

/** Places absent from the corpus datelines: Taiwan's counties, cities, townships and districts, alone and after their county. */
const TAIWAN = [
  '竹北', '頭份', '斗六', '朴子', '馬公', '金門縣', '連江', '連江縣', '南竿', '羅東', '宜蘭縣羅東', '恆春', '澎湖縣', '台東市', '埔里',
  '台北市', '新北市', '桃園市', '台中市', '台南市', '高雄市', '基隆市', '新竹市', '嘉義縣', '苗栗市', '彰化市', '屏東市', '花蓮市',
  '新竹縣竹東', '新北市淡水區', '台中市霧峰區', '高雄市美濃區', '台南市安平區', '桃園市中壢區', '基隆市七堵區', '屏東縣竹田鄉',
  '苗栗縣獅潭鄉', '彰化縣鹿港鎮', '南投縣埔里鎮', '雲林縣虎尾鎮', '嘉義縣阿里山鄉', '花蓮縣秀林鄉', '台東縣成功鎮', '澎湖縣七美鄉',
  '連江縣莒光鄉', '金門縣烈嶼鄉', '新竹縣尖石鄉', '宜蘭縣三星鄉', '台中市東區', '獅潭', '竹田', '卑南', '東石', '關廟', '瑪家',
];

/** World capitals and large cities absent from the corpus datelines (CNA's Taiwanese spellings), some after their country. */
const WORLD = [
  '烏蘭巴托', '阿比讓', '阿必尚', '利雅德', '墨爾本', '溫哥華', '杜拜', '仰光', '阿克拉', '金邊', '永珍', '加德滿都', '伊斯蘭堡',
  '塔什干', '德黑蘭', '巴格達', '開羅', '阿迪斯阿貝巴', '哈瓦那', '波哥大', '卡拉卡斯', '蒙特維多', '雷克雅維克', '華沙', '布達佩斯',
  '貝爾格勒', '雅典', '都柏林', '哥本哈根', '法蘭克福', '大阪', '福岡', '釜山', '胡志明市', '宿霧', '泗水', '清邁', '檳城', '金夏沙',
  '阿布加', '多倫多', '西雅圖', '波士頓', '奧克蘭', '布里斯本', '伯斯', '羅安達', '利沃夫', '馬立波', '拉法', '汗尤尼斯', '維爾紐斯',
  '孟加拉達卡', '肯亞奈洛比', '烏克蘭基輔', '巴西聖保羅', '德州休士頓', '日本大阪', '越南河內',
];

const PLACES = [...TAIWAN, ...WORLD];

/** Reporter groups of 1 to 6 names, cycling through NAMES so that every name meets every group size. */
const GROUPS: string[][] = [];
for (let size = 1; size <= 6; size += 1) {
  for (let first = 0; first < NAMES.length; first += 1) {
    GROUPS.push(Array.from({ length: size }, (_, k) => NAMES[(first + k * 5) % NAMES.length] ?? ''));
  }
}

/** How a dateline is written; every field defaults to the most common form. */
interface Spec {
  reporters: string[];
  places: string[];
  day: number | null;
  kind: DatelineKind | null;
  /** `中央社記者`, `中央記者` (missing 社), `中央社記` (missing 者), `中央通訊社記者`. */
  agency?: '中央社' | '中央記者' | '中央社記' | '中央通訊社';
  ascii?: boolean;
  /** `normal` 記者X台北3日電; `place-first` 上海記者X27日電; `date-first` 記者X20日布魯塞爾專電. */
  order?: 'normal' | 'place-first' | 'date-first';
  /** `day` 3日, `space` 3 日, `bare` 3, `year` 2020年3日, `roc` 109年12月3日. */
  date?: 'day' | 'space' | 'bare' | 'year' | 'roc';
  placeSeparator?: string;
  label?: string;
}

/** The dateline text and the dateline it must parse to, both from the spec. */
function write(spec: Spec): { text: string; expected: ParsedDateline } {
  const { reporters, places, day, kind, agency = '中央社', order = 'normal', date = 'day' } = spec;
  const names = reporters.join('、');
  const where = places.join(spec.placeSeparator ?? '、');
  const who = reporters.length === 0 ? '' : agency === '中央社記' ? names : `記者${names}`;
  const head = agency === '中央社記' ? '中央社記' : agency === '中央記者' ? '中央' : agency;
  const dayText = day === null ? '' : { day: `${day}日`, space: `${day} 日`, bare: `${day}`, year: `2020年${day}日`, roc: `109年12月${day}日` }[date];
  const body = {
    normal: `${who}${where}${dayText}`,
    'place-first': `${where}${who}${dayText}`,
    'date-first': `${who}${dayText}${where}`,
  }[order];
  const [open, close] = spec.ascii === true ? ['(', ')'] : ['（', '）'];
  const raw = `${open}${head}${body}${kind ?? ''}${close}`;
  const year = day === null ? null : date === 'year' ? 2020 : date === 'roc' ? 109 + 1911 : null;
  const month = day === null || date !== 'roc' ? null : 12;
  const label = spec.label ?? null;
  const expected: ParsedDateline = { raw, agency: '中央社', reporters, places, day, month, year, kind, label, guess: null };
  return { text: `${label ?? ''}${raw}今天的新聞。`, expected };
}

/** The specs a check failed on, with what the parser gave instead. */
function failures(specs: Spec[]): string[] {
  return specs.flatMap((spec) => {
    const { text, expected } = write(spec);
    const match = matchDateline(text);
    if (match.found && sameParts(match.dateline, expected)) return [];
    const got = match.found ? `${match.dateline.reporters.join('、')} | ${match.dateline.places.join('、')} | ${String(match.dateline.day)}` : match.reason;
    return [`${text.slice(0, 40)} -> ${got}`];
  });
}

/**
 * Field by field but `guess`: a 2-character name before a place whose tail is
 * another known place (`林芳布里斯本`: 林芳布 + 里斯本 reads too) is flagged, and
 * the flag is tested on its own below.
 */
function sameParts(actual: ParsedDateline, expected: ParsedDateline): boolean {
  return isDeepStrictEqual({ ...actual, guess: null }, expected);
}

/** One spec per place, the reporters cycling through GROUPS (offset so each variant meets other groups). */
function overPlaces(offset: number, fields: Partial<Spec>): Spec[] {
  return PLACES.map((place, index) => ({
    reporters: GROUPS[(index + offset) % GROUPS.length] ?? [],
    places: [place],
    day: (index % 31) + 1,
    kind: '電',
    ...fields,
  }));
}

const variants: Array<[string, Partial<Spec>]> = [
  ['（中央社記者X台北3日電）', {}],
  ['（中央社記者X首爾15日專電）', { kind: '專電' }],
  ['（中央社台北3日電） no reporter', { reporters: [] }],
  ['（中央社洛杉磯2日綜合外電報導）', { reporters: [], kind: '綜合外電報導' }],
  ['（中央社台北8日綜合報導）', { reporters: [], kind: '綜合報導' }],
  ['（中央社記者X柏林特稿） no day', { day: null, kind: '特稿' }],
  ['（中央社記者X台北6日） no kind', { kind: null }],
  ['ASCII parentheses', { ascii: true }],
  ['中央記者', { agency: '中央記者' }],
  ['中央社記: name and place run together', { agency: '中央社記' }],
  ['中央通訊社', { agency: '中央通訊社', kind: '綜合外電報導' }],
  ['a space before 日', { date: 'space' }],
  ['no 日', { date: 'bare' }],
  ['a year: 台北2020年26日電', { date: 'year' }],
  ['an ROC year and month: 台北109年12月31日電', { date: 'roc' }],
  ['place first: （中央社上海記者X27日電）', { order: 'place-first' }],
  ['date first: （中央社記者X20日布魯塞爾專電）', { order: 'date-first', kind: '專電' }],
  ['date first, no reporter: （中央社13日台北電）', { order: 'date-first', reporters: [] }],
  ['a series label glued before', { label: '地方創生3' }],
];

describe('matchDateline generalises to names and places outside the corpus', () => {
  it.each(variants.map(([name, fields], offset) => [name, fields, offset] as const))('%s', (_name, fields, offset) => {
    expect(failures(overPlaces(offset * 7, fields))).toEqual([]);
  });

  it.each([['、'], ['/'], ['／'], ['－'], ['-']])('two places separated by %s, after 1–6 reporters', (separator) => {
    const specs = PLACES.map((place, index) => ({
      reporters: GROUPS[(index * 3) % GROUPS.length] ?? [],
      places: [place, PLACES[(index + 11) % PLACES.length] ?? ''],
      day: 20,
      kind: '專電' as const,
      placeSeparator: separator,
    }));
    expect(failures(specs)).toEqual([]);
  });

  it('every group of 2–6 reporters before every place', () => {
    const specs = GROUPS.filter((group) => group.length > 1).flatMap((reporters, index) =>
      [0, 1, 2].map((k) => ({ reporters, places: [PLACES[(index * 3 + k) % PLACES.length] ?? ''], day: 3, kind: '電' as const })),
    );
    expect(failures(specs)).toEqual([]);
  });

  it('2–6 reporters and no place: （中央社記者X、Y28日綜合報導）', () => {
    const specs = GROUPS.map((reporters) => ({ reporters, places: [], day: 28, kind: '綜合報導' as const }));
    expect(failures(specs)).toEqual([]);
  });

  it.each([
    ['（中央社網站）', null],
    ['（中央社網站12日電）', 12],
    ['（中央社4日網站）', 4],
  ])('%s', (text, day) => {
    expect(matchDateline(`${text}書摘。`)).toMatchObject({ found: true, dateline: { reporters: [], places: [], day, kind: '網站' } });
  });
});

/**
 * Places the gazetteer cannot know. `甲乙`, `甲乙丙` and `甲乙鄉` are made up
 * on purpose (so that no future gazetteer entry hides the rule under test);
 * 波茨坦 (Potsdam) is real but not listed.
 */
describe('matchDateline: a name glued to an unknown place is split by a documented rule and flagged', () => {
  it.each([
    ['a 3-character name, then the rest', '蕭若瑜甲乙丙', ['蕭若瑜'], ['甲乙丙']],
    ['a 3-character name before a real unlisted city', '林育德波茨坦', ['林育德'], ['波茨坦']],
    ['four characters: 2-character name + 2-character place', '林芳甲乙', ['林芳'], ['甲乙']],
    ['a compound surname: 4-character name, then the rest', '歐陽志明甲乙丙', ['歐陽志明'], ['甲乙丙']],
    ['a township suffix: the last three characters', '林芳甲乙鄉', ['林芳'], ['甲乙鄉']],
    ['a township suffix after a 3-character name', '蕭若瑜甲乙鎮', ['蕭若瑜'], ['甲乙鎮']],
    ['a city suffix after a 3-character stem', '蕭若瑜甲乙丙市', ['蕭若瑜'], ['甲乙丙市']],
    ['the last of several reporters', '邱懷德、林芳甲乙區', ['邱懷德', '林芳'], ['甲乙區']],
    ['a known region opens an unknown city', '林芳德國波茨坦', ['林芳'], ['德國波茨坦']],
    ['a known region after a 3-character name', '蕭若瑜日本甲乙丙', ['蕭若瑜'], ['日本甲乙丙']],
  ])('%s: %s', (_rule, glued, reporters, places) => {
    const match = matchDateline(`（中央社記者${glued}3日電）今天。`);
    expect(match.found && [match.dateline.reporters, match.dateline.places]).toEqual([reporters, places]);
    expect(match.found && match.dateline.guess).toContain(glued.split('、').at(-1));
  });

  it('an unknown township after a known county is a place, not a guess: 屏東縣甲乙鄉', () => {
    const match = matchDateline('（中央社記者林芳屏東縣甲乙鄉3日電）');
    expect(match.found && [match.dateline.reporters, match.dateline.places, match.dateline.guess]).toEqual([['林芳'], ['屏東縣甲乙鄉'], null]);
  });

  it.each([
    ['林芳新德里', '林芳', '新德里'],
    ['林芳布里斯本', '林芳', '布里斯本'],
    ['曹穎都柏林', '曹穎', '都柏林'],
    ['陳中山東區', '陳中山', '東區'],
    ['邱懷德里港', '邱懷德', '里港'],
    ['陳中山西藏自治區', '陳中山', '西藏自治區'],
  ])('flags the truly ambiguous known split %s and keeps the longest gazetteer entry over a composed place (陳中 + 山東區 = 山東 + 區)', (glued, name, place) => {
    const match = matchDateline(`（中央社記者${glued}3日專電）`);
    expect(match.found && [match.dateline.reporters, match.dateline.places]).toEqual([[name], [place]]);
    expect(match.found && match.dateline.guess).toContain(glued);
  });

  it.each([
    ['蕭若瑜布里斯本', '蕭若瑜', '布里斯本'],
    ['歐陽志明都柏林', '歐陽志明', '都柏林'],
    ['林芳宜蘭縣羅東', '林芳', '宜蘭縣羅東'],
    ['陳中山台北', '陳中山', '台北'],
  ])('does not flag a known split with no second reading: %s', (glued, name, place) => {
    const match = matchDateline(`（中央社記者${glued}3日電）`);
    expect(match.found && [match.dateline.reporters, match.dateline.places, match.dateline.guess]).toEqual([[name], [place], null]);
  });

  it.each([
    ['（中央社甲乙記者歐陽中山3日電）', ['歐陽中山']],
    ['（中央社記者陳林美玉3日甲乙電）', ['陳林美玉']],
    ['（中央社記者陳嘉義3日甲乙電）', ['陳嘉義']],
  ])('with the place written apart, the names are never cut: %s', (text, reporters) => {
    expect(matchDateline(text)).toMatchObject({ found: true, dateline: { reporters, places: ['甲乙'], guess: null } });
  });

  it('the stage reports the guess as dateline:split-guessed, and not a known split', () => {
    const html = (dateline: string) => `<p>${dateline}地方新聞。</p><p>完。（編輯：蕭若瑜）1120915</p>`;
    const guessed = parseCnaPost(makePost({ html: html('（中央社記者林芳甲乙鄉15日電）') }));
    expect([guessed.reporters, guessed.dateline?.places]).toEqual([['林芳'], ['甲乙鄉']]);
    expect(guessed.warnings.map((w) => w.code)).toEqual(['dateline:split-guessed']);
    expect(parseCnaPost(makePost({ html: html('（中央社記者林芳竹田鄉15日電）') })).warnings).toEqual([]);
  });

  it.each([
    ['one character before a county: a name is missing', '（中央社記者李花蓮縣3日電）'],
    ['a place where the name should be', '（中央社記者竹北3日電）'],
    ['a compound surname alone before a place', '（中央社記者歐陽台北3日電）'],
    ['a surname alone before a county', '（中央社記者陳台北3日電）'],
    ['a name longer than four characters before the place written apart', '（中央社記者王小明甲乙3日台北電）'],
  ])('refuses %s rather than put a place in the reporters', (_name, text) => {
    expect(matchDateline(text)).toMatchObject({ found: false, reason: 'unparsed' });
  });
});

describe('matchDateline: the other spellings CNA uses for some cities are known places', () => {
  it.each(['布拉第斯拉瓦', '布拉提斯拉瓦', '台拉維夫', '梵諦岡', '基加利', '波德戈里察', '科羅爾', '紐約聯合國總部', '聯合國總部'])('%s after a 2-character name, with no guess', (place) => {
    const match = matchDateline(`（中央社記者劉葶${place}15日專電）今天。`);
    expect(match.found && [match.dateline.reporters, match.dateline.places, match.dateline.guess]).toEqual([['劉葶'], [place], null]);
  });
});
