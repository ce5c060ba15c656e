import { describe, expect, it } from 'vitest';
import { splitCaption } from '../../src/media/caption.js';

describe('splitCaption', () => {
  it.each([
    ['民眾戴口罩逛街。中央社記者林宏翰洛杉磯攝 109年7月31日', '民眾戴口罩逛街。', '中央社記者林宏翰洛杉磯攝 109年7月31日'],
    ['種子等貨品。（防檢局提供）中央社記者楊淑閔傳真 109年8月3日', '種子等貨品。', '（防檢局提供）中央社記者楊淑閔傳真 109年8月3日'],
    ['文化部將呈請總統褒揚。（遠流出版社提供）中央社 109年8月7日', '文化部將呈請總統褒揚。', '（遠流出版社提供）中央社 109年8月7日'],
    ['南韓外交部。（中央社檔案照片）', '南韓外交部。', '（中央社檔案照片）'],
    ['圖為東京民眾2日戴口罩上街。（共同社）', '圖為東京民眾2日戴口罩上街。', '（共同社）'],
    ['7時35分發生芮氏規模6.3地震。（圖取自中央氣象署網站cwa.gov.tw）。', '7時35分發生芮氏規模6.3地震。', '（圖取自中央氣象署網站cwa.gov.tw）。'],
    ['棄權未投票。中央社記者王飛華攝 109日12月24日', '棄權未投票。', '中央社記者王飛華攝 109日12月24日'],
    ['影片來源：Samsung', null, '影片來源：Samsung'],
    ['網友上傳影片，村民乘挖土機撤離。影片來源：Nisar Vlogs', '網友上傳影片，村民乘挖土機撤離。', '影片來源：Nisar Vlogs'],
    ['發言約於影片1小時11分30秒處；影片來源：World Health Organization (WHO)', '發言約於影片1小時11分30秒處', '影片來源：World Health Organization (WHO)'],
    ['湯姆生搭船來到福爾摩沙。（圖片來源：維基百科）', '湯姆生搭船來到福爾摩沙。', '（圖片來源：維基百科）'],
    ['醫護人員注射疫苗。（facebook.com/mod.mil.rus）', '醫護人員注射疫苗。', '（facebook.com/mod.mil.rus）'],
    ['頒獎給射箭教練林圭璋（左2）。中央社記者張新偉攝 109年12月18日', '頒獎給射箭教練林圭璋（左2）。', '中央社記者張新偉攝 109年12月18日'],
    ['川普接受專訪。（約8分32秒處）', '川普接受專訪。（約8分32秒處）', null],
    ['與會者合影。（前排右起）', '與會者合影。（前排右起）', null],
    ['韓國每日新增確診數（7天平均）', '韓國每日新增確診數（7天平均）', null],
    ['各國出口金額（單位：億美元）', '各國出口金額（單位：億美元）', null],
    ['示意圖。（示意圖／Pixabay圖庫）', '示意圖。', '（示意圖／Pixabay圖庫）'],
    ['一通電話背後。（示意圖／圖取自Pixabay圖庫））', '一通電話背後。', '（示意圖／圖取自Pixabay圖庫））'],
    ['說明（左圖（路透社））', '說明（左圖（路透社））', null],
    ['核貸數9212件。中央社記者鄭清元攝 110月6月3日', '核貸數9212件。', '中央社記者鄭清元攝 110月6月3日'],
    ['首發團最快4月初出團。（圖取自facebook.com/officialpva）（圖取自facebook.com/officialpva）', '首發團最快4月初出團。', '（圖取自facebook.com/officialpva）'],
    [
      '耿瀟男（左）、王宇（中）、張展（右）。（左圖取自facebook.com/xiaonan.geng.14，中圖取自twitter.com/wangyulawyer，右圖取自維權網網頁wqw2010.blogspot.com）',
      '耿瀟男（左）、王宇（中）、張展（右）。',
      '（左圖取自facebook.com/xiaonan.geng.14，中圖取自twitter.com/wangyulawyer，右圖取自維權網網頁wqw2010.blogspot.com）',
    ],
    [
      '潘朵拉文件揭露政要隱匿財富。（左上圖取自twitter.com/KremlinRussia_E、右上圖取自www.president.go.ke、左下圖取自facebook.com/ImranKhanOfficial、右下圖取自president.az）',
      '潘朵拉文件揭露政要隱匿財富。',
      '（左上圖取自twitter.com/KremlinRussia_E、右上圖取自www.president.go.ke、左下圖取自facebook.com/ImranKhanOfficial、右下圖取自president.az）',
    ],
  ])('%s', (text, caption, credit) => {
    expect(splitCaption(text)).toEqual({ caption, credit });
  });

  it('keeps a parenthesised aside that is part of the sentence', () => {
    expect(splitCaption('蔡總統（中）今天出席典禮，與來賓合影，氣氛熱烈，場面盛大，大家都很開心。（左起為部長、次長與兩位顧問，依序入座。）')).toEqual({
      caption: '蔡總統（中）今天出席典禮，與來賓合影，氣氛熱烈，場面盛大，大家都很開心。（左起為部長、次長與兩位顧問，依序入座。）',
      credit: null,
    });
  });

  it('keeps a long parenthesised aside that names a news agency', () => {
    const aside = `（${'據美聯社報導，當地居民表示，'.repeat(6)}政府尚未回應）`;
    expect(splitCaption(`民眾聚集抗議。${aside}`)).toEqual({ caption: `民眾聚集抗議。${aside}`, credit: null });
  });

  it('keeps a source named inside the sentence, not at its end', () => {
    expect(splitCaption('影片來源：網友拍攝，警方已介入調查。')).toEqual({ caption: '影片來源：網友拍攝，警方已介入調查。', credit: null });
  });

  it('stays fast and correct on 100 KB of adversarial text', () => {
    const text = `${'中央社'.repeat(30_000)}（${'攝'.repeat(10_000)}`;
    expect(splitCaption(text).credit).toBeNull();
    expect(splitCaption(`${'，影片來源：'.repeat(20_000)}。`).credit).toBeNull();
  });
});
