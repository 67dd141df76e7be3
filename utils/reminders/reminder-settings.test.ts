import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, MAX_WIND_DOWN_MINUTES, parseReminderSettings } from './reminder-settings';

describe('parseReminderSettings', () => {
  it.each<[string, unknown, number]>([
    ['a valid lead', { windDownMinutes: 15 }, 15],
    ['off', { windDownMinutes: 0 }, 0],
    ['the longest lead', { windDownMinutes: MAX_WIND_DOWN_MINUTES }, MAX_WIND_DOWN_MINUTES],
    ['nothing stored yet', undefined, DEFAULT_REMINDER_SETTINGS.windDownMinutes],
    ['a negative lead', { windDownMinutes: -5 }, DEFAULT_REMINDER_SETTINGS.windDownMinutes],
    ['too long a lead', { windDownMinutes: MAX_WIND_DOWN_MINUTES + 1 }, DEFAULT_REMINDER_SETTINGS.windDownMinutes],
    ['a fraction', { windDownMinutes: 2.5 }, DEFAULT_REMINDER_SETTINGS.windDownMinutes],
    ['text', { windDownMinutes: '10' }, DEFAULT_REMINDER_SETTINGS.windDownMinutes],
  ])('reads %s', (_, value, windDownMinutes) => {
    expect(parseReminderSettings(value)).toEqual({ windDownMinutes });
  });
});
