/**
 * ReDoS: every exported matcher over Chinese text run on 100 KB adversarial
 * strings returns the right value (a super-linear regex would not return
 * within the test timeout). eslint-plugin-regexp's no-super-linear-* rules
 * check the patterns statically.
 */
import { describe, expect, it } from 'vitest';
import { findClosingParagraph, matchClosing, matchDateline } from '../../src/index.js';
import { splitEndMatter } from '../../src/body/end-matter.js';
import { parseTemplateHtml } from '../../src/body/template-html.js';
import { splitContent } from '../../src/body/title-line.js';
import { splitCaption } from '../../src/media/caption.js';

const SIZE = 100_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const adversarial = [
  fill('（'),
  fill('（中央社'),
  fill('（中央社記者'),
  fill('中央社記者林宏翰'),
  fill('首爾15日'),
  fill('1'),
  fill('（編輯：'),
  fill('編輯：陳惠珍/'),
  fill('（譯者：'),
  fill('／'),
  fill(' '),
  fill('\u3000'),
  fill('中央社攝 '),
  fill('（中央社檔案照片'),
  fill('年1月1日'),
  `（中央社${fill('記者')}`,
  `${fill('文')}（編輯：陳惠珍）1120915`,
  `（中央社記者${fill('廖')}首爾15日專電）`,
  `${fill('（')}中央社記者林宏翰洛杉磯攝 109年7月31日`,
];

describe('matchers on 100 KB adversarial strings', () => {
  for (const [index, text] of adversarial.entries()) {
    const label = `#${index} ${JSON.stringify(text.slice(0, 12))}…`;
    it(`matchDateline ${label}`, () => {
      expect(matchDateline(text).found).toBe(false);
    });
    it(`matchClosing and findClosingParagraph ${label}`, () => {
      const closing = matchClosing(text);
      if (text.endsWith('（編輯：陳惠珍）1120915')) expect(closing?.code).toBe('1120915');
      else expect(closing === null || closing.code === null || /^\d{7}$/.test(closing.code)).toBe(true);
      expect(findClosingParagraph([text, text, text])).toBeGreaterThanOrEqual(-1);
    });
    it(`splitCaption, splitContent, splitEndMatter ${label}`, () => {
      const { caption, credit } = splitCaption(text);
      if (text.trim() !== '') expect(caption ?? credit).not.toBeNull();
      expect(splitContent(text).htmlStart).toBeGreaterThanOrEqual(0);
      expect(splitEndMatter(text).article.length).toBeLessThanOrEqual(text.length);
    });
  }

  it.each([
    ['blanks inside a tag', `<div class="a"${fill(' ')}`],
    ['blanks before an attribute value', `<div class=${fill(' ')}`],
    ['attributes without an end', `<a${fill(' href="x"')}`],
    ['an unclosed quote', `<a href="${fill('x')}`],
    ['open tags', '<div>'.repeat(20_000)],
    ['end tags', '</div>'.repeat(20_000)],
  ])('the end-matter reader on %s', (_, html) => {
    const tree = parseTemplateHtml(html, 256);
    if (html.startsWith('<div>')) expect(tree).toBeNull(); // deeper than 256
    else if (html.startsWith('</div>')) expect(tree?.children).toEqual([]);
    else expect(tree).toBeNull();
  });

  it('splitCaption keeps the credit of a long caption', () => {
    expect(splitCaption(`${fill('文')}（中央社檔案照片）`).credit).toBe('（中央社檔案照片）');
  });
});
