import { describe, expect, it } from 'vitest';
import { addDays, dateOfUtcMs, datesThrough, utcMsOfDate, weekdayOfDate } from './calendar-date';

describe('calendar dates', () => {
  it.each([
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-10-25', 7, '2026-11-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 0, '2026-03-29'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-03-29', 0],
    ['2026-06-01', 1],
    ['2026-12-24', 4],
    ['2026-10-30', 5],
    ['2000-01-01', 6],
  ])('%s falls on weekday %i', (date, weekday) => {
    expect(weekdayOfDate(date)).toBe(weekday);
  });

  it('lists every date in a range, both ends included, across a year end', () => {
    expect(datesThrough('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(datesThrough('2026-12-30', '2026-12-30')).toEqual(['2026-12-30']);
    expect(datesThrough('2026-12-30', '2026-12-29')).toEqual([]);
  });

  it('round-trips a date through the UTC day count', () => {
    expect(utcMsOfDate('2026-10-25')).toBe(Date.parse('2026-10-25T00:00:00Z'));
    expect(dateOfUtcMs(Date.parse('2026-10-25T23:59:59.999Z'))).toBe('2026-10-25');
  });
});
