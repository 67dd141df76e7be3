import { isEndTimeOfDay, isTimeOfDay, minutesOfDay } from '../agreement/time-of-day';
import { crossesMidnight } from './daily-window';

/**
 * Whether a window typed as start and end runs past midnight, for the editor to say so while the
 * times are typed; false while either is not yet a time, since nothing can be said then.
 */
export function endsNextDay(start: string, end: string): boolean {
  // An equal start and end is refused by the schema as empty, not read as a whole day.
  if (!isTimeOfDay(start) || !isEndTimeOfDay(end) || start === end) return false;
  return crossesMidnight({ startsOn: { weekdays: [] }, start: minutesOfDay(start), end: minutesOfDay(end) });
}
