import { describe, expect, it } from 'vitest';
import { agreementIn, at, utc } from '../schedule/agreement-fixture';
import { dueReminders, LATE_LIMIT_MS, planReminders, type Reminder } from './reminder-plan';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const ritual = (id: string, time: string, reminderMinutes: number, extra: Record<string, unknown> = {}) => ({
  id,
  label: id,
  recurrence: { kind: 'daily' },
  time,
  durationMinutes: 30,
  reminderMinutes,
  protected: false,
  ...extra,
});

const household = agreementIn('Europe/Berlin', {
  zones: [{ id: 'quiet', label: 'Quiet evening', days: WEEKDAYS, start: '19:00', end: '23:00', mode: 'dim' }],
  rituals: [
    ritual('walk', '19:30', 15),
    ritual('story', '20:00', 5, { protected: true }),
    ritual('planning', '09:00', 0),
    // Reminded two hours ahead: tomorrow's reminder falls inside the horizon, its start outside.
    ritual('lunch', '13:30', 120),
    // Its reminder coincides with the wind-down: the ritual comes first.
    ritual('tea', '19:05', 15),
  ],
});

const summary = (plan: readonly Reminder[]) =>
  plan.map((r) => `${r.kind}:${r.kind === 'ritual' ? r.ritualId : r.kind === 'date' ? `${r.about}:${r.id}` : r.sourceId} ${new Date(r.at).toISOString()}`);

describe('planReminders', () => {
  it('lists ritual reminders and wind-downs in the next 24 hours by time', () => {
    // Friday noon: today's lunch reminder (11:30) has passed; a ritual with no reminder is never announced.
    const plan = planReminders(household, at('2026-10-23T12:00:00+02:00'), { windDownMinutes: 10 });
    expect(summary(plan)).toEqual([
      `ritual:tea ${utc([at('2026-10-23T18:50:00+02:00')])[0]}`,
      `wind-down:quiet ${utc([at('2026-10-23T18:50:00+02:00')])[0]}`,
      `ritual:walk ${utc([at('2026-10-23T19:15:00+02:00')])[0]}`,
      `ritual:story ${utc([at('2026-10-23T19:55:00+02:00')])[0]}`,
      `ritual:lunch ${utc([at('2026-10-24T11:30:00+02:00')])[0]}`,
    ]);
  });

  it('describes a ritual reminder fully', () => {
    const [walk] = planReminders(household, at('2026-10-23T19:00:00+02:00'), { windDownMinutes: 10 });
    expect(walk).toEqual({ kind: 'ritual', ritualId: 'walk', label: 'walk', start: at('2026-10-23T19:30:00+02:00'), at: at('2026-10-23T19:15:00+02:00'), checkIn: false });
  });

  it('says which ritual is the weekly check-in', () => {
    const withCheckIn = { ...household, rituals: household.rituals.map((ritual) => (ritual.id === 'walk' ? { ...ritual, checkIn: true } : ritual)) };
    const plan = planReminders(withCheckIn, at('2026-10-23T12:00:00+02:00'), { windDownMinutes: 0 });
    expect(plan.map((reminder) => reminder.kind === 'ritual' && `${reminder.ritualId}:${reminder.checkIn}`)).toEqual(['tea:false', 'walk:true', 'story:false', 'lunch:false']);
  });

  it('leaves out wind-downs when they are turned off', () => {
    const plan = planReminders(household, at('2026-10-23T12:00:00+02:00'), { windDownMinutes: 0 });
    expect(plan.every((reminder) => reminder.kind === 'ritual')).toBe(true);
  });

  it.each([
    // The clocks go back on 25 October: 19:30 is still 19:30 on the wall, an hour later in UTC.
    ['the day the clocks go back', '2026-10-25T12:00:00+01:00', '2026-10-25T19:15:00+01:00'],
    ['the day the clocks go forward', '2026-03-29T12:00:00+02:00', '2026-03-29T19:15:00+02:00'],
  ])('reminds at wall time on %s', (_, now, expected) => {
    const walk = planReminders(household, at(now), { windDownMinutes: 10 }).find((r) => r.kind === 'ritual' && r.ritualId === 'walk');
    expect(utc([walk!.at])).toEqual(utc([at(expected)]));
  });

  it('reads a ritual in a non-European zone in that zone', () => {
    const auckland = agreementIn('Pacific/Auckland', { rituals: [ritual('breakfast', '07:15', 10)] });
    const [first] = planReminders(auckland, at('2026-10-23T12:00:00+13:00'), { windDownMinutes: 10 });
    expect(utc([first!.at])).toEqual(utc([at('2026-10-24T07:05:00+13:00')]));
  });
});

describe('dueReminders', () => {
  const AT = at('2026-10-23T19:15:00+02:00');
  const START = at('2026-10-23T19:30:00+02:00');
  const walk: Reminder = { kind: 'ritual', ritualId: 'walk', label: 'Walk', start: START, at: AT, checkIn: false };
  const minutes = (n: number) => n * 60_000;

  it.each([
    ['due exactly at the end of the look', AT - minutes(1), AT, true],
    ['due since the last look', AT - minutes(1), AT + 1000, true],
    ['shown at the last look already', AT, AT + minutes(1), false],
    ['not due yet', AT - minutes(2), AT - 1, false],
    ['exactly at the late limit', AT - 1, AT + LATE_LIMIT_MS, true],
    ['stale: the worker slept past the late limit', AT - 1, AT + LATE_LIMIT_MS + 1, false],
    ['after the ritual began', AT - 1, START, false],
  ])('%s', (_, from, to, shown) => {
    expect(dueReminders([walk], from, to)).toEqual(shown ? [walk] : []);
  });

  it('keeps the plan order', () => {
    const second = { ...walk, ritualId: 'story', at: AT + 1000 };
    expect(dueReminders([walk, second], AT - 1, AT + 2000)).toEqual([walk, second]);
  });
});
