import { describe, expect, it } from 'vitest';
import { agreementIn, at, BREAKFAST, utc, WALK } from './agreement-fixture';
import { currentRituals, nextRitual, ritualOccurrences } from './rituals';

const DATE_NIGHT = {
  id: 'date-night',
  label: 'Dream date',
  recurrence: { kind: 'monthly', week: -1, day: 'fri' },
  time: '20:00',
  durationMinutes: 180,
  reminderMinutes: 120,
  protected: true,
};
const PLANNING = {
  id: 'planning',
  label: 'Month planning',
  recurrence: { kind: 'monthly', week: 1, day: 'mon' },
  time: '09:00',
  durationMinutes: 60,
  reminderMinutes: 0,
  protected: false,
};

const berlin = agreementIn('Europe/Berlin', { rituals: [BREAKFAST, WALK, DATE_NIGHT, PLANNING] });

const daily = (time: string, durationMinutes: number, reminderMinutes = 10) => ({
  id: 'daily',
  label: 'Daily',
  recurrence: { kind: 'daily' },
  time,
  durationMinutes,
  reminderMinutes,
  protected: true,
});

describe('ritualOccurrences', () => {
  it('lists daily, weekly and monthly occurrences in order of start', () => {
    const occurrences = ritualOccurrences(berlin, at('2026-10-29T00:00:00+01:00'), at('2026-10-31T00:00:00+01:00'));
    expect(occurrences.map((o) => [o.ritualId, new Date(o.start).toISOString()])).toEqual([
      ['breakfast', new Date(at('2026-10-29T07:15:00+01:00')).toISOString()],
      ['walk', new Date(at('2026-10-29T19:30:00+01:00')).toISOString()],
      ['breakfast', new Date(at('2026-10-30T07:15:00+01:00')).toISOString()],
      ['walk', new Date(at('2026-10-30T19:30:00+01:00')).toISOString()],
      ['date-night', new Date(at('2026-10-30T20:00:00+01:00')).toISOString()],
    ]);
  });

  it('describes an occurrence fully', () => {
    const [dateNight] = ritualOccurrences(berlin, at('2026-10-30T20:00:00+01:00'), at('2026-10-30T20:00:01+01:00')).filter(
      (o) => o.ritualId === 'date-night',
    );
    expect(dateNight).toEqual({
      ritualId: 'date-night',
      label: 'Dream date',
      start: at('2026-10-30T20:00:00+01:00'),
      end: at('2026-10-30T23:00:00+01:00'),
      protected: true,
      reminderAt: at('2026-10-30T18:00:00+01:00'),
    });
  });

  it.each([
    // A time in the gap starts at the jump; the duration and reminder are real minutes.
    ['Europe/Berlin', '02:30', 60, '2026-03-29T00:00:00+01:00', '2026-03-29T03:00:00+02:00', '2026-03-29T04:00:00+02:00', '2026-03-29T01:50:00+01:00'],
    ['America/New_York', '02:15', 30, '2026-03-08T00:00:00-05:00', '2026-03-08T03:00:00-04:00', '2026-03-08T03:30:00-04:00', '2026-03-08T01:50:00-05:00'],
    ['Australia/Sydney', '02:15', 30, '2026-10-04T00:00:00+10:00', '2026-10-04T03:00:00+11:00', '2026-10-04T03:30:00+11:00', '2026-10-04T01:50:00+10:00'],
    ['America/St_Johns', '02:15', 30, '2026-03-08T00:00:00-03:30', '2026-03-08T03:00:00-02:30', '2026-03-08T03:30:00-02:30', '2026-03-08T01:50:00-03:30'],
    // A repeated time starts at its first occurrence, only once.
    ['Europe/Berlin', '02:30', 60, '2026-10-25T00:00:00+02:00', '2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00', '2026-10-25T02:20:00+02:00'],
    ['America/New_York', '01:15', 30, '2026-11-01T00:00:00-04:00', '2026-11-01T01:15:00-04:00', '2026-11-01T01:45:00-04:00', '2026-11-01T01:05:00-04:00'],
    ['Australia/Sydney', '02:15', 30, '2026-04-05T00:00:00+11:00', '2026-04-05T02:15:00+11:00', '2026-04-05T02:45:00+11:00', '2026-04-05T02:05:00+11:00'],
    ['America/St_Johns', '01:15', 30, '2026-11-01T00:00:00-02:30', '2026-11-01T01:15:00-02:30', '2026-11-01T01:45:00-02:30', '2026-11-01T01:05:00-02:30'],
    // Four real hours from midnight on a fall-back night end at 03:00 on the turned-back clock.
    ['Europe/Berlin', '00:00', 240, '2026-10-25T00:00:00+02:00', '2026-10-25T00:00:00+02:00', '2026-10-25T03:00:00+01:00', '2026-10-24T23:50:00+02:00'],
    ['Asia/Kolkata', '02:15', 30, '2026-03-29T00:00:00+05:30', '2026-03-29T02:15:00+05:30', '2026-03-29T02:45:00+05:30', '2026-03-29T02:05:00+05:30'],
  ])('%s: a daily ritual at %s for %i min on the day starting %s', (timeZone, time, duration, dayStart, start, end, reminderAt) => {
    const agreement = agreementIn(timeZone, { rituals: [daily(time, duration)] });
    // The local day is at most 25 hours; 20 hours from midnight stays inside it for these times.
    const occurrences = ritualOccurrences(agreement, at(dayStart), at(dayStart) + 20 * 3_600_000);
    expect(occurrences.map((o) => utc([o.start, o.end, o.reminderAt]))).toEqual([utc([at(start), at(end), at(reminderAt)])]);
  });

  it.each([
    ['one from the evening before, still running after midnight', 'Asia/Kolkata', '23:00', 120, '2026-06-02T00:30:00+05:30', '2026-06-01T23:00:00+05:30'],
    // 24 real hours from Saturday 23:59 CET end at Monday 00:59 CEST: the clock sprang forward on Sunday.
    ['one from two local days before, stretched by a spring-forward', 'Europe/Berlin', '23:59', 1440, '2026-03-30T00:30:00+02:00', '2026-03-28T23:59:00+01:00'],
  ])('includes %s', (_, timeZone, time, duration, from, start) => {
    const ritual = { ...daily(time, duration), recurrence: { kind: 'weekly', days: ['sat', 'mon'] } };
    const agreement = agreementIn(timeZone, { rituals: [ritual] });
    const occurrences = ritualOccurrences(agreement, at(from), at(from) + 60_000);
    expect(utc(occurrences.map((o) => o.start))).toEqual(utc([at(start)]));
  });
});

describe('nextRitual', () => {
  const monthly = agreementIn('Europe/Berlin', { rituals: [DATE_NIGHT, PLANNING] });

  it.each([
    ['the next occurrence of any ritual', berlin, '2026-10-30T19:45:00+01:00', 'date-night', '2026-10-30T20:00:00+01:00'],
    ['one starting exactly now', berlin, '2026-10-30T20:00:00+01:00', 'date-night', '2026-10-30T20:00:00+01:00'],
    ['the first Monday across a month boundary', monthly, '2026-10-31T12:00:00+01:00', 'planning', '2026-11-02T09:00:00+01:00'],
    ['the last Friday four weeks on', monthly, '2026-11-03T12:00:00+01:00', 'date-night', '2026-11-27T20:00:00+01:00'],
    ['the first Monday five weeks on', agreementIn('Europe/Berlin', { rituals: [PLANNING] }), '2026-11-02T09:00:01+01:00', 'planning', '2026-12-07T09:00:00+01:00'],
  ])('finds %s', (_, agreement, now, ritualId, start) => {
    const next = nextRitual(agreement, at(now));
    expect([next?.ritualId, utc([next?.start ?? NaN])]).toEqual([ritualId, utc([at(start)])]);
  });

  it('is null without rituals', () => {
    expect(nextRitual(agreementIn('Europe/Berlin'), at('2026-10-30T12:00:00+01:00'))).toBeNull();
  });
});

describe('currentRituals', () => {
  it.each([
    ['before breakfast', '2026-10-30T07:14:59+01:00', []],
    ['breakfast starts (start is inside)', '2026-10-30T07:15:00+01:00', ['breakfast']],
    ['breakfast ends (end is outside)', '2026-10-30T07:45:00+01:00', []],
    ['a walk and a date overlap', '2026-10-30T20:00:00+01:00', ['walk', 'date-night']],
    ['the walk is over', '2026-10-30T20:15:00+01:00', ['date-night']],
    ['the date is over', '2026-10-30T23:00:00+01:00', []],
  ])('%s', (_, now, expected) => {
    expect(currentRituals(berlin, at(now)).map((o) => o.ritualId)).toEqual(expected);
  });
});
