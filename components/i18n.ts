import type { Translate } from '@/utils/i18n/translate';

/** The UI's one way to text: the browser's i18n catalog (public/_locales). */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key as never, substitutions) || key;
