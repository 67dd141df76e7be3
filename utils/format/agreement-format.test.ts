import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatTimeOfDay, formatTimeRange, formatWeekdays } from './agreement-format';

describe('agreement values in the reader’s language', () => {
  it.each([
    ['19:00', 'en-US', '07:00 PM'],
    ['19:00', 'de', '19:00'],
    ['07:15', 'en-GB', '07:15'],
    ['24:00', 'de', '00:00'],
    ['00:00', 'en-US', '12:00 AM'],
  ])('time %s in %s', (time, locale, expected) => {
    expect(formatTimeOfDay(time, locale).replace(/\s/g, ' ')).toBe(expected);
  });

  it.each([
    ['19:00', '07:00', 'de', '19:00–07:00'],
    ['14:00', '24:00', 'de', '14:00–00:00'],
    ['00:00', '24:00', 'en-US', null],
  ])('range %s–%s in %s', (start, end, locale, expected) => {
    expect(formatTimeRange(start, end, locale)?.replace(/\s/g, ' ') ?? null).toBe(expected);
  });

  it.each([
    [['mon', 'tue', 'wed'] as const, 'en-US', 'Mon, Tue, and Wed'],
    [['mon', 'tue', 'wed'] as const, 'de', 'Mo, Di und Mi'],
    [['sun'] as const, 'de', 'So'],
    [['sat', 'sun'] as const, 'en-GB', 'Sat and Sun'],
  ])('weekdays %j in %s', (days, locale, expected) => {
    expect(formatWeekdays(days, locale)).toBe(expected);
  });

  it.each([
    ['2026-12-05', 'en-US', 'Dec 5, 2026'],
    ['2026-12-05', 'de', '05.12.2026'],
    ['2026-01-01', 'en-GB', '1 Jan 2026'],
  ])('date %s in %s, whatever the machine’s zone', (date, locale, expected) => {
    expect(formatCalendarDate(date, locale)).toBe(expected);
  });
});
