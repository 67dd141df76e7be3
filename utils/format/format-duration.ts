import { numberFormat } from './intl-formats';
/**
 * A duration as people say it, rounded to the minute: "1 hr 5 min", "45 min", "0 min" /
 * "1 Std. 5 Min.". Units come from Intl, so every locale gets its own abbreviations.
 */
export function formatDuration(ms: number, locale: string): string {
  const minutes = Math.round(Math.max(0, ms) / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') => numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (hours === 0) return unit(rest, 'minute');
  return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}
