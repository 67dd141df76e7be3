import { catalogTranslator, isolatedSubstitutions, singleStops, type MessageCatalog, type Translate } from '@/utils/i18n/translate';
import { catalogLocales } from '@/utils/i18n/catalog-locales';

/** Read from the catalogs by `loadMessages` when the browser's own lookup came back empty. */
let fallback: Translate | undefined;

/** The UI's one way to text: the browser's i18n catalog (public/_locales). */
export const t: Translate = (key, substitutions) =>
  singleStops(browser.i18n.getMessage(key as never, isolatedSubstitutions(substitutions))) || fallback?.(key, substitutions) || key;

/**
 * Makes sure `t` has text before a page renders. Chromium has been seen (once in ~100 end-to-end
 * runs) to answer every `getMessage` of a freshly opened options page with "", which drew the raw
 * keys; the page then reads the same `_locales` files itself, in the browser's lookup order.
 */
export async function loadMessages(): Promise<void> {
  if (browser.i18n.getMessage('extName')) return;
  const catalogs: MessageCatalog[] = [];
  for (const locale of catalogLocales(uiLocale(), 'en')) {
    const response = await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json` as never)).catch(() => undefined);
    if (response?.ok) catalogs.push((await response.json()) as MessageCatalog);
  }
  fallback = catalogTranslator(Object.assign({}, ...catalogs.reverse()));
}

/**
 * The language the browser shows its UI in, which is also the catalog `t` reads from: dates and
 * times use it too, so a German page never says "7:00 PM".
 */
export const uiLocale = (): string => browser.i18n.getUILanguage();
