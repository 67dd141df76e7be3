import { describe, expect, it } from 'vitest';
import { crossesMidnight, isInsideWindow, windowEdgesOn, type DailyWindow } from './daily-window';

const FRIDAY_NIGHT: DailyWindow = { startsOn: { weekdays: [5] }, start: 19 * 60, end: 7 * 60 };
const MONDAY_TO_MIDNIGHT: DailyWindow = { startsOn: { weekdays: [1] }, start: 8 * 60, end: 24 * 60 };
const SUNDAY: DailyWindow = { startsOn: { weekdays: [0] }, start: 0, end: 24 * 60 };
const CHRISTMAS_EVE: DailyWindow = { startsOn: { date: '2026-12-24' }, start: 14 * 60, end: 24 * 60 };
const NEW_YEARS_EVE: DailyWindow = { startsOn: { date: '2026-12-31' }, start: 22 * 60, end: 2 * 60 };

describe('crossesMidnight', () => {
  it.each([
    ['19:00–07:00', FRIDAY_NIGHT, true],
    ['22:00–02:00', NEW_YEARS_EVE, true],
    ['08:00–24:00', MONDAY_TO_MIDNIGHT, false],
    ['00:00–24:00', SUNDAY, false],
  ])('%s: %s', (_, window, expected) => {
    expect(crossesMidnight(window)).toBe(expected);
  });
});

describe('isInsideWindow', () => {
  it.each([
    // Friday 19:00 → Saturday 07:00: starts on Friday, runs into Saturday, half-open at both ends.
    ['Fri 18:59', FRIDAY_NIGHT, '2026-10-23', 5, 1139, false],
    ['Fri 19:00 (start is inside)', FRIDAY_NIGHT, '2026-10-23', 5, 1140, true],
    ['Fri 23:59', FRIDAY_NIGHT, '2026-10-23', 5, 1439, true],
    ['Sat 00:00', FRIDAY_NIGHT, '2026-10-24', 6, 0, true],
    ['Sat 06:59', FRIDAY_NIGHT, '2026-10-24', 6, 419, true],
    ['Sat 07:00 (end is outside)', FRIDAY_NIGHT, '2026-10-24', 6, 420, false],
    ['Sat 19:00 (Saturday is not a start day)', FRIDAY_NIGHT, '2026-10-24', 6, 1140, false],
    ['Fri 06:00 (Thursday is not a start day)', FRIDAY_NIGHT, '2026-10-23', 5, 360, false],
    // "24:00" ends the window at midnight without carrying it into the next day.
    ['Mon 23:59 until 24:00', MONDAY_TO_MIDNIGHT, '2026-10-26', 1, 1439, true],
    ['Tue 00:00 after a 24:00 end', MONDAY_TO_MIDNIGHT, '2026-10-27', 2, 0, false],
    ['Mon 07:59', MONDAY_TO_MIDNIGHT, '2026-10-26', 1, 479, false],
    ['Sun 00:00 whole day', SUNDAY, '2026-10-25', 0, 0, true],
    ['Sun 23:59 whole day', SUNDAY, '2026-10-25', 0, 1439, true],
    ['Sat 23:59 before the whole day', SUNDAY, '2026-10-24', 6, 1439, false],
    ['Mon 00:00 after the whole day', SUNDAY, '2026-10-26', 1, 0, false],
    // Windows on a date ignore the weekday and carry across midnight, even into a new year.
    ['24 Dec 14:00', CHRISTMAS_EVE, '2026-12-24', 4, 840, true],
    ['24 Dec 13:59', CHRISTMAS_EVE, '2026-12-24', 4, 839, false],
    ['25 Dec 00:00', CHRISTMAS_EVE, '2026-12-25', 5, 0, false],
    ['24 Dec 14:00 a year later', CHRISTMAS_EVE, '2027-12-24', 5, 840, false],
    ['31 Dec 22:00', NEW_YEARS_EVE, '2026-12-31', 4, 1320, true],
    ['1 Jan 01:59', NEW_YEARS_EVE, '2027-01-01', 5, 119, true],
    ['1 Jan 02:00', NEW_YEARS_EVE, '2027-01-01', 5, 120, false],
    ['31 Dec 01:00 (before its start)', NEW_YEARS_EVE, '2026-12-31', 4, 60, false],
  ])('%s', (_, window, date, weekday, minute, expected) => {
    expect(isInsideWindow(window, { date, weekday, minute })).toBe(expected);
  });
});

describe('windowEdgesOn', () => {
  it.each([
    ['a crossing window ends the next day', FRIDAY_NIGHT, '2026-10-23', 5, [{ date: '2026-10-23', minute: 1140 }, { date: '2026-10-24', minute: 420 }]],
    ['nothing on a day it does not start', FRIDAY_NIGHT, '2026-10-24', 6, []],
    ['a 24:00 end is minute 1440 of its own day', MONDAY_TO_MIDNIGHT, '2026-10-26', 1, [{ date: '2026-10-26', minute: 480 }, { date: '2026-10-26', minute: 1440 }]],
    ['a dated window crossing into a new year', NEW_YEARS_EVE, '2026-12-31', 4, [{ date: '2026-12-31', minute: 1320 }, { date: '2027-01-01', minute: 120 }]],
  ])('%s', (_, window, date, weekday, expected) => {
    expect(windowEdgesOn(window, date, weekday)).toEqual(expected);
  });
});
