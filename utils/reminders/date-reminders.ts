import type { Agreement, ReviewRhythm } from '../agreement/agreement-schema';
import { addDays } from '../schedule/calendar-date';
import { firstInstantAtOrAfterWallTime } from '../schedule/wall-clock';
import type { DateReminder } from './reminder';

/** The day before, at a friendly hour of the household's morning: time to prepare, not a midnight ping. */
const REMIND_AT_MINUTE = 9 * 60;

/** The same day `months` later; a day the month lacks (31 May + 1) becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const lastDay = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/**
 * Reminders the day before a date the couple agreed on: an open commitment due or to be looked at
 * together, a focus season's review, the agreement's own review. Those whose `at` is in (now, now + horizon].
 */
export function dateReminders(agreement: Agreement, now: number, horizonMs: number): DateReminder[] {
  const { timeZone } = agreement.household;
  const open = agreement.commitments.filter((item) => item.state === 'open');
  const candidates: Omit<DateReminder, 'at' | 'start'>[] = [
    ...open.map((item) => ({ kind: 'date' as const, about: 'commitmentDue' as const, id: item.id, label: item.what, date: item.by })),
    ...open.map((item) => ({ kind: 'date' as const, about: 'commitmentReview' as const, id: item.id, label: item.what, date: item.reviewOn })),
    ...agreement.focusSeasons.map((season) => ({ kind: 'date' as const, about: 'seasonReview' as const, id: season.id, label: season.label, date: season.reviewOn })),
    // The review's date itself: once it has passed, the popup shows it due until it is held (reviews-due.ts), and no reminder repeats it.
    { kind: 'date', about: 'agreementReview', id: 'agreement', label: '', date: agreement.reviewRhythm.from },
  ];
  return candidates
    .map((candidate) => ({
      ...candidate,
      at: firstInstantAtOrAfterWallTime(addDays(candidate.date, -1), REMIND_AT_MINUTE, timeZone),
      start: firstInstantAtOrAfterWallTime(candidate.date, 0, timeZone),
    }))
    .filter(({ at }) => at > now && at <= now + horizonMs);
}
