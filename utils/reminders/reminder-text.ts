import type { Translate } from '../i18n/translate';
import { formatMinutes } from '../format/format-minutes';
import { MS_PER_MINUTE } from '../schedule/calendar-date';
import type { Reminder } from './reminder';

export interface ReminderText {
  title: string;
  message: string;
}

/**
 * What a notification says, e.g. "Evening walk in 15 minutes". The time left is counted from
 * `now`, not from the plan, so a reminder shown a little late still tells the truth.
 */
export function reminderText(reminder: Reminder, now: number, t: Translate, locale?: string): ReminderText {
  if (reminder.kind === 'date') return { title: t(`reminderDate_${reminder.about}`, [reminder.label]), message: t('reminderDateTomorrow') };
  const minutes = Math.max(1, Math.ceil((reminder.start - now) / MS_PER_MINUTE));
  const title = t('reminderTitle', [reminder.label, formatMinutes(minutes, locale)]);
  if (reminder.kind === 'ritual') return { title, message: t(reminder.checkIn ? 'reminderCheckInMessage' : 'reminderRitualMessage') };
  return { title, message: t(reminder.mode === 'block' ? 'reminderWindDownBlock' : 'reminderWindDownDim') };
}

/** One notification per occurrence: shown twice (a replan racing an alarm), it replaces itself. */
export function reminderNotificationId(reminder: Reminder): string {
  const id = reminder.kind === 'ritual' ? reminder.ritualId : reminder.kind === 'date' ? `${reminder.about}:${reminder.id}` : reminder.sourceId;
  const kind = reminder.kind === 'ritual' && reminder.checkIn ? CHECK_IN_KIND : reminder.kind;
  return `hearth-reminder:${kind}:${id}:${reminder.start}`;
}

const CHECK_IN_KIND = 'check-in';
/** The check-in ritual's reminder: clicked, it opens the weekly report. */
export const isCheckInReminder = (notificationId: string) => notificationId.startsWith(`hearth-reminder:${CHECK_IN_KIND}:`);
