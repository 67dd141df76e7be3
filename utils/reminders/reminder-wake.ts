import type { Agreement } from '../agreement/agreement-schema';
import { ritualOccurrences } from '../schedule/rituals';
import { REMINDER_HORIZON_MS, type Reminder } from './reminder-plan';

/**
 * When the background must look again: the next reminder, the next ritual end (its outcome is
 * recorded then), the end of a contingency plan in force (`agreement` is read as the plan reads
 * it, so what it pauses is in no plan until then) or, with none of them in sight, the end of the
 * horizon, to plan the next 24 hours. `plan` is `planReminders(agreement, now, …)`.
 */
export function nextReminderWake(agreement: Agreement | undefined, plan: readonly Reminder[], now: number, planEndsAt: number | null = null): number {
  const horizon = planEndsAt !== null && planEndsAt > now ? Math.min(now + REMINDER_HORIZON_MS, planEndsAt) : now + REMINDER_HORIZON_MS;
  const nextAt = plan.find((reminder) => reminder.at > now)?.at ?? horizon;
  if (!agreement) return horizon;
  const nextEnd = ritualOccurrences(agreement, now, horizon)
    .map((occurrence) => occurrence.end)
    .filter((end) => end > now)
    .reduce((earliest, end) => Math.min(earliest, end), horizon);
  return Math.min(nextAt, nextEnd);
}
