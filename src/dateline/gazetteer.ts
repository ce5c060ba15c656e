/**
 * A gazetteer of place names as CNA writes them in datelines (Taiwanese
 * transliterations: 雪梨, 紐西蘭, 賽普勒斯), used to split a reporter's name
 * from the place glued after it (`廖禹揚首爾` -> `廖禹揚` + `首爾`).
 *
 * It holds every place seen in the datelines of `shared/corpus/cna`, plus
 * Taiwan's counties, cities and towns, China's provinces and cities, the
 * world's countries, capitals and large cities, and US states. Entries have at
 * least two characters. Datelines also glue a country or state before a city
 * (`賽普勒斯尼柯希亞`, `喬治亞州瓦多斯塔`, `亞美尼亞首都葉里凡`) or an
 * administrative suffix after a place (`名古屋市`); {@link isPlaceName}
 * accepts those compositions.
 */

/** Splits a whitespace-separated word list. */
function words(list: string): string[] {
  return list.split(/\s+/u).filter((word) => word.length > 0);
}

const TAIWAN = words(`
  台灣 臺灣 台北 臺北 台北市 臺北市 新北 新北市 桃園 桃園市 台中 臺中 台中市 臺中市 台南 臺南 台南市 臺南市
  高雄 高雄市 基隆 基隆市 新竹 新竹市 新竹縣 苗栗 苗栗縣 彰化 彰化縣 南投 南投縣 雲林 雲林縣 嘉義 嘉義市
  嘉義縣 屏東 屏東縣 宜蘭 宜蘭縣 花蓮 花蓮縣 台東 臺東 台東縣 臺東縣 澎湖 澎湖縣 金門 金門縣 連江 連江縣
  馬祖 綠島 蘭嶼 小琉球 東沙 南沙 太平島 東引 烏坵 桃園機場 松山機場 小港機場 清泉崗 墾丁 恆春 日月潭 阿里山
  竹北 竹東 湖口 新豐 頭份 竹南 苑裡 通霄 斗六 虎尾 北港 西螺 麥寮 朴子 布袋 新營 麻豆 鳳山 岡山 旗山
  美濃 潮州 東港 枋寮 羅東 蘇澳 頭城 礁溪 玉里 鳳林 壽豐 吉安 新城 太魯閣 關山 池上 鹿野 知本 馬公 金城
  金沙 金湖 烈嶼 南竿 北竿 淡水 板橋 三重 中和 永和 新店 新莊 土城 汐止 林口 三峽 鶯歌 樹林 蘆洲 五股
  瑞芳 九份 平溪 烏來 石碇 坪林 八里 金山 萬里 中壢 平鎮 八德 大溪 龜山 蘆竹 楊梅 龍潭 大園 復興 豐原 大甲
  沙鹿 梧棲 霧峰 大里 東勢 員林 鹿港 和美 溪湖 北斗 二林 埔里 竹山 草屯 集集 魚池 安平 永康 仁德 歸仁
  善化 新化 佳里 學甲 白河 七股 左營 楠梓 前鎮 苓雅 旗津 鼓山 鹽埕 林園 大寮 仁武 路竹 茄萣 六龜 甲仙
  那瑪夏 茂林 萬丹 車城 滿州 霧台 三地門 冬山 五結 南澳 秀林 萬榮 卓溪 富里 瑞穗 太麻里 大武 北投 士林
  內湖 南港 萬華 文山 松山 信義區 大安區 中正區 中山區 大同區 松山區 西門町 陽明山 雪山 玉山 合歡山
`);

const CHINA = words(`
  中國 大陸 北京 天津 上海 重慶 河北 山西 遼寧 吉林 黑龍江 江蘇 浙江 安徽 福建 江西 山東 河南 湖北 湖南
  廣東 海南 四川 貴州 雲南 陝西 甘肅 青海 內蒙古 內蒙 廣西 西藏 寧夏 新疆 香港 澳門 廣州 深圳 珠海 汕頭
  東莞 佛山 中山 江門 湛江 惠州 廈門 福州 泉州 漳州 莆田 平潭 杭州 寧波 溫州 義烏 紹興 嘉興 金華 台州
  湖州 舟山 南京 蘇州 無錫 昆山 常州 揚州 南通 徐州 連雲港 鎮江 合肥 蕪湖 黃山 武漢 宜昌 襄陽 十堰 長沙
  岳陽 衡陽 株洲 湘潭 張家界 南昌 九江 贛州 景德鎮 井岡山 鄭州 洛陽 開封 安陽 濟南 青島 煙台 威海 臨沂
  淄博 濰坊 日照 曲阜 石家莊 雄安 保定 唐山 秦皇島 北戴河 張家口 太原 大同 瀋陽 大連 丹東 鞍山 撫順 長春
  延邊 延吉 琿春 哈爾濱 綏芬河 黑河 呼和浩特 包頭 二連浩特 滿洲里 西安 延安 蘭州 敦煌 西寧 銀川 烏魯木齊
  喀什 伊寧 伊犁 和田 阿克蘇 吐魯番 石河子 拉薩 日喀則 成都 綿陽 樂山 宜賓 瀘州 自貢 九寨溝 貴陽 遵義
  昆明 大理 麗江 瑞麗 西雙版納 南寧 桂林 北海 憑祥 海口 三亞 萬州 涪陵 武漢市 上海市 北京市 天津市
  重慶市 福建省 廣東省 浙江省 江蘇省 湖北省 四川省 雲南省 新疆維吾爾自治區 西藏自治區 香港特區
`);

const EAST_ASIA = words(`
  日本 東京 大阪 京都 橫濱 名古屋 神戶 福岡 札幌 仙台 廣島 長崎 沖繩 那霸 奈良 北海道 九州 四國 本州 石垣島
  與那國 宮古島 千葉 埼玉 神奈川 靜岡 熊本 鹿兒島 福島 宮城 岩手 新潟 金澤 富山 高松 鳥取 島根 山口 大分
  宮崎 佐賀 長野 山梨 群馬 栃木 茨城 秋田 山形 青森 函館 小樽 橫須賀 川崎 和歌山 滋賀 岐阜 德島 愛媛
  高知 福井 兵庫 韓國 南韓 北韓 朝鮮 首爾 釜山 仁川 大邱 光州 大田 蔚山 水原 濟州 濟州島 板門店 平昌 世宗
  坡州 平壤 開城 新義州 元山 咸興 蒙古 烏蘭巴托
`);

const SOUTH_AND_SOUTHEAST_ASIA = words(`
  泰國 曼谷 清邁 普吉 普吉島 芭達雅 暖武里 越南 河內 胡志明市 峴港 海防 順化 芹苴 北寧 柬埔寨 金邊 暹粒
  寮國 永珍 龍坡邦 緬甸 仰光 奈比多 曼德勒 馬來西亞 吉隆坡 布城 檳城 新山 柔佛 麻六甲 古晉 亞庇 沙巴
  砂拉越 新加坡 印尼 雅加達 泗水 萬隆 峇里島 巴里島 日惹 棉蘭 古邦 馬武柔 巴淡島 望加錫 菲律賓 馬尼拉
  宿霧 達沃 納卯 奎松市 蘇比克 汶萊 斯里巴加灣 東帝汶 帝力 印度 新德里 德里 孟買 加爾各答 清奈 班加羅爾
  海德拉巴 艾哈邁達巴德 浦那 布巴內什瓦爾 阿格拉 齋浦爾 斯里那加 喀什米爾 巴基斯坦 伊斯蘭堡 喀拉蚩
  拉合爾 白沙瓦 孟加拉 達卡 尼泊爾 加德滿都 不丹 定布 廷布 斯里蘭卡 可倫坡 馬爾地夫 馬列 阿富汗 喀布爾
  坎達哈 赫拉特 加茲尼 哈薩克 阿斯塔納 努爾蘇丹 阿拉木圖 烏茲別克 塔什干 吉爾吉斯 比斯凱克 塔吉克 杜尚別
  土庫曼 阿什哈巴德
`);

const MIDDLE_EAST_AND_AFRICA = words(`
  伊朗 德黑蘭 伊拉克 巴格達 巴斯拉 艾比爾 摩蘇爾 敘利亞 大馬士革 阿勒坡 黎巴嫩 貝魯特 約旦 安曼 以色列
  耶路撒冷 特拉維夫 海法 巴勒斯坦 加薩 拉馬拉 約旦河西岸 戈蘭高地 沙烏地阿拉伯 沙烏地 利雅德 吉達 麥加
  阿拉伯聯合大公國 阿聯 杜拜 阿布達比 卡達 杜哈 多哈 科威特 巴林 麥納瑪 薩基爾 阿曼 馬斯開特 葉門 沙那
  亞丁 荷台達 土耳其 安卡拉 伊斯坦堡 伊茲米爾 賽普勒斯 尼柯希亞 埃及 開羅 亞歷山卓 西奈 利比亞 的黎波里
  突尼西亞 突尼斯 阿爾及利亞 阿爾及爾 摩洛哥 拉巴特 卡薩布蘭加 蘇丹 喀土穆 南蘇丹 朱巴 衣索比亞 阿迪斯阿貝巴
  肯亞 奈洛比 蒙巴薩 索馬利亞 摩加迪休 烏干達 坎帕拉 盧安達 吉佳利 坦尚尼亞 三蘭港 南非 約翰尼斯堡 開普敦
  普利托利亞 德班 辛巴威 哈拉雷 尚比亞 路沙卡 莫三比克 馬布多 馬拉威 奈及利亞 拉哥斯 阿布加 卡諾 迦納
  阿克拉 象牙海岸 阿必尚 塞內加爾 馬利 巴馬科 尼日 尼阿美 查德 恩加美納 喀麥隆 剛果 金夏沙 安哥拉
  納米比亞 溫荷克 波札那 嘉柏隆里 史瓦帝尼 史瓦濟蘭 墨巴本 賴索托 馬達加斯加 塔那那利佛 模里西斯
  路易士港 吉布地 厄利垂亞 阿斯瑪拉 索馬利蘭 哈吉薩
`);

const EUROPE = words(`
  英國 倫敦 曼徹斯特 伯明罕 利物浦 愛丁堡 格拉斯哥 布里斯托 牛津 劍橋 貝爾法斯特 蘇格蘭 威爾斯 愛爾蘭 都柏林
  法國 巴黎 馬賽 里昂 尼斯 史特拉斯堡 波爾多 土魯斯 里耳 南特 坎城 德國 柏林 漢堡 慕尼黑 法蘭克福 科隆
  杜塞道夫 斯圖加特 德勒斯登 萊比錫 波昂 漢諾威 紐倫堡 比利時 布魯塞爾 安特衛普 荷蘭 阿姆斯特丹 鹿特丹
  海牙 盧森堡 奧地利 維也納 薩爾斯堡 瑞士 蘇黎世 日內瓦 伯恩 洛桑 巴塞爾 達沃斯 義大利 羅馬 米蘭 威尼斯
  佛羅倫斯 那不勒斯 杜林 熱那亞 梵蒂岡 教廷 西班牙 馬德里 巴塞隆納 瓦倫西亞 塞維亞 葡萄牙 里斯本 波多
  希臘 雅典 瑞典 斯德哥爾摩 哥本哈根 丹麥 挪威 奧斯陸 芬蘭 赫爾辛基 冰島 雷克雅維克 波蘭 華沙 克拉科夫
  捷克 布拉格 斯洛伐克 布拉提斯拉瓦 匈牙利 布達佩斯 羅馬尼亞 布加勒斯特 保加利亞 索菲亞 塞爾維亞 貝爾格勒
  克羅埃西亞 札格雷布 斯洛維尼亞 盧布爾雅那 波士尼亞 塞拉耶佛 北馬其頓 史高比耶 阿爾巴尼亞 地拉那 蒙特內哥羅
  科索沃 摩爾多瓦 基希涅夫 烏克蘭 基輔 哈爾科夫 敖德薩 頓內次克 盧甘斯克 克里米亞 白俄羅斯 明斯克 俄羅斯
  俄國 莫斯科 聖彼得堡 海參崴 葉卡捷琳堡 新西伯利亞 索契 立陶宛 維爾紐斯 拉脫維亞 里加 愛沙尼亞 塔林
  喬治亞 第比利斯 亞美尼亞 葉里凡 亞塞拜然 巴庫 馬爾他 瓦勒他 摩納哥 安道爾 列支敦斯登 聖馬利諾
`);

const AMERICAS = words(`
  美國 華盛頓 華府 紐約 洛杉磯 舊金山 芝加哥 休士頓 達拉斯 奧斯汀 聖安東尼奧 邁阿密 奧蘭多 坦帕 亞特蘭大
  波士頓 費城 匹茲堡 巴爾的摩 底特律 克里夫蘭 辛辛那提 密爾瓦基 明尼阿波利斯 聖保羅 丹佛 鳳凰城 拉斯維加斯
  鹽湖城 西雅圖 波特蘭 聖地牙哥 聖荷西 矽谷 沙加緬度 檀香山 安克拉治 紐奧良 孟菲斯 納許維爾 夏洛特 羅里
  里奇蒙 諾福克 阿靈頓 威明頓 紐瓦克 奧瑪哈 堪薩斯市 聖路易 印第安納波利斯 路易斯維爾 麥迪遜 德梅因 西點
  貝德敏斯特 布拉丹頓 聖福德 聖巴巴拉 瓦多斯塔 關島 塞班 波多黎各 加拿大 渥太華 多倫多 蒙特婁 溫哥華
  卡加利 愛德蒙頓 魁北克 墨西哥 墨西哥市 瓜達拉哈拉 蒙特雷 提華納 坎昆 瓜地馬拉 瓜地馬拉市 薩爾瓦多
  聖薩爾瓦多 宏都拉斯 德古斯加巴 尼加拉瓜 馬納瓜 哥斯大黎加 巴拿馬 巴拿馬市 古巴 哈瓦那 海地 太子港
  多明尼加 聖多明哥 牙買加 金斯敦 貝里斯 貝爾墨潘 聖克里斯多福 巴斯特爾 聖露西亞 聖文森 巴貝多 哥倫比亞
  波哥大 委內瑞拉 卡拉卡斯 厄瓜多 基多 秘魯 祕魯 利馬 玻利維亞 拉巴斯 智利 阿根廷 布宜諾斯艾利斯 烏拉圭
  蒙特維多 巴拉圭 亞松森 巴西 巴西利亞 里約熱內盧 瑪瑙斯 蓋亞那 蘇利南
`);

const US_STATES = words(`
  加州 加利福尼亞 德州 德克薩斯 佛州 佛羅里達 紐約州 喬治亞州 新澤西州 紐澤西 紐澤西州 德拉瓦 德拉瓦州 賓州
  賓夕法尼亞 俄亥俄 密西根 威斯康辛 明尼蘇達 伊利諾 印第安納 愛荷華 密蘇里 堪薩斯 內布拉斯加 科羅拉多 猶他
  內華達 亞利桑那 新墨西哥 奧克拉荷馬 阿肯色 路易斯安那 密西西比 阿拉巴馬 田納西 肯塔基 維吉尼亞 維州
  西維吉尼亞 北卡羅來納 北卡 南卡羅來納 南卡 馬里蘭 麻州 麻薩諸塞 康乃狄克 羅德島 佛蒙特 新罕布夏 緬因
  華盛頓州 奧勒岡 愛達荷 蒙大拿 懷俄明 北達科他 南達科他 阿拉斯加 夏威夷
`);

const OCEANIA = words(`
  澳洲 雪梨 墨爾本 坎培拉 布里斯本 伯斯 阿得雷德 達爾文 黃金海岸 荷巴特 麥夸利港 紐西蘭 威靈頓 奧克蘭
  基督城 斐濟 蘇瓦 巴布亞紐幾內亞 莫士比港 索羅門群島 霍尼阿拉 萬那杜 維拉港 馬紹爾群島 馬久羅 帛琉 柯羅
  吉里巴斯 塔拉瓦 吐瓦魯 富納富提 東加 努瓜婁發 薩摩亞 阿比亞 諾魯 密克羅尼西亞
`);

/**
 * Spellings seen in the corpus that are not in the lists above: `雪黎`
 * (a typo of 雪梨 in `（中央社雪黎26日綜合外電報導）`).
 */
const CORPUS_VARIANTS = words(`雪黎`);

/** Every place name the gazetteer knows, each at least two characters long. */
export const gazetteer: ReadonlySet<string> = new Set([
  ...TAIWAN,
  ...CHINA,
  ...EAST_ASIA,
  ...SOUTH_AND_SOUTHEAST_ASIA,
  ...MIDDLE_EAST_AND_AFRICA,
  ...EUROPE,
  ...AMERICAS,
  ...US_STATES,
  ...OCEANIA,
  ...CORPUS_VARIANTS,
]);

/** Suffixes that turn a known place into another place (`名古屋` -> `名古屋市`). */
const ADMIN_SUFFIXES = ['市', '縣', '州', '省', '區', '島', '港', '機場'] as const;

/** Length of the longest entry tried as the country/state prefix of a composite. */
const MAX_PREFIX_LENGTH = 12;

/** How many prefixes (`賽普勒斯`, `首都`) may be chained before the city. */
const MAX_COMPOSITION_DEPTH = 2;

/**
 * Whether `text` is a place name: a gazetteer entry, an entry plus an
 * administrative suffix (`名古屋市`), or a chain of entries with an optional
 * `首都` between them (`賽普勒斯尼柯希亞`, `亞美尼亞首都葉里凡`).
 */
export function isPlaceName(text: string, depth = 0): boolean {
  if (text.length < 2) return false;
  if (gazetteer.has(text)) return true;
  for (const suffix of ADMIN_SUFFIXES) {
    if (text.endsWith(suffix) && gazetteer.has(text.slice(0, -suffix.length))) return true;
  }
  if (depth >= MAX_COMPOSITION_DEPTH) return false;
  const longest = Math.min(MAX_PREFIX_LENGTH, text.length - 2);
  for (let length = 2; length <= longest; length += 1) {
    if (!gazetteer.has(text.slice(0, length))) continue;
    const rest = text.slice(length);
    const city = rest.startsWith('首都') ? rest.slice(2) : rest;
    if (isPlaceName(city, depth + 1)) return true;
  }
  return false;
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
