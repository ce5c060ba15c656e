import { describe, it, expect } from 'vitest';
import { matchDateline, type ParsedDateline } from '../../src/dateline/parse-dateline.js';

/** The expected dateline: defaults for the fields a case does not name. */
function dateline(fields: Partial<ParsedDateline> & { raw: string }): ParsedDateline {
  return {
    agency: '中央社',
    reporters: [],
    places: [],
    day: null,
    month: null,
    year: null,
    kind: null,
    label: null,
    guess: null,
    ...fields,
  };
}

/** [paragraph opening, expected dateline]; every opening is from the corpus or shared/DOMAIN.md §3. */
const cases: Array<[string, ParsedDateline]> = [
  ['（中央社記者廖禹揚首爾15日專電）第4次', dateline({ raw: '（中央社記者廖禹揚首爾15日專電）', reporters: ['廖禹揚'], places: ['首爾'], day: 15, kind: '專電' })],
  ['（中央社記者余祥台北10日電）行政院長', dateline({ raw: '（中央社記者余祥台北10日電）', reporters: ['余祥'], places: ['台北'], day: 10, kind: '電' })],
  ['（中央社台北3日電）', dateline({ raw: '（中央社台北3日電）', places: ['台北'], day: 3, kind: '電' })],
  ['（中央社洛杉磯2日綜合外電報導）', dateline({ raw: '（中央社洛杉磯2日綜合外電報導）', places: ['洛杉磯'], day: 2, kind: '綜合外電報導' })],
  ['（中央社記者張茗喧、陳至中台北16日電）', dateline({ raw: '（中央社記者張茗喧、陳至中台北16日電）', reporters: ['張茗喧', '陳至中'], places: ['台北'], day: 16, kind: '電' })],
  ['（中央社記者潘姿羽、吳家豪、蔡芃敏、楊舒晴、韓婷婷台北12日電）', dateline({ raw: '（中央社記者潘姿羽、吳家豪、蔡芃敏、楊舒晴、韓婷婷台北12日電）', reporters: ['潘姿羽', '吳家豪', '蔡芃敏', '楊舒晴', '韓婷婷'], places: ['台北'], day: 12, kind: '電' })],
  ['（中央社記者王淑芬、張祈高雄21日電）', dateline({ raw: '（中央社記者王淑芬、張祈高雄21日電）', reporters: ['王淑芬', '張祈'], places: ['高雄'], day: 21, kind: '電' })],
  ['（中央社記者林育立柏林特稿）', dateline({ raw: '（中央社記者林育立柏林特稿）', reporters: ['林育立'], places: ['柏林'], kind: '特稿' })],
  ['（中央社網站）', dateline({ raw: '（中央社網站）', kind: '網站' })],
  ['（中央社網站12日電）', dateline({ raw: '（中央社網站12日電）', day: 12, kind: '網站' })],
  ['（中央社4日網站）', dateline({ raw: '（中央社4日網站）', day: 4, kind: '網站' })],
  ['（中央社台北8日綜合報導）', dateline({ raw: '（中央社台北8日綜合報導）', places: ['台北'], day: 8, kind: '綜合報導' })],
  ['（中央社記者趙麗妍、王鴻國28日綜合報導）', dateline({ raw: '（中央社記者趙麗妍、王鴻國28日綜合報導）', reporters: ['趙麗妍', '王鴻國'], day: 28, kind: '綜合報導' })],
  ['（中央社記者黃雅詩梵蒂岡1日報導）', dateline({ raw: '（中央社記者黃雅詩梵蒂岡1日報導）', reporters: ['黃雅詩'], places: ['梵蒂岡'], day: 1, kind: '報導' })],
  ['（中央社梵蒂岡1日報導）', dateline({ raw: '（中央社梵蒂岡1日報導）', places: ['梵蒂岡'], day: 1, kind: '報導' })],
  ['（中央社記者楊舒晴21日電）', dateline({ raw: '（中央社記者楊舒晴21日電）', reporters: ['楊舒晴'], day: 21, kind: '電' })],
  ['（中央社2日綜合外電報導）', dateline({ raw: '（中央社2日綜合外電報導）', day: 2, kind: '綜合外電報導' })],
  ['（中央社記者趙麗妍台中22日）', dateline({ raw: '（中央社記者趙麗妍台中22日）', reporters: ['趙麗妍'], places: ['台中'], day: 22 })],
  ['（中央社台北3日）', dateline({ raw: '（中央社台北3日）', places: ['台北'], day: 3 })],
  ['(中央社台北21日電）中國', dateline({ raw: '(中央社台北21日電）', places: ['台北'], day: 21, kind: '電' })],
  ['(中央社記者張謙香港30日電)12港人', dateline({ raw: '(中央社記者張謙香港30日電)', reporters: ['張謙'], places: ['香港'], day: 30, kind: '電' })],
  ['（中央記者吳佳蓉台北25日電）', dateline({ raw: '（中央記者吳佳蓉台北25日電）', reporters: ['吳佳蓉'], places: ['台北'], day: 25, kind: '電' })],
  ['（中央社記盧太城台東縣24日電）', dateline({ raw: '（中央社記盧太城台東縣24日電）', reporters: ['盧太城'], places: ['台東縣'], day: 24, kind: '電' })],
  ['（中央社記張謙香港29日電）', dateline({ raw: '（中央社記張謙香港29日電）', reporters: ['張謙'], places: ['香港'], day: 29, kind: '電' })],
  ['（中央通訊社華盛頓20綜合外電報導）', dateline({ raw: '（中央通訊社華盛頓20綜合外電報導）', places: ['華盛頓'], day: 20, kind: '綜合外電報導' })],
  ['（中央社記者王鴻國台北15 日電）', dateline({ raw: '（中央社記者王鴻國台北15 日電）', reporters: ['王鴻國'], places: ['台北'], day: 15, kind: '電' })],
  ['（中央社記者管瑞平苗栗縣18電）', dateline({ raw: '（中央社記者管瑞平苗栗縣18電）', reporters: ['管瑞平'], places: ['苗栗縣'], day: 18, kind: '電' })],
  ['（中央社台北2020年26日電）', dateline({ raw: '（中央社台北2020年26日電）', places: ['台北'], day: 26, year: 2020, kind: '電' })],
  ['（中央社台北109年12月31日電）', dateline({ raw: '（中央社台北109年12月31日電）', places: ['台北'], day: 31, month: 12, year: 2020, kind: '電' })],
  ['（中央社上海記者張淑伶27日電）', dateline({ raw: '（中央社上海記者張淑伶27日電）', reporters: ['張淑伶'], places: ['上海'], day: 27, kind: '電' })],
  ['（中央社13日台北電）', dateline({ raw: '（中央社13日台北電）', places: ['台北'], day: 13, kind: '電' })],
  ['（中央社記者唐佩君20日布魯塞爾專電）', dateline({ raw: '（中央社記者唐佩君20日布魯塞爾專電）', reporters: ['唐佩君'], places: ['布魯塞爾'], day: 20, kind: '專電' })],
  ['（中央社記者丘德真雪梨、東京20日專電）', dateline({ raw: '（中央社記者丘德真雪梨、東京20日專電）', reporters: ['丘德真'], places: ['雪梨', '東京'], day: 20, kind: '專電' })],
  ['（中央社記者唐佩君、戴雅真布魯塞爾/倫敦5日專電）', dateline({ raw: '（中央社記者唐佩君、戴雅真布魯塞爾/倫敦5日專電）', reporters: ['唐佩君', '戴雅真'], places: ['布魯塞爾', '倫敦'], day: 5, kind: '專電' })],
  ['（中央社記者周世惠、林宏翰舊金山／洛杉磯30日專電）', dateline({ raw: '（中央社記者周世惠、林宏翰舊金山／洛杉磯30日專電）', reporters: ['周世惠', '林宏翰'], places: ['舊金山', '洛杉磯'], day: 30, kind: '專電' })],
  ['（中央社記者邱國強、張茗喧北京－台北14日電）', dateline({ raw: '（中央社記者邱國強、張茗喧北京－台北14日電）', reporters: ['邱國強', '張茗喧'], places: ['北京', '台北'], day: 14, kind: '電' })],
  ['（中央社記者李先鳳、張祈、黃麗芸花蓮-台北17日電）', dateline({ raw: '（中央社記者李先鳳、張祈、黃麗芸花蓮-台北17日電）', reporters: ['李先鳳', '張祈', '黃麗芸'], places: ['花蓮', '台北'], day: 17, kind: '電' })],
  ['（中央社華盛頓/香港2日綜合外電報導）', dateline({ raw: '（中央社華盛頓/香港2日綜合外電報導）', places: ['華盛頓', '香港'], day: 2, kind: '綜合外電報導' })],
  ['（中央社賽普勒斯尼柯希亞6日綜合外電報導）', dateline({ raw: '（中央社賽普勒斯尼柯希亞6日綜合外電報導）', places: ['賽普勒斯尼柯希亞'], day: 6, kind: '綜合外電報導' })],
  ['（中央社喬治亞州瓦多斯塔5綜合外電報導）', dateline({ raw: '（中央社喬治亞州瓦多斯塔5綜合外電報導）', places: ['喬治亞州瓦多斯塔'], day: 5, kind: '綜合外電報導' })],
  ['（中央社記者吳睿騏桃園機場7日電）', dateline({ raw: '（中央社記者吳睿騏桃園機場7日電）', reporters: ['吳睿騏'], places: ['桃園機場'], day: 7, kind: '電' })],
  ['（中央社記者蕭博陽南投縣3日電）', dateline({ raw: '（中央社記者蕭博陽南投縣3日電）', reporters: ['蕭博陽'], places: ['南投縣'], day: 3, kind: '電' })],
  ['（中央社記者徐梅玉約翰尼斯堡10日專電）', dateline({ raw: '（中央社記者徐梅玉約翰尼斯堡10日專電）', reporters: ['徐梅玉'], places: ['約翰尼斯堡'], day: 10, kind: '專電' })],
  ['（中央社雪黎26日綜合外電報導）', dateline({ raw: '（中央社雪黎26日綜合外電報導）', places: ['雪黎'], day: 26, kind: '綜合外電報導' })],
];

describe('matchDateline: forms and variants of shared/DOMAIN.md §3', () => {
  it.each(cases)('%s', (paragraph, expected) => {
    const match = matchDateline(paragraph);
    expect(match).toEqual({ found: true, dateline: expected, start: 0, end: expected.raw.length });
  });

  it('cuts a series label glued before the dateline', () => {
    const text = '疫情原民心1（中央社記者張祈花蓮縣13日電）武漢肺炎影響民眾日常生活習慣';
    const match = matchDateline(text);
    expect(match).toEqual({
      found: true,
      dateline: dateline({ raw: '（中央社記者張祈花蓮縣13日電）', reporters: ['張祈'], places: ['花蓮縣'], day: 13, kind: '電', label: '疫情原民心1' }),
      start: 0,
      end: text.indexOf('）') + 1,
    });
    expect(match.found && text.slice(match.end)).toBe('武漢肺炎影響民眾日常生活習慣');
  });

  it('skips leading blanks and NBSP and reports the span in the input', () => {
    const text = '\u00a0 （中央社記者張茗喧、陳偉婷台北12日電）指揮中心今天宣布';
    const match = matchDateline(text);
    expect(match.found && [match.start, match.end, text.slice(match.end)]).toEqual([2, text.indexOf('）') + 1, '指揮中心今天宣布']);
  });

  it('reads full-width digits', () => {
    const match = matchDateline('（中央社台北１２日電）');
    expect(match.found && match.dateline.day).toBe(12);
  });

  it.each([
    ['an unknown place after a 3-character name', '（中央社記者王小明瓦加杜古3日專電）', ['王小明'], ['瓦加杜古']],
    ['an unknown 2-character place', '（中央社記者王小明甲乙3日電）', ['王小明'], ['甲乙']],
    ['an unknown place after a compound surname', '（中央社記者歐陽志明瓦加杜古3日專電）', ['歐陽志明'], ['瓦加杜古']],
    ['a name ending with a 2-character place', '（中央社記者王大同台北3日電）', ['王大同'], ['台北']],
    ['a place apart after a space', '（中央社記者王明 台北3日電）', ['王明'], ['台北']],
    ['a district after a city', '（中央社記者林小明高雄市前鎮區3日電）', ['林小明'], ['高雄市前鎮區']],
    ['a state before a city', '（中央社記者王小明德州奧斯汀3日專電）', ['王小明'], ['德州奧斯汀']],
    ['six reporters', '（中央社記者王小明、李大華、陳三、林四、吳五、鄭六台北3日電）', ['王小明', '李大華', '陳三', '林四', '吳五', '鄭六'], ['台北']],
    ['a blank inside the parentheses', '（ 中央社記者王小明台北3日電 ）', ['王小明'], ['台北']],
  ])('splits %s', (_name, text, reporters, places) => {
    const match = matchDateline(text);
    expect(match.found && [match.dateline.reporters, match.dateline.places]).toEqual([reporters, places]);
  });
});

describe('matchDateline: what is not a CNA dateline', () => {
  const none = { found: false, reason: 'none', raw: null };
  it.each([
    ['（法新社华盛顿3日电）美国总统'],
    ['（路透華盛頓3日電）'],
    ['（更新）根據中央氣象局最新資訊'],
    ['中央流行疫情指揮中心22日宣布，國內新增1例本土感染'],
    ['總統說，他曾告訴（中央社記者王小明台北3日電）的記者'],
    ['莊永明小檔案'],
    ['圖為鴻海集團土城總部。（中央社檔案照片）'],
    ['（中央社記者王飛華攝）'],
    [''],
  ])('%s', (text) => {
    expect(matchDateline(text)).toEqual(none);
  });

  it('reads titles other than 記者 (stringer, intern, posted correspondent) as a reporter title, never as a place', () => {
    const cases: [string, string[], string[]][] = [
      ['（中央社特約記者鄭詩韻倫敦3日專電）', ['鄭詩韻'], ['倫敦']],
      ['（中央社實習記者王小明台北3日電）', ['王小明'], ['台北']],
      ['（中央社特派員張淑伶上海3日電）', ['張淑伶'], ['上海']],
      ['（中央社駐日特派員楊明珠東京3日專電）', ['楊明珠'], ['東京']],
      ['（中央社記者唐佩君、特約記者鄭詩韻布魯塞爾/倫敦5日專電）', ['唐佩君', '鄭詩韻'], ['布魯塞爾', '倫敦']],
      ['（中央社記者林育立、記者陳家倫柏林3日專電）', ['林育立', '陳家倫'], ['柏林']],
      // Places that hold those characters stay places.
      ['（中央社特拉維夫1日綜合外電報導）', [], ['特拉維夫']],
      ['（中央社記者林育立駐馬店3日專電）', ['林育立'], ['駐馬店']],
    ];
    for (const [opening, reporters, places] of cases) {
      const match = matchDateline(`${opening}內文。`);
      expect([opening, match.found && match.dateline.reporters, match.found && match.dateline.places]).toEqual([opening, reporters, places]);
    }
  });

  it('mentions of 中央社 later in the paragraph are not datelines', () => {
    const text = `${'川普說'.repeat(20)}（中央社記者張謙香港30日電）`;
    expect(matchDateline(text)).toEqual(none);
  });

  it('reports a CNA opening it cannot split as unparsed', () => {
    expect(matchDateline('（中央社記者台北電）')).toEqual({ found: false, reason: 'unparsed', raw: '（中央社記者台北電）' });
    expect(matchDateline('（中央社記者張謙香港')).toEqual({ found: false, reason: 'unparsed', raw: '（中央社記者張謙香港' });
    expect(matchDateline('（中央社台北45日電）')).toEqual({ found: false, reason: 'unparsed', raw: '（中央社台北45日電）' });
    // A one-character name glued to 花蓮縣 would put a place in the reporter.
    expect(matchDateline('（中央社記者陳小明、李花蓮縣3日電）')).toMatchObject({ found: false, reason: 'unparsed' });
    expect(matchDateline('（中央社記者柏林）')).toMatchObject({ found: false, reason: 'unparsed' });
  });
});

describe('matchDateline: adversarial input of 100 KB', () => {
  const size = 100_000;
  it.each([
    ['（中央社記者 repeated', '（中央社記者'.repeat(size / 6), 'unparsed'],
    ['中 repeated', '中'.repeat(size), 'none'],
    ['（ repeated', '（'.repeat(size), 'none'],
    ['names without end', `（中央社記者${'王'.repeat(size)}`, 'unparsed'],
    ['digits without end', `（中央社記者王小明台北${'1'.repeat(size)}日電）`, 'unparsed'],
    ['separators', `（中央社記者${'、'.repeat(size)}`, 'unparsed'],
    ['blanks before a dateline', `${' '.repeat(size)}（中央社台北3日電）`, 'none'],
  ])('%s', (_name, text, reason) => {
    const started = performance.now();
    const match = matchDateline(text);
    expect(performance.now() - started).toBeLessThan(50);
    expect(match.found).toBe(false);
    expect(!match.found && match.reason).toBe(reason);
  });

  it('a dateline followed by 100 KB of text', () => {
    const started = performance.now();
    const match = matchDateline(`（中央社記者廖禹揚首爾15日專電）${'第'.repeat(size)}`);
    expect(performance.now() - started).toBeLessThan(50);
    expect(match.found && match.dateline.reporters).toEqual(['廖禹揚']);
  });
});
