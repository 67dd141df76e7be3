import { describe, expect, it } from 'vitest';
import { agreementIn, at } from '../schedule/agreement-fixture';
import { pausedByPlan } from './paused-ritual';

const crunch = { id: 'crunch', name: 'Deadline crunch', trackZones: 'all' as const, pausedRituals: ['walk'] };
const daily = (id: string, time: string) => ({ id, label: id, recurrence: { kind: 'daily' }, time, durationMinutes: 30, reminderMinutes: 0, protected: false });
const agreement = agreementIn('Europe/Berlin', { rituals: [daily('walk', '19:30'), daily('story', '20:20')], contingencyPlans: [crunch] });
const plans = [{ planId: 'crunch', start: at('2026-10-21T18:00:00+02:00'), end: at('2026-10-21T20:00:00+02:00') }];
const walk = (start: string) => ({ ritualId: 'walk', start: at(start) });

describe('pausedByPlan', () => {
  it('is true for a ritual the plan pauses, begun while it held ([start, end))', () => {
    expect(pausedByPlan(walk('2026-10-21T18:00:00+02:00'), agreement, plans)).toBe(true);
    expect(pausedByPlan(walk('2026-10-21T19:59:00+02:00'), agreement, plans)).toBe(true);
  });

  it('is false before and from the end, for a ritual it does not pause, and for a plan the agreement no longer has', () => {
    expect(pausedByPlan(walk('2026-10-21T17:59:00+02:00'), agreement, plans)).toBe(false);
    expect(pausedByPlan(walk('2026-10-21T20:00:00+02:00'), agreement, plans)).toBe(false);
    expect(pausedByPlan({ ritualId: 'story', start: at('2026-10-21T19:00:00+02:00') }, agreement, plans)).toBe(false);
    expect(pausedByPlan(walk('2026-10-21T19:00:00+02:00'), agreementIn('Europe/Berlin'), plans)).toBe(false);
  });
});
