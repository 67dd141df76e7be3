/**
 * The `_locales` folders a browser reads a message from, most specific first, as Chromium and Firefox
 * do: the UI language with its region (`de_AT`), then without (`de`), then the extension's default.
 */
export function catalogLocales(uiLanguage: string, defaultLocale: string): string[] {
  const [language, region] = uiLanguage.replace('-', '_').split('_');
  const candidates = [region ? `${language}_${region.toUpperCase()}` : '', language ?? '', defaultLocale];
  return [...new Set(candidates.filter(Boolean))];
}
