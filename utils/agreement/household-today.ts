import { dateOfUtcMs } from '../schedule/calendar-date';
import { wallTimeAt } from '../schedule/wall-clock';
import { isLocalDate } from './local-date';

/**
 * Today's date (YYYY-MM-DD) in the household's zone, for new items in the editor. While the zone
 * field holds something that is not a zone yet, there is no wall time, and UTC's date will do.
 */
export function householdToday(timeZone: string, now: number): string {
  const { date } = wallTimeAt(now, timeZone);
  return isLocalDate(date) ? date : dateOfUtcMs(now);
}
