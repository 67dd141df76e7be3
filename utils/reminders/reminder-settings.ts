/** Device-only reminder preferences; each partner sets their own. */
export interface ReminderSettings {
  /** How long before a zone starts to say "time to wind down"; 0 turns these reminders off. */
  windDownMinutes: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { windDownMinutes: 10 };

/** The most a wind-down can lead a zone by: beyond two hours it is no longer a nudge. */
export const MAX_WIND_DOWN_MINUTES = 120;

/** Settings from storage or a message, read defensively: anything out of range falls back to the default. */
export function parseReminderSettings(value: unknown): ReminderSettings {
  const { windDownMinutes } = (value ?? {}) as Partial<ReminderSettings>;
  const valid = Number.isInteger(windDownMinutes) && windDownMinutes! >= 0 && windDownMinutes! <= MAX_WIND_DOWN_MINUTES;
  return { windDownMinutes: valid ? windDownMinutes! : DEFAULT_REMINDER_SETTINGS.windDownMinutes };
}
