/**
 * Taiwan's places as CNA datelines write them: the 22 counties and cities,
 * and every township, county-administered city and district (368), without
 * their 鄉/鎮/市/區 suffix (the gazetteer accepts the suffix: `竹田` and
 * `竹田鄉`). Listed county by county so that a missing one is easy to spot.
 */

/** Splits a whitespace-separated word list. */
export function words(list: string): string[] {
  return list.split(/\s+/u).filter((word) => word.length > 0);
}

/**
 * The counties and cities, bare and with their suffix, in both 台 and 臺
 * spellings; these may stand before a township (`宜蘭縣羅東`, `屏東縣竹田鄉`).
 */
export const TAIWAN_COUNTIES = words(`
  台灣 臺灣 台北 臺北 台北市 臺北市 新北 新北市 桃園 桃園市 台中 臺中 台中市 臺中市 台南 臺南 台南市 臺南市
  高雄 高雄市 基隆 基隆市 新竹 新竹市 新竹縣 苗栗 苗栗縣 彰化 彰化縣 南投 南投縣 雲林 雲林縣 嘉義 嘉義市 嘉義縣
  屏東 屏東縣 宜蘭 宜蘭縣 花蓮 花蓮縣 台東 臺東 台東縣 臺東縣 澎湖 澎湖縣 金門 金門縣 連江 連江縣 馬祖
`);

/** Townships, county-administered cities and districts, county by county (suffix dropped). */
export const TAIWAN_TOWNSHIPS = words(`
  中正 大同 中山 松山 大安 萬華 信義 士林 北投 內湖 南港 文山
  板橋 三重 中和 永和 新莊 新店 樹林 鶯歌 三峽 淡水 汐止 瑞芳 土城 蘆洲 五股 泰山 林口 深坑 石碇 坪林 三芝
  石門 八里 平溪 雙溪 貢寮 金山 萬里 烏來
  中壢 大溪 楊梅 蘆竹 大園 龜山 八德 龍潭 平鎮 新屋 觀音 復興
  中區 東區 南區 西區 北區 西屯 南屯 北屯 豐原 東勢 大甲 清水 沙鹿 梧棲 后里 神岡 潭子 大雅 新社 石岡 外埔
  烏日 大肚 龍井 霧峰 太平 大里 和平
  新營 鹽水 白河 柳營 後壁 東山 麻豆 下營 六甲 官田 大內 佳里 學甲 西港 七股 將軍 北門 新化 善化 新市 安定
  山上 玉井 楠西 南化 左鎮 仁德 歸仁 關廟 龍崎 永康 安南 安平 中西區
  鹽埕 鼓山 左營 楠梓 三民 新興 前金 苓雅 前鎮 旗津 小港 鳳山 林園 大寮 大樹 大社 仁武 鳥松 岡山 橋頭 燕巢
  田寮 阿蓮 路竹 湖內 茄萣 永安 彌陀 梓官 旗山 美濃 六龜 甲仙 杉林 內門 茂林 桃源 那瑪夏
  七堵 暖暖 仁愛 安樂 香山
  竹北 竹東 新埔 關西 湖口 新豐 芎林 橫山 北埔 寶山 峨眉 尖石 五峰
  苑裡 通霄 竹南 頭份 後龍 卓蘭 大湖 公館 銅鑼 南庄 頭屋 三義 西湖 造橋 三灣 獅潭 泰安
  鹿港 和美 線西 伸港 福興 秀水 花壇 芬園 員林 溪湖 田中 大村 埔鹽 埔心 永靖 社頭 二水 北斗 二林 田尾 埤頭
  芳苑 大城 竹塘 溪州
  埔里 草屯 竹山 集集 名間 鹿谷 中寮 魚池 國姓 水里
  斗六 斗南 虎尾 西螺 土庫 北港 古坑 大埤 莿桐 林內 二崙 崙背 麥寮 褒忠 台西 臺西 元長 四湖 口湖 水林
  太保 朴子 布袋 大林 民雄 溪口 新港 六腳 東石 義竹 鹿草 水上 中埔 竹崎 梅山 番路 大埔 阿里山
  潮州 東港 恆春 萬丹 長治 麟洛 九如 里港 鹽埔 高樹 萬巒 內埔 竹田 新埤 枋寮 新園 崁頂 林邊 南州 佳冬 琉球
  車城 滿州 枋山 三地門 霧台 霧臺 瑪家 泰武 來義 春日 獅子 牡丹
  羅東 蘇澳 頭城 礁溪 壯圍 員山 冬山 五結 三星 南澳
  鳳林 玉里 新城 吉安 壽豐 光復 豐濱 瑞穗 富里 秀林 萬榮 卓溪
  成功 關山 卑南 鹿野 池上 東河 長濱 太麻里 大武 綠島 海端 延平 金峰 達仁 蘭嶼
  馬公 湖西 白沙 西嶼 望安 七美
  金城 金湖 金沙 金寧 烈嶼 烏坵 小金門
  南竿 北竿 莒光 東引
`);

/** Islands, airports, ports and landmarks that datelines name. */
export const TAIWAN_LANDMARKS = words(`
  小琉球 東沙 南沙 太平島 桃園機場 松山機場 小港機場 清泉崗 墾丁 日月潭 九份 西門町 陽明山 雪山 玉山 合歡山
  太魯閣 知本 信義區 大安區 中正區 中山區 大同區 松山區
`);
