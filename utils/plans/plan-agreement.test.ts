import { describe, expect, it } from 'vitest';
import { agreementIn, at, BREAKFAST, utc, WALK } from '../schedule/agreement-fixture';
import { guardStateAt } from '../schedule/guard-state';
import { planGuard } from '../guard/guard-plan';
import { agreementUnderPlan, effectiveAgreement } from './plan-agreement';
import { currentInvokedPlan, endPlan, invokePlan, parseInvokedPlans } from './invoked-plan';
import { planDateRange, planEndOrProblem } from './plan-end';
import { planDaysInWeek } from './plan-days';
import { MS_PER_DAY } from '../schedule/calendar-date';
import { keptSince } from '../tracking/retention-period';

const EVENINGS = { id: 'evenings', label: 'Family evenings', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '19:00', end: '07:00', mode: 'dim' };
const SUNDAY = { id: 'sunday', label: 'Our Sunday', days: ['sun'], start: '00:00', end: '24:00', mode: 'block' };
const BIRTHDAY = { id: 'birthday', label: 'Birthday', date: '2026-12-03', mode: 'block' };
const CRUNCH = { id: 'crunch', name: 'Deadline crunch', trackZones: ['evenings'], weeklyAfterHoursMinutes: 480, pausedRituals: ['breakfast'] };
const SICK = { id: 'sick', name: 'Sick child', trackZones: 'all', pausedRituals: [] };
const AGREEMENT = {
  ...agreementIn('Europe/Berlin', { zones: [EVENINGS, SUNDAY], specialDays: [BIRTHDAY], rituals: [BREAKFAST, WALK], contingencyPlans: [CRUNCH, SICK] }),
};
const [crunch, sick] = AGREEMENT.contingencyPlans;
// Monday 30 November 2026, 20:00 in Berlin: inside Family evenings.
const MONDAY_EVENING = at('2026-11-30T20:00:00+01:00');

describe('agreementUnderPlan', () => {
  it('switches the named zones to track, takes the plan’s budget and pauses its rituals', () => {
    const under = agreementUnderPlan(AGREEMENT, crunch!);
    expect(under.zones.map((zone) => zone.mode)).toEqual(['track', 'block']);
    expect(under.specialDays[0]!.mode).toBe('block');
    expect(under.budget.weeklyAfterHoursMinutes).toBe(480);
    expect(under.rituals.map((ritual) => ritual.id)).toEqual(['walk']);
    expect(AGREEMENT.zones[0]!.mode).toBe('dim');
  });

  it('switches every zone and special day for "all", and keeps the budget when the plan names none', () => {
    const under = agreementUnderPlan(AGREEMENT, sick!);
    expect([...under.zones, ...under.specialDays].map((zone) => zone.mode)).toEqual(['track', 'track', 'track']);
    expect(under.budget).toEqual(AGREEMENT.budget);
  });
});

describe('a plan in the guard', () => {
  const invoked = invokePlan([], 'crunch', at('2026-12-02T00:00:00+01:00'), MONDAY_EVENING);

  it('stops dimming the plan’s zones while it holds, with no override, and wakes the guard at its end', () => {
    expect(guardStateAt(AGREEMENT, MONDAY_EVENING).mode).toBe('dim');
    const { agreement, planEndsAt } = effectiveAgreement(AGREEMENT, invoked, MONDAY_EVENING);
    const plan = planGuard(agreement, [], MONDAY_EVENING, planEndsAt);
    expect(plan.state.mode).toBe('track');
    expect(plan.registration).toBeNull();
    expect(plan.overrides).toEqual([]);
    // The zone's own end (07:00) comes first here; a plan ending sooner wakes the guard at its end.
    expect(utc([plan.wakeAt!])).toEqual(['2026-12-01T06:00:00.000Z']);
    const short = effectiveAgreement(AGREEMENT, invokePlan([], 'crunch', at('2026-11-30T22:00:00+01:00'), MONDAY_EVENING), MONDAY_EVENING);
    expect(utc([planGuard(short.agreement, [], MONDAY_EVENING, short.planEndsAt).wakeAt!])).toEqual(['2026-11-30T21:00:00.000Z']);
  });

  it('ends by itself: at its end the agreement reads as agreed again', () => {
    const end = invoked[0]!.end;
    expect(effectiveAgreement(AGREEMENT, invoked, end - 1).inForce?.plan.id).toBe('crunch');
    const after = effectiveAgreement(AGREEMENT, invoked, end);
    expect(after).toEqual({ agreement: AGREEMENT, planEndsAt: null });
    // Wednesday 2 December 00:00 is inside Tuesday's evening zone: dimmed again.
    expect(guardStateAt(after.agreement, end).mode).toBe('dim');
  });

  it('ignores a plan no longer in the agreement', () => {
    const gone = { ...AGREEMENT, contingencyPlans: [] };
    expect(effectiveAgreement(gone, invoked, MONDAY_EVENING).agreement).toBe(gone);
  });
});

describe('invoked plans', () => {
  const now = MONDAY_EVENING;

  it('holds one plan at a time: invoking another ends the first now; ending one ends it now', () => {
    const first = invokePlan([], 'crunch', now + 3_600_000, now - 60_000);
    const second = invokePlan(first, 'sick', now + 7_200_000, now);
    expect(second).toEqual([
      { planId: 'crunch', start: now - 60_000, end: now },
      { planId: 'sick', start: now, end: now + 7_200_000 },
    ]);
    expect(currentInvokedPlan(second, now)?.planId).toBe('sick');
    expect(currentInvokedPlan(endPlan(second, now + 1), now + 1)).toBeUndefined();
  });

  it('keeps a plan as long as the activity of its days, so a week months back still says it held', () => {
    const ended = (daysAgo: number) => ({ planId: 'crunch', start: now - daysAgo * MS_PER_DAY - 3_600_000, end: now - daysAgo * MS_PER_DAY });
    const kept = [ended(100), ended(399), { planId: 'crunch', start: keptSince(now) - 1, end: keptSince(now) }];
    expect(invokePlan([ended(401), ...kept], 'sick', now + 1, now)).toEqual([...kept, { planId: 'sick', start: now, end: now + 1 }]);
  });

  it('drops malformed stored entries', () => {
    expect(parseInvokedPlans([{ planId: 'a', start: 5, end: 4 }, { planId: 'b', start: 1, end: 2 }, 'x', null])).toEqual([{ planId: 'b', start: 1, end: 2 }]);
    expect(parseInvokedPlans(undefined)).toEqual([]);
  });
});

describe('a plan’s last day', () => {
  it('holds through the chosen household date, and at most 14 days from now', () => {
    expect(planDateRange(MONDAY_EVENING, 'Europe/Berlin')).toEqual({ first: '2026-11-30', last: '2026-12-13' });
    const end = planEndOrProblem('2026-12-13', MONDAY_EVENING, 'Europe/Berlin');
    expect(end.ok && utc([end.end])).toEqual(['2026-12-13T23:00:00.000Z']);
  });

  it.each([
    ['a date before today', '2026-11-29', 'planErrEndPast'],
    ['a date past two weeks', '2026-12-14', 'planErrTooLong'],
    ['no date', '', 'planErrNoDate'],
  ])('refuses %s', (_, date, key) => {
    expect(planEndOrProblem(date, MONDAY_EVENING, 'Europe/Berlin')).toEqual({ ok: false, key });
  });
});

describe('plans in the weekly report', () => {
  // The household week of Monday 30 November to Sunday 6 December 2026.
  const weekStart = at('2026-11-30T00:00:00+01:00');
  const weekEnd = at('2026-12-07T00:00:00+01:00');

  it('names each plan that held in the week with its household days, clipped to the week and to now', () => {
    const plans = [
      { planId: 'sick', start: at('2026-11-27T09:00:00+01:00'), end: at('2026-12-01T00:00:00+01:00') },
      { planId: 'crunch', start: at('2026-12-02T15:00:00+01:00'), end: at('2026-12-12T00:00:00+01:00') },
      { planId: 'gone', start: at('2026-11-01T09:00:00+01:00'), end: at('2026-11-02T00:00:00+01:00') },
    ];
    const now = at('2026-12-04T12:00:00+01:00');
    expect(planDaysInWeek(plans, AGREEMENT, weekStart, weekEnd, now)).toEqual([
      { planId: 'sick', name: 'Sick child', start: weekStart, end: at('2026-12-01T00:00:00+01:00'), days: ['2026-11-30'] },
      { planId: 'crunch', name: 'Deadline crunch', start: plans[1]!.start, end: now, days: ['2026-12-02', '2026-12-03', '2026-12-04'] },
    ]);
  });
});
