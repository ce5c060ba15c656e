/** `cleanText`: zero-width space and non-joiner dropped, blanks collapsed, trimmed, NFC; its shortcuts must never change the result. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/hast/query.js';

const reference = (text: string): string => text.replace(/[\u200b\u200c]/g, '').replace(/\s+/g, ' ').trim().normalize('NFC');

describe('cleanText', () => {
  it('equals drop zero-width + collapse + trim + NFC on any text, including characters NFC changes next to ones it skips', () => {
    // Characters around every edge of the ranges the shortcut skips, and ones NFC composes, reorders or replaces.
    const tricky = fc.constantFrom(
      'e', '\u0301', '\u0300', '\u02ff', '\u0300', 'か', '\u3099', '\u309a', '\u302a', '\u302b', '\u302f', '\u3030', '\u30ff', '\u3100',
      '\u4e00', '\u9fff', '\ua000', '\uf9d3', '\ufa16', '\uff00', '\uffef', '\ufff0', '\u2010', '\u2027', '\u2028', '\u2126', '\u212b', '\u2329',
      '\uac00', '\ud7a3', '\u1100', '\u1161', '\u11a8', '가', '\ud87e\udc00', '\u00a0', '\u3000', '\u200b', '\u200c', '\u200d', ' ', '\n', '陸', '。',
    );
    const text = fc.oneof(fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(fc.property(text, (value) => cleanText(value) === reference(value)), { numRuns: 20_000 });
  });

  it('drops a zero-width space or non-joiner inside a word instead of spacing it', () => {
    expect(cleanText('高端疫苗須補\u200b件 食藥署')).toBe('高端疫苗須補件 食藥署');
    expect(cleanText('福斯家庭\u200c電影 \u200b 上映\u200b')).toBe('福斯家庭電影 上映');
  });

  it('normalises compatibility ideographs and composes accents', () => {
    expect(cleanText(' 大\uf9d3\u3000 Cafe\u0301 ')).toBe('大陸 Caf\u00e9');
  });
});
