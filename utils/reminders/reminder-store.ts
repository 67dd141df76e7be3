import type { HearthDb } from '../db/hearth-db';
import { parseReminderSettings, type ReminderSettings } from './reminder-settings';

export const REMINDER_SETTINGS_KEY = 'reminders';

export async function loadReminderSettings(db: HearthDb): Promise<ReminderSettings> {
  return parseReminderSettings((await db.settings.get(REMINDER_SETTINGS_KEY))?.value);
}

export async function saveReminderSettings(db: HearthDb, settings: unknown): Promise<ReminderSettings> {
  const clean = parseReminderSettings(settings);
  await db.settings.put({ key: REMINDER_SETTINGS_KEY, value: clean });
  return clean;
}
