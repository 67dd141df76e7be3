import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogTranslator, type MessageCatalog } from '../i18n/translate';
import { at } from '../schedule/agreement-fixture';
import type { Reminder } from './reminder';
import { reminderNotificationId, reminderText } from './reminder-text';

const translator = (locale: string) =>
  catalogTranslator(JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as MessageCatalog);
const en = translator('en');

const START = at('2026-10-23T19:30:00+02:00');
const walk: Reminder = { kind: 'ritual', ritualId: 'walk', label: 'Evening walk', start: START, at: START - 15 * 60_000 };
const evenings: Reminder = { kind: 'wind-down', sourceId: 'evenings', label: 'Family evenings', mode: 'dim', start: START, at: START - 10 * 60_000 };
const seconds = (n: number) => n * 1000;

describe('reminderText', () => {
  it.each<[string, Reminder, number, string, string]>([
    ['a ritual, on time', walk, walk.at, 'Evening walk in 15 minutes', 'A good moment to wrap up what you are doing.'],
    ['a ritual, a little late', walk, walk.at + seconds(150), 'Evening walk in 13 minutes', 'A good moment to wrap up what you are doing.'],
    ['the last minute, in the singular', walk, START - seconds(30), 'Evening walk in 1 minute', 'A good moment to wrap up what you are doing.'],
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
  });
});
