/**
 * The two posts the project was specified from. Expected values are read
 * off the posts by eye (see ../shared/corpus/seeds), not from the parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCnaPost } from '../src/index.js';

const seeds = fileURLToPath(new URL('../../shared/corpus/seeds/', import.meta.url));
const present = existsSync(seeds);
if (!present) console.warn(`seeds test skipped: no folder ${seeds}`);

describe.skipIf(!present)('seed posts', () => {
  it('2023-09: 美韓擴大遏制戰略磋商', () => {
    const file = `${seeds}000_78d22cbabe5f7d56.txt`;
    const article = parseCnaPost(readFileSync(file), { file });
    expect(article.id).toBe('202309150183');
    expect(article.dateline).toEqual({ raw: '（中央社記者廖禹揚首爾15日專電）', agency: '中央社', reporters: ['廖禹揚'], places: ['首爾'], day: 15, kind: '專電', date: '2023-09-15', label: null });
    expect(article.credits).toEqual({ raw: '（編輯：陳惠珍）', editors: ['陳惠珍'], translators: [], reviewers: [], photographers: [] });
    expect(article.editorCode).toEqual({ raw: '1120915', date: '2023-09-15' });
    expect(article.date).toBe('2023-09-15');
    expect(article.feedTimeTaipei).toBe('2023-09-15T15:50:00+08:00');
    expect(article.paragraphs).toHaveLength(8);
    expect(article.paragraphs[0]).toMatch(/^第4次美韓擴大遏制戰略協議體（EDSCG）會議今天在首爾舉行/);
    expect(article.paragraphs[6]).toMatch(/^就媒體詢問是否也將中國與俄羅斯視為/);
    expect(article.paragraphs[7]).toMatch(/很難說中俄朝合作關係有所進展。$/);
    expect(article.text).not.toMatch(/訂閱|電子信箱|感謝您的訂閱/);
    expect(article.keywords).toEqual([]);
    expect(article.related).toEqual([]);
    expect(article.warnings).toEqual([]);
  });

  it('2023-01: 美防長承諾調遣更多武器', () => {
    const file = `${seeds}002_f1dc0e0c14c0bdf9.txt`;
    const article = parseCnaPost(readFileSync(file), { file });
    expect(article.dateline).toMatchObject({ reporters: ['廖禹揚'], places: ['首爾'], day: 31, kind: '專電', date: '2023-01-31' });
    expect(article.credits?.editors).toEqual(['黃自強']);
    expect(article.editorCode).toEqual({ raw: '1120131', date: '2023-01-31' });
    expect(article.paragraphs).toHaveLength(6);
    expect(article.paragraphs[5]).toMatch(/提高維護東亞安定及核保護傘承諾的信賴度。$/);
    expect(article.keywords).toEqual(['南韓', '李鐘燮', '美國', '奧斯汀']);
    expect(article.related).toEqual([
      { title: '韓美2月舉行擴張遏制軍演 嚴防北韓核武攻擊', url: 'https://www.cna.com.tw/news/aopl/202301110187.aspx' },
      { title: '俄尋北韓彈藥 美向南韓買彈藥援烏', url: 'https://www.cna.com.tw/news/aopl/202211110061.aspx' },
      { title: '因應核子威脅 美國與南韓將舉行桌上模擬演習', url: 'https://www.cna.com.tw/news/aopl/202301310015.aspx' },
      { title: '美軍突襲索馬利亞 擊斃伊斯蘭國地區首腦', url: 'https://www.cna.com.tw/news/aopl/202301270090.aspx' },
    ]);
    expect(article.text).not.toMatch(/聚焦新聞|舔醬油瓶口/);
    expect(article.warnings).toEqual([]);
  });
});
