import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import de from '../../public/_locales/de/messages.json';
import { catalogTranslator } from '../i18n/translate';
import { ritualsKeptLabel } from './rituals-kept-label';

describe('ritualsKeptLabel', () => {
  it('says "this week" for one week, in English and German', () => {
    expect(ritualsKeptLabel(catalogTranslator(en), 1)).toBe('Time together kept (this week)');
    expect(ritualsKeptLabel(catalogTranslator(de), 1)).toBe('Gemeinsame Zeit gehalten (diese Woche)');
  });

  it('counts the weeks when there are more', () => {
    expect(ritualsKeptLabel(catalogTranslator(en), 4)).toBe('Time together kept (last 4 weeks)');
    expect(ritualsKeptLabel(catalogTranslator(de), 2)).toBe('Gemeinsame Zeit gehalten (letzte 2 Wochen)');
  });
});
