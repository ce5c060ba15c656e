import { getTimezoneOffset } from 'date-fns-tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatZoned, zonedDate } from '../../src/time/zoned.js';

/** The offset formatZoned writes, in ms. */
function zoneOffsetMs(ms: number, zone: string): number {
  const text = formatZoned(ms, zone);
  const local = Date.parse(`${text.slice(0, 19)}Z`);
  return local - Math.floor(ms / 1000) * 1000;
}

const zones = ['Asia/Taipei', 'UTC', 'Etc/UTC', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Africa/Monrovia', 'Pacific/Chatham', 'Europe/London', 'America/St_Johns'];

describe('zoneOffsetMs', () => {
  it('gives the wall clock Intl gives, from 1900 to 2100, in zones with odd offsets and DST', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (zone, ms) => {
        const local = new Date(ms + zoneOffsetMs(ms, zone)).toISOString().slice(0, 19);
        expect(local).toBe(wallClock(ms, zone));
      }),
      { numRuns: 3000 },
    );
  });

  // date-fns-tz's getTimezoneOffset is off by the DST shift for an hour after a fall-back; formatInTimeZone is not.
  it('is right in the hour after a fall-back, where getTimezoneOffset is not', () => {
    const ms = Date.parse('2023-10-29T01:30:00Z');
    expect(formatZoned(ms, 'Europe/Berlin')).toBe('2023-10-29T02:30:00+01:00');
    expect(getTimezoneOffset('Europe/Berlin', new Date(ms))).toBe(2 * 3_600_000);
  });

  it('is right on both sides of a transition, on the day of it and on days before and after', () => {
    for (const iso of ['2023-03-31T14:00:00Z', '2023-04-01T13:59:59Z', '2023-04-01T14:00:00Z', '2023-04-01T20:00:00Z', '2023-04-02T14:00:00Z']) {
      const ms = Date.parse(iso);
      expect(new Date(ms + zoneOffsetMs(ms, 'Pacific/Chatham')).toISOString().slice(0, 19)).toBe(wallClock(ms, 'Pacific/Chatham'));
    }
  });

  it('formats the seed instant in Taipei', () => {
    expect(formatZoned(Date.parse('2023-09-15T07:50:00.000Z'), 'Asia/Taipei')).toBe('2023-09-15T15:50:00+08:00');
    expect(formatZoned(Date.parse('2023-09-15T07:50:00.000Z'), 'Asia/Taipei')).toBe('2023-09-15T15:50:00+08:00');
    expect(zonedDate(Date.parse('2023-09-15T16:30:00.000Z'), 'Asia/Taipei')).toBe('2023-09-16');
    expect(formatZoned(Date.parse('2023-09-15T07:50:00.000Z'), 'UTC')).toBe('2023-09-15T07:50:00+00:00');
  });
});

function wallClock(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}
