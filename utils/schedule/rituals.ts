import type { Agreement } from '../agreement/agreement-schema';
import { minutesOfDay } from '../agreement/time-of-day';
import { addDays, datesThrough, MS_PER_DAY, MS_PER_MINUTE, weekdayOfDate } from './calendar-date';
import { recursOn } from './ritual-recurrence';
import { firstInstantAtOrAfterWallTime, wallTimeAt } from './wall-clock';

export interface RitualOccurrence {
  ritualId: string;
  label: string;
  start: number;
  end: number;
  protected: boolean;
  reminderAt: number;
}

/** Far enough that a monthly ritual's next occurrence (at most five weeks away) is always found. */
const NEXT_RITUAL_HORIZON_MS = 40 * MS_PER_DAY;

/**
 * Occurrences overlapping [from, to), sorted by start (ties in agreement order). A ritual starts
 * at its wall time on each local date it recurs (in a gap, when the clock jumps; when the hour
 * repeats, the first time) and lasts its duration in real minutes, whatever the clock does.
 */
export function ritualOccurrences(agreement: Agreement, from: number, to: number): RitualOccurrence[] {
  const { timeZone } = agreement.household;
  // A ritual lasts at most a day, which a clock turned forward can stretch past the next local
  // midnight: one that started two local days before `from` may still be running. A clock turned
  // back over midnight can show the day after `to`'s date before `to`.
  const first = addDays(wallTimeAt(from, timeZone).date, -2);
  const last = addDays(wallTimeAt(to, timeZone).date, 1);
  const occurrences: RitualOccurrence[] = [];
  for (const date of datesThrough(first, last)) {
    const weekday = weekdayOfDate(date);
    for (const ritual of agreement.rituals) {
      if (!recursOn(ritual.recurrence, date, weekday)) continue;
      const start = firstInstantAtOrAfterWallTime(date, minutesOfDay(ritual.time), timeZone);
      const end = start + ritual.durationMinutes * MS_PER_MINUTE;
      if (start >= to || end <= from) continue;
      occurrences.push({
        ritualId: ritual.id,
        label: ritual.label,
        start,
        end,
        protected: ritual.protected,
        reminderAt: start - ritual.reminderMinutes * MS_PER_MINUTE,
      });
    }
  }
  return occurrences.sort((a, b) => a.start - b.start);
}

/** The first occurrence starting at or after `now`, protected or not. */
export function nextRitual(agreement: Agreement, now: number): RitualOccurrence | null {
  return ritualOccurrences(agreement, now, now + NEXT_RITUAL_HORIZON_MS).find((occurrence) => occurrence.start >= now) ?? null;
}

/** The occurrences under way at `now`: start <= now < end. */
export function currentRituals(agreement: Agreement, now: number): RitualOccurrence[] {
  return ritualOccurrences(agreement, now, now + 1);
}
