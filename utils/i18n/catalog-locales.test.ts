import { describe, expect, it } from 'vitest';
import { catalogLocales } from './catalog-locales';

describe('catalogLocales', () => {
  it('reads the region, then the language, then the default', () => {
    expect(catalogLocales('de-AT', 'en')).toEqual(['de_AT', 'de', 'en']);
    expect(catalogLocales('pt_br', 'en')).toEqual(['pt_BR', 'pt', 'en']);
  });

  it('names each folder once', () => {
    expect(catalogLocales('en', 'en')).toEqual(['en']);
    expect(catalogLocales('en-US', 'en')).toEqual(['en_US', 'en']);
  });
});
