import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogTranslator, type MessageCatalog } from '../i18n/translate';
import { ritualTemplateChoice, zoneTemplateChoice } from './welcome-templates';

const catalog = (locale: string) =>
  catalogTranslator(JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as MessageCatalog);

describe('the setup’s template choices', () => {
  it('write the template’s own times as the locale writes a time, as the time boxes beside them do', () => {
    const en = catalog('en');
    expect(zoneTemplateChoice('dinner', en, 'en-US')).toBe('Family dinner (every day, 6:00 PM to 7:30 PM)');
    expect(zoneTemplateChoice('evenings', en, 'en-US')).toBe('Evenings (weekdays, 7:00 PM to 7:00 AM)');
    expect(zoneTemplateChoice('weekends', en, 'en-US')).toBe('Weekends (Saturday and Sunday, all day)');
    expect(ritualTemplateChoice('walk', en, 'en-US')).toBe('Evening walk (every day at 7:30 PM)');
    expect(ritualTemplateChoice('breakfast', en, 'en-GB')).toBe('Shared breakfast (weekdays at 07:15)');
    const de = catalog('de');
    expect(zoneTemplateChoice('dinner', de, 'de')).toBe('Familienessen (täglich, 18:00 bis 19:30)');
    expect(ritualTemplateChoice('checkIn', de, 'de')).toBe('Wöchentliches Gespräch (sonntags um 18:00)');
  });
});
