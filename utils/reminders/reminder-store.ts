import { settingsStore } from '../db/settings-store';
import { parseReminderSettings } from './reminder-settings';

export const { load: loadReminderSettings, save: saveReminderSettings } = settingsStore('reminders', parseReminderSettings);
