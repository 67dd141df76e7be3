import { addDays } from '../schedule/calendar-date';
import { levelOn, STRETCHED_FROM, STRETCHED_RUN, type StretchEntry } from './stretch-levels';

/**
 * The first date of the run of stretched days (level STRETCHED_FROM or more, on consecutive dates)
 * that ends on `day`, when it is at least STRETCHED_RUN days long; null otherwise.
 */
export function stretchedRunStart(entries: readonly StretchEntry[], day: string): string | null {
  let first: string | null = null;
  for (let date = day; ; date = addDays(date, -1)) {
    const level = levelOn(entries, date);
    if (level === null || level < STRETCHED_FROM) break;
    first = date;
  }
  if (first === null) return null;
  return addDays(first, STRETCHED_RUN - 1) <= day ? first : null;
}

/**
 * The run to send a gentle note about, or null. A run is noted once, whatever happens later in it
 * (a fourth stretched day, a changed answer, the partner's answers arriving late): it is known by
 * its first date, and `noted` is the first date of the last run a note was sent for.
 */
export function stretchNoteDue(entries: readonly StretchEntry[], day: string, noted: string | null): string | null {
  const start = stretchedRunStart(entries, day);
  return start !== null && start !== noted ? start : null;
}
