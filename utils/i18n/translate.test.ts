import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogTranslator, singleStops, type MessageCatalog } from './translate';

const catalog = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as MessageCatalog;

describe('catalogTranslator', () => {
  it('puts values in, and one stop after a value that ends with its own', () => {
    const t = catalogTranslator(catalog('de'));
    expect(t('reportTotalsInZone', ['45 Min.', '15 Min.'])).toBe('In arbeitsfreien Zeiten: 45 Min. Mit Ausnahmen: 15 Min.');
    expect(t('planInForce', ['Abgabewoche', 'Mo., 21. Dez.'])).toBe('Abgabewoche gilt bis Mo., 21. Dez.');
    expect(catalogTranslator(catalog('en'))('reportTotalsInZone', ['45 min', '15 min'])).toBe('In no-work zones: 45 min. Under overrides: 15 min.');
  });

  it('keeps a value in a right-to-left script, or with a direction override, to itself', () => {
    const t = catalogTranslator(catalog('en'));
    expect(t('planInForce', ['\u202Ekaerb', 'Mon 21 Dec'])).toBe('\u2068\u202Ekaerb\u2069 holds until Mon 21 Dec.');
    expect(t('planInForce', ['ארוחת ערב', 'Mon 21 Dec'])).toBe('\u2068ארוחת ערב\u2069 holds until Mon 21 Dec.');
    // One stop still, where the isolated value ends with its own.
    expect(t('planInForce', ['Mon 21 Dec', 'ערב.'])).toBe('Mon 21 Dec holds until \u2068ערב.\u2069');
  });
});

describe('singleStops', () => {
  it.each([
    ['Mit Ausnahmen: 15 Min..', 'Mit Ausnahmen: 15 Min.'],
    ['Waiting…', 'Waiting…'],
    ['Loading...', 'Loading...'],
    ['a. b.', 'a. b.'],
    ['until \u2068ערב.\u2069.', 'until \u2068ערב.\u2069'],
  ])('%s', (given, expected) => {
    expect(singleStops(given)).toBe(expected);
  });

  it('has nothing to undo in the catalogs themselves: no message writes two stops in a row', () => {
    for (const locale of ['en', 'de']) {
      const doubled = Object.entries(catalog(locale)).filter(([, { message }]) => /(?<!\.)\.\.(?!\.)/.test(message));
      expect(doubled, locale).toEqual([]);
    }
  });
});
