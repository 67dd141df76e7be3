import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { beforeWatching, firstWholeDay, watchedDays } from './watched-days';

const TZ = 'Europe/Berlin';
const H = 3_600_000;
const day = (date: string, inHours = 0, afterHours = 0) => ({ date, inHoursMs: inHours * H, afterHoursMs: afterHours * H });

describe('watched days', () => {
  it('counts the first day whole only when the first agreement took effect at its midnight', () => {
    expect(firstWholeDay({ watchedSince: at('2026-11-24T00:00:00+01:00'), timeZone: TZ })).toBe('2026-11-24');
    expect(firstWholeDay({ watchedSince: at('2026-11-24T00:00:01+01:00'), timeZone: TZ })).toBe('2026-11-25');
    expect(firstWholeDay({ watchedSince: at('2026-11-24T23:59:00+01:00'), timeZone: TZ })).toBe('2026-11-25');
  });

  it("reads the household's own date, not UTC's", () => {
    // 23:30 UTC on the 23rd is already the 24th in Berlin, and its midnight is 23:00 UTC.
    expect(firstWholeDay({ watchedSince: Date.parse('2026-11-23T23:00:00Z'), timeZone: TZ })).toBe('2026-11-24');
    expect(firstWholeDay({ watchedSince: Date.parse('2026-11-23T23:30:00Z'), timeZone: TZ })).toBe('2026-11-25');
  });

  it('keeps the days watched whole and the days with work seen, and names the empty days before Hearth began', () => {
    const report = { watchedSince: at('2026-11-25T15:00:00+01:00'), timeZone: TZ };
    const days = [day('2026-11-23'), day('2026-11-24'), day('2026-11-25', 0, 1), day('2026-11-26'), day('2026-11-27', 2)];
    expect(watchedDays(days, report).map((each) => each.date)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
    expect(days.filter((each) => beforeWatching(each, report)).map((each) => each.date)).toEqual(['2026-11-23', '2026-11-24']);
    // The day it began is partly watched: its figures are true for the part it saw, so they are shown.
    expect(beforeWatching(day('2026-11-25'), report)).toBe(false);
  });
});
