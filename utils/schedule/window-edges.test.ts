import { describe, expect, it } from 'vitest';
import { at, utc } from './agreement-fixture';
import type { DailyWindow } from './daily-window';
import { sortedInstantsBetween } from './sorted-instants';
import { windowEdgeInstants } from './window-edges';

const SUNDAY_SMALL_HOURS: DailyWindow = { startsOn: { weekdays: [0] }, start: 120, end: 180 };
const SATURDAY_NIGHT: DailyWindow = { startsOn: { weekdays: [6] }, start: 22 * 60, end: 6 * 60 };

function edgesBetween(windows: DailyWindow[], timeZone: string, from: string, to: string): string[] {
  return utc(sortedInstantsBetween(windowEdgeInstants(windows, timeZone, at(from), at(to)), at(from), at(to)));
}

describe('windowEdgeInstants', () => {
  it.each([
    [
      'a repeated edge yields both of its instants',
      'Europe/Berlin',
      '2026-10-24T12:00:00+02:00',
      '2026-10-25T12:00:00+01:00',
      ['2026-10-24T22:00:00+02:00', '2026-10-25T02:00:00+02:00', '2026-10-25T02:00:00+01:00', '2026-10-25T03:00:00+01:00', '2026-10-25T06:00:00+01:00'],
    ],
    [
      'an edge in a gap yields nothing, an edge at 03:00 is the jump',
      'Europe/Berlin',
      '2026-03-28T12:00:00+01:00',
      '2026-03-29T12:00:00+02:00',
      ['2026-03-28T22:00:00+01:00', '2026-03-29T03:00:00+02:00', '2026-03-29T06:00:00+02:00'],
    ],
    [
      'an occurrence that began before the range still contributes its end',
      'Asia/Kolkata',
      '2026-03-29T01:00:00+05:30',
      '2026-03-29T12:00:00+05:30',
      ['2026-03-29T02:00:00+05:30', '2026-03-29T03:00:00+05:30', '2026-03-29T06:00:00+05:30'],
    ],
  ])('%s', (_, timeZone, from, to, expected) => {
    expect(edgesBetween([SUNDAY_SMALL_HOURS, SATURDAY_NIGHT], timeZone, from, to)).toEqual(utc(expected.map(at)));
  });
});
