import { describe, expect, it } from 'vitest';
import { addDays } from '../schedule/calendar-date';
import { at } from '../schedule/agreement-fixture';
import { weekBounds, weekFirstDate } from '../schedule/week-bounds';
import { household } from '../status/status-fixture';
import { dayHourStrip, type StripDay } from './day-hour-strip';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const berlin = household();
const zone = [{ kind: 'zone' as const, id: 'evenings', label: 'Family evenings', mode: 'dim' as const }];

function stripOf(instant: number, slices: Array<{ start: number; end: number; zones?: typeof zone }> = []): StripDay[] {
  const { start, end } = weekBounds(berlin, instant);
  const first = weekFirstDate(berlin, instant);
  const dates = Array.from({ length: 7 }, (_, index) => addDays(first, index));
  return dayHourStrip(slices.map((slice) => ({ zones: [], ...slice })), berlin, start, end, dates);
}
const cell = (strip: StripDay[], date: string, hour: number) => strip.find((day) => day.date === date)!.hours[hour]!;
const total = (strip: StripDay[], field: 'lengthMs' | 'workMs') => strip.flatMap((day) => day.hours).reduce((sum, each) => sum + each[field], 0);

describe('dayHourStrip', () => {
  const week = at('2026-11-25T12:00:00+01:00');

  it('has 24 one-hour cells a day in an ordinary week', () => {
    const strip = stripOf(week);
    expect(strip.map((day) => day.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(strip.every((day) => day.hours.length === 24 && day.hours.every((each) => each.lengthMs === HOUR))).toBe(true);
  });

  it('puts work in the hours it was done, split where an hour ends, and keeps what was in a zone', () => {
    const strip = stripOf(week, [
      { start: at('2026-11-23T20:00:00+01:00'), end: at('2026-11-23T20:30:00+01:00'), zones: zone },
      { start: at('2026-11-24T18:40:00+01:00'), end: at('2026-11-24T19:20:00+01:00') },
      // Outside the week: left out.
      { start: at('2026-11-30T20:00:00+01:00'), end: at('2026-11-30T21:00:00+01:00') },
    ]);
    expect(cell(strip, '2026-11-23', 20)).toMatchObject({ workMs: 30 * MINUTE, inZoneMs: 30 * MINUTE });
    expect(cell(strip, '2026-11-24', 18)).toMatchObject({ workMs: 20 * MINUTE, inZoneMs: 0 });
    expect(cell(strip, '2026-11-24', 19).workMs).toBe(20 * MINUTE);
    expect(total(strip, 'workMs')).toBe(70 * MINUTE);
  });

  it('marks the hours the agreed zones guard, a zone past midnight on the next morning, but not rituals', () => {
    const strip = stripOf(week);
    const zoned = (date: string) => strip.find((day) => day.date === date)!.hours.filter((each) => each.zoneMs === HOUR).map((each) => each.hour);
    // Family evenings: weekdays 19:00 to 07:00; the Saturday market 08:00 to 12:00 (tracked, still agreed).
    expect(zoned('2026-11-23')).toEqual([19, 20, 21, 22, 23]);
    expect(zoned('2026-11-24')).toEqual([0, 1, 2, 3, 4, 5, 6, 19, 20, 21, 22, 23]);
    expect(zoned('2026-11-28')).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11]);
    expect(zoned('2026-11-29')).toEqual([]);
  });

  it('gives the hour the clock shows twice in autumn two hours, and counts its work once each', () => {
    // Berlin, Sunday 25 October 2026: 03:00 summer time becomes 02:00 winter time.
    const strip = stripOf(at('2026-10-22T12:00:00+02:00'), [{ start: at('2026-10-25T02:30:00+02:00'), end: at('2026-10-25T02:30:00+01:00') }]);
    expect(cell(strip, '2026-10-25', 2)).toMatchObject({ lengthMs: 2 * HOUR, workMs: HOUR });
    expect(cell(strip, '2026-10-25', 3).lengthMs).toBe(HOUR);
    expect(total(strip, 'lengthMs')).toBe(7 * 24 * HOUR + HOUR);
  });

  it('leaves the hour the clock skips in spring empty, its neighbours whole', () => {
    // Berlin, Sunday 29 March 2026: 02:00 winter time becomes 03:00 summer time.
    const strip = stripOf(at('2026-03-26T12:00:00+01:00'), [{ start: at('2026-03-29T01:30:00+01:00'), end: at('2026-03-29T03:30:00+02:00') }]);
    expect(cell(strip, '2026-03-29', 2)).toMatchObject({ lengthMs: 0, workMs: 0 });
    expect(cell(strip, '2026-03-29', 1).workMs).toBe(30 * MINUTE);
    expect(cell(strip, '2026-03-29', 3).workMs).toBe(30 * MINUTE);
    expect(total(strip, 'lengthMs')).toBe(7 * 24 * HOUR - HOUR);
  });

  it('follows a zone with a half-hour offset by its own wall clock', () => {
    const kolkata = household({}, 'Asia/Kolkata');
    const { start, end } = weekBounds(kolkata, at('2026-11-25T12:00:00+05:30'));
    const dates = Array.from({ length: 7 }, (_, index) => addDays(weekFirstDate(kolkata, start), index));
    const strip = dayHourStrip([{ start: at('2026-11-23T20:15:00+05:30'), end: at('2026-11-23T21:15:00+05:30'), zones: [] }], kolkata, start, end, dates);
    expect(strip[0]!.hours[20]).toMatchObject({ lengthMs: HOUR, workMs: 45 * MINUTE, zoneMs: HOUR });
    expect(strip[0]!.hours[21]!.workMs).toBe(15 * MINUTE);
  });
});
