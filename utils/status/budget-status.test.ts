import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { budgetStatus, type BudgetStatus } from './budget-status';
import { household } from './status-fixture';

const LAUNCH = { id: 'launch', label: "Alex's launch", lead: 'alex', start: '2026-11-16', end: '2026-12-11', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-01' };
const SAMS = { ...LAUNCH, id: 'sams', label: "Sam's thesis", lead: 'sam' };
const minutes = (n: number) => n * 60_000;

describe('budgetStatus', () => {
  it.each<[string, Parameters<typeof household>[0], string, string, number, BudgetStatus]>([
    ['the household budget without a season', {}, 'alex', '2026-11-25T12:00:00+01:00', minutes(30), { usedMinutes: 30, budgetMinutes: 120, ratio: 0.25 }],
    ['over the budget', {}, 'alex', '2026-11-25T12:00:00+01:00', minutes(150), { usedMinutes: 150, budgetMinutes: 120, ratio: 1.25 }],
    ['rounded to the minute', {}, 'alex', '2026-11-25T12:00:00+01:00', 89_999, { usedMinutes: 1, budgetMinutes: 120, ratio: 1 / 120 }],
    [
      'the season budget while the owner leads one',
      { focusSeasons: [LAUNCH] },
      'alex',
      '2026-11-25T12:00:00+01:00',
      minutes(60),
      { usedMinutes: 60, budgetMinutes: 300, ratio: 0.2, season: "Alex's launch" },
    ],
    ['not the partner\'s season', { focusSeasons: [SAMS] }, 'alex', '2026-11-25T12:00:00+01:00', minutes(60), { usedMinutes: 60, budgetMinutes: 120, ratio: 0.5 }],
    [
      'the partner\'s season when the partner is the owner',
      { focusSeasons: [SAMS] },
      'sam',
      '2026-11-25T12:00:00+01:00',
      minutes(60),
      { usedMinutes: 60, budgetMinutes: 300, ratio: 0.2, season: "Sam's thesis" },
    ],
    [
      'from the first local minute of its start date',
      { focusSeasons: [LAUNCH] },
      'alex',
      '2026-11-16T00:00:00+01:00',
      0,
      { usedMinutes: 0, budgetMinutes: 300, ratio: 0, season: "Alex's launch" },
    ],
    ['not the local minute before', { focusSeasons: [LAUNCH] }, 'alex', '2026-11-15T23:59:00+01:00', 0, { usedMinutes: 0, budgetMinutes: 120, ratio: 0 }],
    [
      'through the last local minute of its end date',
      { focusSeasons: [LAUNCH] },
      'alex',
      '2026-12-11T23:59:00+01:00',
      0,
      { usedMinutes: 0, budgetMinutes: 300, ratio: 0, season: "Alex's launch" },
    ],
    // 23:10 UTC is still 11 December in UTC, already 12 December in Berlin, where the dates are.
    ['ended by the household date, not the UTC one', { focusSeasons: [LAUNCH] }, 'alex', '2026-12-11T23:10:00Z', 0, { usedMinutes: 0, budgetMinutes: 120, ratio: 0 }],
    ['a zero budget, unused', { budget: { weeklyAfterHoursMinutes: 0 } }, 'alex', '2026-11-25T12:00:00+01:00', 0, { usedMinutes: 0, budgetMinutes: 0, ratio: 0 }],
    ['a zero budget, used', { budget: { weeklyAfterHoursMinutes: 0 } }, 'alex', '2026-11-25T12:00:00+01:00', minutes(5), { usedMinutes: 5, budgetMinutes: 0, ratio: 1 }],
  ])('%s', (_, changes, owner, now, usedMs, expected) => {
    expect(budgetStatus(household(changes), owner, at(now), usedMs)).toEqual(expected);
  });

  it('takes the first season the owner leads when two overlap', () => {
    const second = { ...LAUNCH, id: 'second', label: 'Second', weeklyAfterHoursMinutes: 600 };
    expect(budgetStatus(household({ focusSeasons: [LAUNCH, second] }), 'alex', at('2026-11-25T12:00:00+01:00'), 0).season).toBe("Alex's launch");
  });
});
