import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageCatalog } from './translate';

const LOCALES_DIR = 'public/_locales';
const catalog = (locale: string) => JSON.parse(readFileSync(`${LOCALES_DIR}/${locale}/messages.json`, 'utf8')) as MessageCatalog;
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g))].sort();

const english = catalog('en');
const translations = readdirSync(LOCALES_DIR).filter((locale) => locale !== 'en');

describe('locale catalogs', () => {
  it('include German', () => {
    expect(translations).toContain('de');
  });

  it('names every message as Chrome requires, or the whole extension fails to load', () => {
    expect(Object.keys(english).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key))).toEqual([]);
  });

  it('English has no empty message', () => {
    expect(Object.keys(english).filter((key) => !english[key]!.message.trim())).toEqual([]);
  });

  describe.each(translations)('%s', (locale) => {
    const translated = catalog(locale);

    it('has exactly the English keys', () => {
      const keys = Object.keys(translated);
      expect({ missing: Object.keys(english).filter((key) => !(key in translated)), extra: keys.filter((key) => !(key in english)) }).toEqual({
        missing: [],
        extra: [],
      });
    });

    it('has no empty message', () => {
      expect(Object.keys(translated).filter((key) => !translated[key]?.message?.trim())).toEqual([]);
    });

    it('uses the same $n substitutions as English, key by key', () => {
      const differing = Object.keys(english)
        .filter((key) => key in translated)
        .map((key) => ({ key, en: placeholders(english[key]!.message), translated: placeholders(translated[key]!.message) }))
        .filter((row) => row.en.join() !== row.translated.join());
      expect(differing).toEqual([]);
    });
  });
});
