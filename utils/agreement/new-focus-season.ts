import type { Agreement, FocusSeason } from './agreement-schema';
import { newId } from './new-id';
import { addDays } from '../schedule/calendar-date';
import { householdToday } from './household-today';

/** Four weeks, both ends included: long enough to lean in, short enough to be a season. */
const SEASON_DAYS = 28;

/**
 * A season to start from: led by the first partner, from today in the household's zone (UTC while
 * the zone being typed is not a real one yet), four weeks long, reviewed on its last day, with the
 * household's budget until the couple agrees on another.
 */
export function newFocusSeason(draft: Agreement, now: number, label: string): FocusSeason {
  const start = householdToday(draft.household.timeZone, now);
  const end = addDays(start, SEASON_DAYS - 1);
  const budget = draft.budget.weeklyAfterHoursMinutes;
  return {
    id: newId(label, draft.focusSeasons.map((season) => season.id), 'season'),
    label,
    lead: draft.partners[0].id,
    start,
    end,
    weeklyAfterHoursMinutes: Number.isInteger(budget) ? budget : 0,
    reviewOn: end,
  };
}
