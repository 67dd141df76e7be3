import type { Agreement } from '../agreement/agreement-schema';
import { weekdayIndex } from '../agreement/weekday';
import { addDays } from './calendar-date';
import { firstInstantAtOrAfterWallTime, wallTimeAt } from './wall-clock';

/** The local date of the agreed first day of the household's week containing `now`. */
export function weekFirstDate(agreement: Agreement, now: number): string {
  const { timeZone, weekStartsOn } = agreement.household;
  const wall = wallTimeAt(now, timeZone);
  return addDays(wall.date, -((wall.weekday - weekdayIndex(weekStartsOn) + 7) % 7));
}

/** The household's week containing `now`, [start, end), from local midnight of the agreed first day. */
export function weekBounds(agreement: Agreement, now: number): { start: number; end: number } {
  const { timeZone } = agreement.household;
  const firstDay = weekFirstDate(agreement, now);
  return {
    start: firstInstantAtOrAfterWallTime(firstDay, 0, timeZone),
    end: firstInstantAtOrAfterWallTime(addDays(firstDay, 7), 0, timeZone),
  };
}
