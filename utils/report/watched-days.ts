import { addDays } from '../schedule/calendar-date';
import { firstInstantAtOrAfterWallTime, wallTimeAt } from '../schedule/wall-clock';

interface Watched {
  watchedSince: number;
  timeZone: string;
}

interface Cut {
  watchedSince: number;
  olderDeleted: boolean;
  weekEnd: number;
}

interface DayWork {
  date: string;
  inHoursMs: number;
  afterHoursMs: number;
}

/**
 * The first household date Hearth watched whole in this browser: the day its first agreement took
 * effect, or the next one when that was after midnight.
 */
export function firstWholeDay({ watchedSince, timeZone }: Watched): string {
  const { date } = wallTimeAt(watchedSince, timeZone);
  return watchedSince === firstInstantAtOrAfterWallTime(date, 0, timeZone) ? date : addDays(date, 1);
}

/** A day wholly before Hearth began here: it recorded nothing then, so the day's zeros are not a quiet day. */
export function beforeWatching(day: DayWork, report: Watched): boolean {
  return day.date < wallTimeAt(report.watchedSince, report.timeZone).date && day.inHoursMs + day.afterHoursMs === 0;
}

/**
 * The days Hearth can speak for: those it watched whole, and any in which it saw work. An average
 * over days it did not watch would count them as days without work.
 */
export function watchedDays<Day extends DayWork>(days: readonly Day[], report: Watched): Day[] {
  const from = firstWholeDay(report);
  return days.filter((day) => day.date >= from || day.inHoursMs + day.afterHoursMs > 0);
}

export type UnwatchedKey = 'daysBeforeHearth' | 'daysDeleted';

/** What a day before `watchedSince` says: Hearth had not begun here, or what it recorded then has been deleted. */
export function unwatchedKey({ olderDeleted }: Pick<Cut, 'olderDeleted'>): UnwatchedKey {
  return olderDeleted ? 'daysDeleted' : 'daysBeforeHearth';
}

/** Every day of the week is older than Hearth keeps: an empty week there is deleted, not quiet. */
export function wholeWeekDeleted({ watchedSince, olderDeleted, weekEnd }: Cut): boolean {
  return olderDeleted && weekEnd <= watchedSince;
}
