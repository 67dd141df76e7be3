import type { Agreement } from '../agreement/agreement-schema';
import { MS_PER_DAY, MS_PER_MINUTE } from '../schedule/calendar-date';
import { ritualOccurrences } from '../schedule/rituals';
import type { Reminder, RitualReminder } from './reminder';
import type { ReminderSettings } from './reminder-settings';
import { windDowns } from './wind-downs';
import { dateReminders } from './date-reminders';

export type { DateReminder, Reminder, RitualReminder, WindDownReminder } from './reminder';

/** How far ahead a plan looks; the background re-plans at least this often. */
export const REMINDER_HORIZON_MS = MS_PER_DAY;
/** A reminder shown later than this after its time is stale: a machine waking from sleep stays quiet. */
export const LATE_LIMIT_MS = 5 * MS_PER_MINUTE;
/** The schema's largest `reminderMinutes`: a ritual this far past the horizon may still be announced in it. */
const MAX_RITUAL_LEAD_MS = MS_PER_DAY;

/** Reminders whose `at` is in (now, now + 24 h], by `at` (ties: rituals first, then agreement order). */
export function planReminders(agreement: Agreement, now: number, settings: ReminderSettings): Reminder[] {
  const horizon = now + REMINDER_HORIZON_MS;
  const checkIns = new Set(agreement.rituals.filter((ritual) => ritual.checkIn).map((ritual) => ritual.id));
  const rituals = ritualOccurrences(agreement, now, horizon + MAX_RITUAL_LEAD_MS)
    .filter(({ reminderAt, start }) => reminderAt < start && reminderAt > now && reminderAt <= horizon)
    .map(({ ritualId, label, start, reminderAt }): RitualReminder => ({ kind: 'ritual', ritualId, label, start, at: reminderAt, checkIn: checkIns.has(ritualId) }));
  return [...rituals, ...windDowns(agreement, now, settings.windDownMinutes, REMINDER_HORIZON_MS), ...dateReminders(agreement, now, REMINDER_HORIZON_MS)].sort(
    (a, b) => a.at - b.at,
  );
}

/**
 * What came due in (from, to], where `from` is when the background last looked: exactly what to
 * show now. A reminder more than LATE_LIMIT_MS late, or for something that has already begun, is
 * skipped: after the fact it is noise.
 */
export function dueReminders(plan: readonly Reminder[], from: number, to: number): Reminder[] {
  return plan.filter(({ at, start }) => at > from && at <= to && to - at <= LATE_LIMIT_MS && start > to);
}
