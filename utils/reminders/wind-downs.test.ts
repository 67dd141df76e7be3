import { describe, expect, it } from 'vitest';
import { agreementIn, at, utc } from '../schedule/agreement-fixture';
import { guardStateAt } from '../schedule/guard-state';
import { windDowns } from './wind-downs';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const ALL_WEEK = ['sun', ...WEEKDAYS, 'sat'];
const DAY = 24 * 60 * 60_000;

const household = agreementIn('Europe/Berlin', {
  zones: [
    { id: 'quiet', label: 'Quiet evening', days: WEEKDAYS, start: '19:00', end: '23:00', mode: 'dim' },
    { id: 'late', label: 'Late reading', days: ['fri'], start: '21:00', end: '22:00', mode: 'track' },
    { id: 'sunday', label: 'Our Sunday', days: ['sun'], start: '00:00', end: '24:00', mode: 'block' },
  ],
  specialDays: [{ id: 'holiday', label: 'Christmas Eve', date: '2026-12-24', start: '14:00', end: '24:00', mode: 'block' }],
  rituals: [{ id: 'story', label: 'Story time', recurrence: { kind: 'daily' }, time: '20:00', durationMinutes: 30, reminderMinutes: 5, protected: true }],
});

/** [source, at, start] as UTC text, so a failure reads as times. */
const summary = (reminders: ReturnType<typeof windDowns>) => reminders.map((r) => [`${r.mode}:${r.sourceId}`, ...utc([r.at, r.start])]);

describe('windDowns', () => {
  it.each([
    // Inside the evening a track zone and a protected ritual come and go: still guarded, no second wind-down.
    ['a weekday evening', '2026-10-23T12:00:00+02:00', [['dim:quiet', '2026-10-23T18:50:00+02:00', '2026-10-23T19:00:00+02:00']]],
    // Saturday's story time dims on its own, but the ritual's own reminder covers it.
    ['a Sunday that starts at midnight', '2026-10-24T12:00:00+02:00', [['block:sunday', '2026-10-24T23:50:00+02:00', '2026-10-25T00:00:00+02:00']]],
    // The weekly evening begins inside the special day's block: only the special day is announced.
    ['a special day', '2026-12-24T10:00:00+01:00', [['block:holiday', '2026-12-24T13:50:00+01:00', '2026-12-24T14:00:00+01:00']]],
    ['a day already blocked, the next evening beyond the horizon', '2026-10-25T01:00:00+02:00', []],
  ])('%s', (_, now, expected) => {
    const toUtc = (rows: string[][]) => rows.map(([source, ...times]) => [source, ...utc(times.map(at))]);
    expect(summary(windDowns(household, at(now), 10, DAY))).toEqual(toUtc(expected as string[][]));
  });

  it('describes a wind-down fully', () => {
    expect(windDowns(household, at('2026-10-23T12:00:00+02:00'), 10, DAY)).toEqual([
      { kind: 'wind-down', sourceId: 'quiet', label: 'Quiet evening', mode: 'dim', start: at('2026-10-23T19:00:00+02:00'), at: at('2026-10-23T18:50:00+02:00') },
    ]);
  });

  it('announces a zone that follows a track zone, which never guards', () => {
    const agreement = agreementIn('Europe/Berlin', {
      zones: [
        { id: 'tracked', label: 'Tracked', days: ALL_WEEK, start: '18:00', end: '19:00', mode: 'track' },
        { id: 'dinner', label: 'Dinner', days: ALL_WEEK, start: '19:00', end: '20:00', mode: 'dim' },
      ],
    });
    expect(summary(windDowns(agreement, at('2026-10-23T12:00:00+02:00'), 10, DAY))).toEqual([['dim:dinner', ...utc([at('2026-10-23T18:50:00+02:00'), at('2026-10-23T19:00:00+02:00')])]]);
  });

  it('stays quiet when the wind-down would fall inside an earlier zone', () => {
    const agreement = agreementIn('Europe/Berlin', {
      zones: [
        { id: 'dinner', label: 'Dinner', days: ALL_WEEK, start: '18:00', end: '19:00', mode: 'dim' },
        { id: 'bedtime', label: 'Bedtime', days: ALL_WEEK, start: '19:05', end: '20:00', mode: 'block' },
      ],
    });
    expect(summary(windDowns(agreement, at('2026-10-23T12:00:00+02:00'), 10, DAY))).toEqual([
      ['dim:dinner', ...utc([at('2026-10-23T17:50:00+02:00'), at('2026-10-23T18:00:00+02:00')])],
    ]);
  });

  it.each([
    // 02:30 does not exist on the night the clocks go forward; the guard starts when the wall clock passes it.
    ['a zone in the spring-forward gap', 'sun', '02:30', '2026-03-28T12:00:00+01:00'],
    ['a zone in the repeated hour', 'sun', '02:30', '2026-10-24T12:00:00+02:00'],
    ['a zone crossing midnight', 'sat', '22:00', '2026-10-24T12:00:00+02:00'],
  ])('starts exactly when the guard starts: %s', (_, day, start, now) => {
    const agreement = agreementIn('Europe/Berlin', { zones: [{ id: 'night', label: 'Night', days: [day], start, end: '05:00', mode: 'dim' }] });
    const [windDown] = windDowns(agreement, at(now), 10, DAY);
    expect(windDown?.start).toBe(guardStateAt(agreement, at(now)).until);
    expect(windDown!.start - windDown!.at).toBe(10 * 60_000);
  });

  it('includes a wind-down due exactly at the horizon and none past it', () => {
    const daily = agreementIn('Europe/Berlin', { zones: [{ id: 'dinner', label: 'Dinner', days: ALL_WEEK, start: '19:00', end: '20:00', mode: 'dim' }] });
    const now = at('2026-10-23T18:50:00+02:00');
    // Today's is due now, not after it; tomorrow's exactly 24 hours on.
    expect(windDowns(daily, now, 10, DAY).map((r) => r.at)).toEqual([now + DAY]);
    expect(windDowns(daily, now, 10, DAY - 1)).toEqual([]);
  });

  it('is off at 0 minutes', () => {
    expect(windDowns(household, at('2026-10-23T12:00:00+02:00'), 0, DAY)).toEqual([]);
  });
});
