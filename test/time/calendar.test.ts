import { describe, expect, it } from 'vitest';
import { daysBetween, isoDate } from '../../src/time/calendar.js';

describe('daysBetween', () => {
  it('counts whole days, signed, across month, year and leap-day boundaries', () => {
    expect(daysBetween('2023-09-15', '2023-09-15')).toBe(0);
    expect(daysBetween('2023-09-15', '2023-09-17')).toBe(2);
    expect(daysBetween('2023-09-17', '2023-09-15')).toBe(-2);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2020-08-03', '2021-08-03')).toBe(365);
  });

  it('reads years below 100 as such, not as 19xx', () => {
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    expect(daysBetween('0099-01-01', '1999-01-01')).toBe(693_960);
  });

  it('agrees with Date.parse over every day pair of a leap year and its neighbours', () => {
    const days: string[] = [];
    for (let y = 2023; y <= 2025; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 31; d++) {
          const date = isoDate(y, m, d);
          if (date !== null) days.push(date);
        }
    const parsed = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    for (let i = 0; i < days.length; i += 7)
      for (let j = 0; j < days.length; j += 11) expect(daysBetween(days[i]!, days[j]!)).toBe(parsed(days[j]!) - parsed(days[i]!));
  });
});
