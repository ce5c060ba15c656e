import fc from 'fast-check';
import { formatInTimeZone, getTimezoneOffset } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { createZoneClock, formatZoned } from '../../src/time/zoned.js';

const zones = ['Asia/Taipei', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Europe/London', 'Europe/Berlin', 'America/St_Johns'];

/**
 * The oracle: date-fns-tz's own formatter. Its date and time come from a
 * Date's local fields, right only when the host's time zone has no gap at
 * that wall-clock time; the tests that use it run with the host in UTC.
 */
const formatted = (ms: number, zone: string): string => formatInTimeZone(ms, zone, "yyyy-MM-dd'T'HH:mm:ssxxx");

/** The same instant written by hand from an offset in hours: `2023-03-26T02:30:00+01:00`. */
const written = (ms: number, hours: number): string => `${new Date(ms + hours * 3_600_000).toISOString().slice(0, 19)}${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;

/** Run `check` with the host's time zone set to `zone` (Node applies a change of TZ at once). */
function withHostZone(zone: string, check: () => void): void {
  const saved = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    check();
  } finally {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  }
}

describe('ZoneClock', () => {
  it('writes what date-fns-tz formatInTimeZone writes, 1970–2100, in zones with odd offsets and DST', () => {
    const clock = createZoneClock();
    withHostZone('UTC', () =>
      fc.assert(
        fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (zone, ms) => {
          expect(clock.format(ms, zone)).toBe(formatted(ms, zone));
          expect(formatZoned(ms, zone)).toBe(formatted(ms, zone));
        }),
        { numRuns: 3000 },
      ),
    );
  });

  it('does not depend on the host time zone: London around its 2023 transitions on a host set to Berlin, New York or Lord Howe time', () => {
    // London springs forward at 01:00 UTC on 26 March (02:00 local, the hour Berlin also skips) and falls back at 01:00 UTC on 29 October.
    const spring = Date.UTC(2023, 2, 26, 1);
    const autumn = Date.UTC(2023, 9, 29, 1);
    for (const host of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'UTC']) {
      withHostZone(host, () => {
        if (host === 'Europe/Berlin') expect(new Date(Date.UTC(2023, 6, 1)).getTimezoneOffset()).toBe(-120);
        for (let at = -3_600_000; at <= 3_600_000; at += 60_000) {
          for (const [edge, before, after] of [[spring, 0, 1], [autumn, 1, 0]] as const) {
            const ms = edge + at;
            const expected = written(ms, ms < edge ? before : after);
            expect(formatZoned(ms, 'Europe/London')).toBe(expected);
            expect(createZoneClock().format(ms, 'Europe/London')).toBe(expected);
          }
        }
      });
    }
  });

  it('writes what formatInTimeZone writes within an hour of every transition of 2023 in those zones', () => {
    withHostZone('UTC', () => {
      for (const zone of zones) {
        let previous = formatted(Date.UTC(2023, 0, 1), zone).slice(-6);
        for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2024, 0, 1); ms += 3_600_000) {
          const offset = formatted(ms, zone).slice(-6);
          if (offset === previous) continue;
          previous = offset;
          for (let at = ms - 3_600_000; at <= ms + 3_600_000; at += 60_000) {
            expect(formatZoned(at, zone)).toBe(formatted(at, zone));
            expect(createZoneClock().format(at, zone)).toBe(formatted(at, zone));
          }
        }
      }
    });
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
      expect(clock.format(ms, 'Asia/Taipei')).toBe(written(ms, 8));
    }
  });
});
