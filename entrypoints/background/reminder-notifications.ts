import { t } from '@/components/i18n';
import type { Reminder } from '@/utils/reminders/reminder';
import { reminderNotificationId, reminderText } from '@/utils/reminders/reminder-text';

/** Chrome refuses a basic notification without an icon; Firefox ignores a missing one. */
const ICON = '/notification-icon.png';

export async function showReminder(reminder: Reminder, now: number): Promise<void> {
  const { title, message } = reminderText(reminder, now, t, browser.i18n.getUILanguage());
  await browser.notifications.create(reminderNotificationId(reminder), {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title,
    message,
  });
}
