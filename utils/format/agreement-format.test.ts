import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateRange, formatHour, formatTimeOfDay, formatTimeRange, formatWeekDate, formatWeekday, formatWeekdays } from './agreement-format';

describe('agreement values in the reader’s language', () => {
  it.each([
    ['19:00', 'en-US', '7:00 PM'],
    ['19:00', 'de', '19:00'],
    ['07:15', 'en-GB', '07:15'],
    ['24:00', 'de', '24:00'],
    ['24:00', 'en-GB', '24:00'],
    ['24:00', 'en-US', '12:00 AM'],
    ['00:00', 'de', '00:00'],
    ['00:00', 'en-US', '12:00 AM'],
  ])('time %s in %s', (time, locale, expected) => {
    expect(formatTimeOfDay(time, locale).replace(/\s/g, ' ')).toBe(expected);
  });

  it.each([
    ['19:00', '07:00', 'de', '19:00–07:00'],
    ['14:00', '24:00', 'de', '14:00–24:00'],
    ['14:00', '24:00', 'en-US', '2:00 PM–12:00 AM'],
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

  it('names one weekday, long by default', () => {
    expect(formatWeekday('sun', 'en-US')).toBe('Sunday');
    expect(formatWeekday('mon', 'de')).toBe('Montag');
    expect(formatWeekday('sat', 'de', 'short')).toBe('Sa');
  });

  it.each([
    ['2026-12-05', 'en-US', 'Dec 5, 2026'],
    ['2026-12-05', 'de', '05.12.2026'],
    ['2026-01-01', 'en-GB', '1 Jan 2026'],
  ])('date %s in %s, whatever the machine’s zone', (date, locale, expected) => {
    expect(formatCalendarDate(date, locale)).toBe(expected);
  });

  it.each([
    ['2026-11-23', 'en-US', 'long', 'Monday, November 23'],
    ['2026-11-23', 'de', 'long', 'Montag, 23. November'],
    ['2026-11-29', 'en-US', 'short', 'Sun, 11/29'],
    ['2026-11-29', 'de', 'short', 'So., 29.11.'],
  ] as const)('week day %s in %s, %s', (date, locale, style, expected) => {
    expect(formatWeekDate(date, locale, style)).toBe(expected);
  });

  it.each([
    ['2026-11-23', '2026-11-29', 'en-US', 'Nov 23 – 29, 2026'],
    ['2026-11-23', '2026-11-29', 'de', '23.–29.11.2026'],
    ['2026-12-28', '2027-01-03', 'en-GB', '28 Dec 2026 – 3 Jan 2027'],
  ])('week %s to %s in %s', (first, last, locale, expected) => {
    expect(formatDateRange(first, last, locale).replace(/\s/g, ' ')).toBe(expected);
  });

  it.each([
    [6, 'en-US', '6 AM'],
    [18, 'de', '18 Uhr'],
    [24, 'en-GB', '00'],
  ])('hour %s in %s', (hour, locale, expected) => {
    expect(formatHour(hour, locale).replace(/\s/g, ' ')).toBe(expected);
  });
});
