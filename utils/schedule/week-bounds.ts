import type { Agreement } from '../agreement/agreement-schema';
import { weekdayIndex } from '../agreement/weekday';
import { addDays } from './calendar-date';
import { firstInstantAtOrAfterWallTime, wallTimeAt } from './wall-clock';

/** The household's week containing `now`, [start, end), from local midnight of the agreed first day. */
export function weekBounds(agreement: Agreement, now: number): { start: number; end: number } {
  const { timeZone, weekStartsOn } = agreement.household;
  const wall = wallTimeAt(now, timeZone);
  const firstDay = addDays(wall.date, -((wall.weekday - weekdayIndex(weekStartsOn) + 7) % 7));
  return {
    start: firstInstantAtOrAfterWallTime(firstDay, 0, timeZone),
    end: firstInstantAtOrAfterWallTime(addDays(firstDay, 7), 0, timeZone),
  };
}
