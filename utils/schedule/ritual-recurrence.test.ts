import { describe, expect, it } from 'vitest';
import type { Recurrence } from '../agreement/agreement-schema';
import { weekdayOfDate } from './calendar-date';
import { recursOn } from './ritual-recurrence';

const LAST_FRIDAY: Recurrence = { kind: 'monthly', week: -1, day: 'fri' };
const FIRST_MONDAY: Recurrence = { kind: 'monthly', week: 1, day: 'mon' };
const FOURTH_THURSDAY: Recurrence = { kind: 'monthly', week: 4, day: 'thu' };
const LAST_MONDAY: Recurrence = { kind: 'monthly', week: -1, day: 'mon' };

describe('recursOn', () => {
  it.each([
    ['daily, any day', { kind: 'daily' } as Recurrence, '2026-10-25', true],
    ['weekly on its day', { kind: 'weekly', days: ['mon', 'fri'] } as Recurrence, '2026-10-30', true],
    ['weekly on another day', { kind: 'weekly', days: ['mon', 'fri'] } as Recurrence, '2026-10-29', false],
    ['last Friday of October', LAST_FRIDAY, '2026-10-30', true],
    ['the Friday before it', LAST_FRIDAY, '2026-10-23', false],
    ['last Friday of February', LAST_FRIDAY, '2026-02-27', true],
    ['last Friday of January', LAST_FRIDAY, '2026-01-30', true],
    ['the last Thursday is not a Friday', LAST_FRIDAY, '2026-10-29', false],
    ['first Monday of June, on the 1st', FIRST_MONDAY, '2026-06-01', true],
    ['second Monday of June', FIRST_MONDAY, '2026-06-08', false],
    ['first Monday of November, on the 2nd', FIRST_MONDAY, '2026-11-02', true],
    ['fifth Monday of November', FIRST_MONDAY, '2026-11-30', false],
    ['fourth Thursday of October', FOURTH_THURSDAY, '2026-10-22', true],
    ['fifth Thursday of October', FOURTH_THURSDAY, '2026-10-29', false],
    ['last Monday when it is the fifth', LAST_MONDAY, '2026-11-30', true],
    ['fourth Monday when a fifth follows', LAST_MONDAY, '2026-11-23', false],
  ])('%s (%s, %s)', (_, recurrence, date, expected) => {
    expect(recursOn(recurrence, date, weekdayOfDate(date))).toBe(expected);
  });
});
