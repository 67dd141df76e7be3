import { isLocalDate } from '../agreement/local-date';
import { addDays, MS_PER_DAY } from '../schedule/calendar-date';
import { firstInstantAtOrAfterWallTime, wallTimeAt } from '../schedule/wall-clock';
import { MAX_PLAN_DAYS } from './invoked-plan';

/** A plan chosen "until Friday" holds through Friday: it ends at the household's midnight after that date. */
export function planEndFor(lastDate: string, timeZone: string): number {
  return firstInstantAtOrAfterWallTime(addDays(lastDate, 1), 0, timeZone);
}

/** The dates a plan invoked at `now` may run through: from today to the last whose end is within two weeks. */
export function planDateRange(now: number, timeZone: string): { first: string; last: string } {
  const first = wallTimeAt(now, timeZone).date;
  let last = wallTimeAt(now + MAX_PLAN_DAYS * MS_PER_DAY, timeZone).date;
  while (last > first && planEndFor(last, timeZone) - now > MAX_PLAN_DAYS * MS_PER_DAY) last = addDays(last, -1);
  return { first, last };
}

/** The end of a plan running through `lastDate`, or the i18n key of why that date cannot be. */
export function planEndOrProblem(lastDate: string, now: number, timeZone: string): { ok: true; end: number } | { ok: false; key: string } {
  if (!isLocalDate(lastDate)) return { ok: false, key: 'planErrNoDate' };
  const { first, last } = planDateRange(now, timeZone);
  if (lastDate < first) return { ok: false, key: 'planErrEndPast' };
  if (lastDate > last) return { ok: false, key: 'planErrTooLong' };
  return { ok: true, end: planEndFor(lastDate, timeZone) };
}
