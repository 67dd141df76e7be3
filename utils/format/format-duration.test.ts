import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { formatDay, formatWeekdayTime } from './format-day';
import { formatDuration } from './format-duration';

const MINUTE = 60_000;

describe('formatDuration', () => {
  it.each([
    [0, 'en', '0 min'],
    [29_999, 'en', '0 min'],
    [45 * MINUTE, 'en', '45 min'],
    [60 * MINUTE, 'en', '1 hr'],
    [65 * MINUTE + 20_000, 'en', '1 hr 5 min'],
    [150 * MINUTE, 'de', '2 Std. 30 Min.'],
    [-5 * MINUTE, 'en', '0 min'],
  ])('%d ms in %s reads "%s"', (ms, locale, expected) => {
    expect(formatDuration(ms, locale)).toBe(expected);
  });
});

describe('formatDay', () => {
  it.each([
    ['en', 'Mon, Nov 23'],
    ['de', 'Mo., 23. Nov.'],
  ])('in %s', (locale, expected) => {
    expect(formatDay('2026-11-23', locale)).toBe(expected);
  });
});

describe('formatWeekdayTime', () => {
  it("reads the household's clock, not the machine's", () => {
    expect(formatWeekdayTime(at('2026-11-23T20:00:00+01:00'), 'Europe/Berlin', 'en-GB')).toBe('Mon 20:00');
    expect(formatWeekdayTime(at('2026-11-23T20:00:00+01:00'), 'America/New_York', 'de')).toBe('Mo., 14:00');
  });

  it('writes the hour as the locale does: no leading zero in American English, always two digits in German', () => {
    expect(formatWeekdayTime(at('2026-11-23T07:05:00+01:00'), 'Europe/Berlin', 'en-US')).toMatch(/^Mon 7:05\sAM$/);
    expect(formatWeekdayTime(at('2026-11-23T07:05:00+01:00'), 'Europe/Berlin', 'de')).toBe('Mo., 07:05');
  });
});
