import { WEEKDAY_TIME } from './format-day';
import { dateTimeFormat } from './intl-formats';

/**
 * "7:00 AM" / "07:00", or "Sat 7:00 AM" / "Sa., 07:00" when the instant is on another local day
 * than `now`: the banner says until when, in the household's zone, in the reader's locale.
 */
export function formatClock(instant: number, now: number, timeZone: string, locale?: string): string {
  const day = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const sameDay = day.format(instant) === day.format(now);
  return dateTimeFormat(locale, { timeZone, ...(sameDay ? { timeStyle: 'short' } : WEEKDAY_TIME) }).format(instant);
}
