import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogTranslator, type MessageCatalog } from '../i18n/translate';
import { at } from '../schedule/agreement-fixture';
import type { Reminder } from './reminder';
import { isCheckInReminder, reminderNotificationId, reminderText } from './reminder-text';

const translator = (locale: string) =>
  catalogTranslator(JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as MessageCatalog);
const en = translator('en');

const START = at('2026-10-23T19:30:00+02:00');
const walk: Reminder = { kind: 'ritual', ritualId: 'walk', label: 'Evening walk', start: START, at: START - 15 * 60_000, checkIn: false };
const checkIn: Reminder = { kind: 'ritual', ritualId: 'check-in', label: 'Weekly check-in', start: START, at: START - 15 * 60_000, checkIn: true };
const evenings: Reminder = { kind: 'wind-down', sourceId: 'evenings', label: 'Family evenings', mode: 'dim', start: START, at: START - 10 * 60_000 };
const seconds = (n: number) => n * 1000;

describe('reminderText', () => {
  it.each<[string, Reminder, number, string, string]>([
    ['a ritual, on time', walk, walk.at, 'Evening walk in 15 minutes', 'A good moment to wrap up what you are doing.'],
    ['a ritual, a little late', walk, walk.at + seconds(150), 'Evening walk in 13 minutes', 'A good moment to wrap up what you are doing.'],
    ['the last minute, in the singular', walk, START - seconds(30), 'Evening walk in 1 minute', 'A good moment to wrap up what you are doing.'],
    ['the weekly check-in, which opens the report', checkIn, checkIn.at, 'Weekly check-in in 15 minutes', 'Your weekly report is ready for it: click here to open it.'],
    ['a zone that dims', evenings, evenings.at, 'Family evenings in 10 minutes', 'Time to wind down — work sites dim when it starts.'],
    ['a zone that closes', { ...evenings, mode: 'block' }, evenings.at, 'Family evenings in 10 minutes', 'Time to wind down — work sites close when it starts.'],
  ])('says %s', (_, reminder, now, title, message) => {
    expect(reminderText(reminder, now, en, 'en')).toEqual({ title, message });
  });

  it('speaks German with German plurals', () => {
    expect(reminderText({ ...walk, label: 'Abendspaziergang' }, walk.at, translator('de'), 'de')).toEqual({
      title: 'Abendspaziergang in 15 Minuten',
      message: 'Ein guter Moment, zum Ende zu kommen.',
    });
  });
});

describe('reminderNotificationId', () => {
  it('names the occurrence, so showing it twice replaces it', () => {
    expect(reminderNotificationId(walk)).toBe(`hearth-reminder:ritual:walk:${START}`);
    expect(reminderNotificationId(evenings)).toBe(`hearth-reminder:wind-down:evenings:${START}`);
    expect(reminderNotificationId({ ...walk, at: walk.at + 1 })).toBe(reminderNotificationId(walk));
    expect(reminderNotificationId(checkIn)).toBe(`hearth-reminder:check-in:check-in:${START}`);
  });
});

describe('isCheckInReminder', () => {
  it("knows the check-in ritual's reminder, and no other", () => {
    expect(isCheckInReminder(reminderNotificationId(checkIn))).toBe(true);
    expect(isCheckInReminder(reminderNotificationId(walk))).toBe(false);
    expect(isCheckInReminder(reminderNotificationId(evenings))).toBe(false);
    expect(isCheckInReminder('hearth-week-summary:1')).toBe(false);
  });
});
