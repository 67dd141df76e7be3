import { addDays, dateOfUtcMs, MS_PER_DAY, MS_PER_MINUTE, weekdayOfDate } from '../schedule/calendar-date';
import { ICS_WEEKDAYS } from './ics-weekday';
import type { OffsetChange } from './zone-offsets';

/** Where a change falls on the wall clock it interrupts: VTIMEZONE onsets are written in the offset before. */
export function onsetWallTime(change: OffsetChange): { date: string; minute: number } {
  const local = change.instant + change.from * MS_PER_MINUTE;
  const sinceMidnight = ((local % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  return { date: dateOfUtcMs(local), minute: Math.floor(sinceMidnight / MS_PER_MINUTE) };
}

/**
 * The yearly RRULE that produces exactly these changes ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), or
 * null when none does. Only the shape every DST rule in use has is tried — the nth or last
 * weekday of a month at a fixed wall time — and only if it holds for one change in each of
 * `years`: a rule guessed from a single year would repeat the wrong dates forever after.
 */
export function yearlyRule(changes: readonly OffsetChange[], years: readonly number[]): string | null {
  const onsets = changes.map(onsetWallTime);
  const onsetYears = onsets.map((onset) => Number(onset.date.slice(0, 4)));
  if (onsets.length !== years.length || years.some((year, i) => onsetYears[i] !== year)) return null;
  const [first] = onsets;
  if (!first) return null;
  const month = first.date.slice(5, 7);
  const weekday = weekdayOfDate(first.date);
  const sameShape = onsets.every((onset) => onset.date.slice(5, 7) === month && onset.minute === first.minute && weekdayOfDate(onset.date) === weekday);
  if (!sameShape) return null;
  const isLast = (date: string) => addDays(date, 7).slice(5, 7) !== date.slice(5, 7);
  const nth = (date: string) => Math.ceil(Number(date.slice(8, 10)) / 7);
  const ordinal = onsets.every((onset) => isLast(onset.date))
    ? -1
    : onsets.every((onset) => nth(onset.date) === nth(first.date)) && nth(first.date) <= 4
      ? nth(first.date)
      : null;
  if (ordinal === null) return null;
  return `FREQ=YEARLY;BYMONTH=${Number(month)};BYDAY=${ordinal}${ICS_WEEKDAYS[weekday]}`;
}
