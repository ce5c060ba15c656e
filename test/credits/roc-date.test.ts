import { describe, it, expect } from 'vitest';
import { decodeRocDate, encodeRocDate } from '../../src/credits/roc-date.js';

describe('decodeRocDate', () => {
  it('decodes YYYMMDD with year + 1911', () => {
    expect(decodeRocDate('1120915')).toBe('2023-09-15');
    expect(decodeRocDate('1090805')).toBe('2020-08-05');
    expect(decodeRocDate('1100101')).toBe('2021-01-01');
    expect(decodeRocDate('0800101')).toBe('1991-01-01');
    expect(decodeRocDate('1991231')).toBe('2110-12-31');
  });

  it('knows leap years', () => {
    expect(decodeRocDate('1090229')).toBe('2020-02-29');
    expect(decodeRocDate('1100229')).toBeNull();
    expect(decodeRocDate('0890229')).toBe('2000-02-29'); // 2000: divisible by 400
    expect(decodeRocDate('1890229')).toBeNull(); // 2100: divisible by 100, not by 400
  });

  it('returns null for codes that are not real dates', () => {
    expect(decodeRocDate('7026672')).toBeNull(); // month 66
    expect(decodeRocDate('0200818')).toBeNull(); // would be 1931: a typo, not an editor code
  });

  it('returns null for impossible months, days and year 0', () => {
    expect(decodeRocDate('1091301')).toBeNull();
    expect(decodeRocDate('1090001')).toBeNull();
    expect(decodeRocDate('1090100')).toBeNull();
    expect(decodeRocDate('1090230')).toBeNull();
    expect(decodeRocDate('1090431')).toBeNull();
    expect(decodeRocDate('1090132')).toBeNull();
    expect(decodeRocDate('0000101')).toBeNull(); // year 0
    expect(decodeRocDate('0791231')).toBeNull(); // 1990, before the window
    expect(decodeRocDate('2000101')).toBeNull(); // 2111, after the window
  });

  it('returns null for anything but exactly seven ASCII digits', () => {
    for (const code of ['', '109080', '20200818', '10901001', '110014', '１０９０８０５', ' 1090805', '1090805\n', 'abcdefg']) {
      expect(decodeRocDate(code)).toBeNull();
    }
  });
});

describe('encodeRocDate', () => {
  it('encodes an ISO date', () => {
    expect(encodeRocDate('2023-09-15')).toBe('1120915');
    expect(encodeRocDate('1991-01-01')).toBe('0800101');
    expect(encodeRocDate('2020-02-29')).toBe('1090229');
  });

  it('round-trips every day of 2020 and 2021', () => {
    const day = new Date(Date.UTC(2020, 0, 1));
    while (day.getUTCFullYear() < 2022) {
      const iso = day.toISOString().slice(0, 10);
      expect(decodeRocDate(encodeRocDate(iso))).toBe(iso);
      day.setUTCDate(day.getUTCDate() + 1);
    }
  });

  it('throws a sentence on misuse', () => {
    expect(() => encodeRocDate('2021-02-29')).toThrow(/YYYY-MM-DD/u);
    expect(() => encodeRocDate('1990-12-31')).toThrow(RangeError);
    expect(() => encodeRocDate('2111-01-01')).toThrow(RangeError);
    expect(() => encodeRocDate('2023/09/15')).toThrow(RangeError);
  });
});
