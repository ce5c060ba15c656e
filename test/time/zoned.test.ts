import fc from 'fast-check';
import { getTimezoneOffset } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { createZoneClock, formatZoned } from '../../src/time/zoned.js';

const zones = ['Asia/Taipei', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Europe/London', 'Europe/Berlin', 'America/St_Johns'];

describe('ZoneClock', () => {
  it('writes what date-fns-tz formatInTimeZone writes, 1970–2100, in zones with odd offsets and DST', () => {
    const clock = createZoneClock();
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (zone, ms) => {
        expect(clock.format(ms, zone)).toBe(formatZoned(ms, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('is right on both sides of a transition and in the hour after a fall-back', () => {
    const clock = createZoneClock();
    const fallBack = Date.parse('2023-10-29T01:30:00Z');
    expect(clock.format(Date.parse('2023-10-29T00:30:00Z'), 'Europe/Berlin')).toBe('2023-10-29T02:30:00+02:00');
    expect(clock.format(fallBack, 'Europe/Berlin')).toBe('2023-10-29T02:30:00+01:00');
    expect(clock.format(Date.parse('2023-10-29T02:30:00Z'), 'Europe/Berlin')).toBe('2023-10-29T03:30:00+01:00');
    // The reason getTimezoneOffset is not used: it still says +2 there.
    expect(getTimezoneOffset('Europe/Berlin', new Date(fallBack))).toBe(2 * 3_600_000);
  });

  it('formats the seed instant in Taipei, and UTC with +00:00', () => {
    const clock = createZoneClock();
    expect(clock.format(Date.parse('2023-09-15T07:50:00.000Z'), 'Asia/Taipei')).toBe('2023-09-15T15:50:00+08:00');
    expect(clock.format(Date.parse('2023-09-15T16:30:00.000Z'), 'Asia/Taipei')).toBe('2023-09-16T00:30:00+08:00');
    expect(clock.format(Date.parse('2023-09-15T07:50:00.000Z'), 'UTC')).toBe('2023-09-15T07:50:00+00:00');
  });

  it('stays bounded: forgets its days past the limit and stays right', () => {
    const clock = createZoneClock(2);
    for (let day = 0; day < 10; day += 1) {
      const ms = Date.UTC(2023, 0, 1 + day, 12);
      expect(clock.format(ms, 'Asia/Taipei')).toBe(formatZoned(ms, 'Asia/Taipei'));
    }
  });
});
