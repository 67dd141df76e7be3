import { numberFormat } from './intl-formats';
/**
 * A number of minutes written out, "1 minute", "30 minutes", "1 Minute", "30 Minuten": Intl knows
 * each language's plural, which a chrome.i18n message with "$1 minutes" cannot.
 */
export function formatMinutes(minutes: number, locale: string | undefined): string {
  return numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}
