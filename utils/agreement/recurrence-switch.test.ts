import { describe, expect, it } from 'vitest';
import { switchRecurrence } from './recurrence-switch';

describe('switchRecurrence', () => {
  it('keeps a weekly ritual as it is when the kind does not change', () => {
    const weekly = { kind: 'weekly' as const, days: ['tue' as const] };
    expect(switchRecurrence(weekly, 'weekly', 'mon')).toBe(weekly);
  });

  it('turns daily into weekly on every day, so the schedule stays the same', () => {
    expect(switchRecurrence({ kind: 'daily' }, 'weekly', 'mon')).toEqual({ kind: 'weekly', days: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] });
  });

  it("moves a weekly ritual's first day to the monthly weekday and back", () => {
    const monthly = switchRecurrence({ kind: 'weekly', days: ['wed', 'fri'] }, 'monthly', 'mon');
    expect(monthly).toEqual({ kind: 'monthly', week: 1, day: 'wed' });
    expect(switchRecurrence({ kind: 'monthly', week: -1, day: 'fri' }, 'weekly', 'mon')).toEqual({ kind: 'weekly', days: ['fri'] });
  });

  it("starts a monthly ritual from daily on the household's first weekday", () => {
    expect(switchRecurrence({ kind: 'daily' }, 'monthly', 'sun')).toEqual({ kind: 'monthly', week: 1, day: 'sun' });
  });

  it('drops the days when a ritual becomes daily', () => {
    expect(switchRecurrence({ kind: 'weekly', days: ['mon'] }, 'daily', 'mon')).toEqual({ kind: 'daily' });
    expect(switchRecurrence({ kind: 'monthly', week: 2, day: 'sat' }, 'daily', 'mon')).toEqual({ kind: 'daily' });
  });

  it('falls back to the first weekday when a weekly ritual has no days ticked yet', () => {
    expect(switchRecurrence({ kind: 'weekly', days: [] }, 'monthly', 'mon')).toEqual({ kind: 'monthly', week: 1, day: 'mon' });
  });
});
