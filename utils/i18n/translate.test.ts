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
});

describe('singleStops', () => {
  it.each([
    ['Mit Ausnahmen: 15 Min..', 'Mit Ausnahmen: 15 Min.'],
    ['Waiting…', 'Waiting…'],
    ['Loading...', 'Loading...'],
    ['a. b.', 'a. b.'],
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
