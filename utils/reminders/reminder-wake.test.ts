import { describe, expect, it } from 'vitest';
import { agreementIn, at } from '../schedule/agreement-fixture';
import { planReminders, REMINDER_HORIZON_MS } from './reminder-plan';
import { nextReminderWake } from './reminder-wake';
import { effectiveAgreement } from '../plans/plan-agreement';

const household = agreementIn('Europe/Berlin', {
  zones: [{ id: 'quiet', label: 'Quiet evening', days: ['fri'], start: '19:00', end: '23:00', mode: 'dim' }],
  rituals: [
    { id: 'walk', label: 'Walk', recurrence: { kind: 'weekly', days: ['fri'] }, time: '19:30', durationMinutes: 45, reminderMinutes: 15, protected: false },
    { id: 'planning', label: 'Planning', recurrence: { kind: 'weekly', days: ['fri'] }, time: '17:00', durationMinutes: 30, reminderMinutes: 0, protected: false },
  ],
});
const wake = (now: string) => {
  const instant = at(now);
  return nextReminderWake(household, planReminders(household, instant, { windDownMinutes: 10 }), instant);
};

describe('nextReminderWake', () => {
  it.each([
    ['the next reminder', '2026-10-23T18:00:00+02:00', '2026-10-23T18:50:00+02:00'],
    // Planning has no reminder, but its outcome is recorded when it ends.
    ['a ritual end before any reminder', '2026-10-23T17:10:00+02:00', '2026-10-23T17:30:00+02:00'],
    ['the walk ending after the last reminder', '2026-10-23T19:20:00+02:00', '2026-10-23T20:15:00+02:00'],
  ])('wakes for %s', (_, now, expected) => {
    expect(wake(now)).toBe(at(expected));
  });

  it('wakes at the horizon to plan the next day when nothing comes sooner', () => {
    const now = at('2026-10-24T12:00:00+02:00');
    expect(wake('2026-10-24T12:00:00+02:00')).toBe(now + REMINDER_HORIZON_MS);
    expect(nextReminderWake(undefined, [], now)).toBe(now + REMINDER_HORIZON_MS);
  });
});

describe('nextReminderWake under a contingency plan', () => {
  const withPlan = {
    ...household,
    contingencyPlans: [{ id: 'crunch', name: 'Deadline crunch', trackZones: 'all' as const, pausedRituals: ['walk', 'planning'] }],
  };

  it("wakes when the plan ends, to plan what it paused: the walk's reminder and the quiet evening's wind-down", () => {
    // Friday 14:00, a plan invoked until 18:00 pauses the walk and turns the evening zone to track.
    const now = at('2026-10-23T14:00:00+02:00');
    const planEndsAt = at('2026-10-23T18:00:00+02:00');
    const invoked = [{ planId: 'crunch', start: now - 60_000, end: planEndsAt }];
    const underPlan = effectiveAgreement(withPlan, invoked, now);
    const plan = planReminders(underPlan.agreement, now, { windDownMinutes: 10 });
    // Read only as the plan reads it, nothing comes within a day: the wind-down at 18:50 would be missed.
    expect(plan).toEqual([]);
    expect(nextReminderWake(underPlan.agreement, plan, now, underPlan.planEndsAt)).toBe(planEndsAt);
  });

  it('keeps an earlier wake, and ignores a plan end beyond the horizon', () => {
    const now = at('2026-10-23T18:00:00+02:00');
    const plan = planReminders(household, now, { windDownMinutes: 10 });
    expect(nextReminderWake(household, plan, now, at('2026-10-23T22:00:00+02:00'))).toBe(at('2026-10-23T18:50:00+02:00'));
    expect(nextReminderWake(household, [], at('2026-10-24T12:00:00+02:00'), at('2026-11-01T00:00:00+01:00'))).toBe(at('2026-10-24T12:00:00+02:00') + REMINDER_HORIZON_MS);
  });
});
