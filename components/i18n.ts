import type { Translate } from '@/utils/i18n/translate';

/** The UI's one way to text: the browser's i18n catalog (public/_locales). */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key as never, substitutions) || key;

/**
 * The language the browser shows its UI in, which is also the catalog `t` reads from: dates and
 * times use it too, so a German page never says "7:00 PM".
 */
export const uiLocale = (): string => browser.i18n.getUILanguage();
