import { addDays } from '../schedule/calendar-date';
import { dateTimeFormat } from '../format/intl-formats';

/**
 * How far away a ritual is, as a message key and its parts. Light on purpose (Intl and calendar
 * arithmetic only): the popup recomputes it every 30 s without the schedule engine.
 */
export type Countdown =
  | { key: 'popupCountdownNow' }
  | { key: 'popupCountdownMinutes'; count: number }
  | { key: 'popupCountdownHours'; count: number }
  | { key: 'popupCountdownTomorrow'; time: string }
  | { key: 'popupCountdownLater'; day: string; time: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const WEEK_MS = 7 * 24 * HOUR;

/**
 * "in 25 min" under an hour away (rounded up, so never "in 0 min" before the start, and from
 * "in 60 min" on it says "in 1 h");
 * "in 3 h" later the same household-local day; "tomorrow 07:15" on the next local day; otherwise
 * the weekday ("Sat 07:15"), with the date too from a week on.
 */
export function countdownTo(start: number, now: number, timeZone: string, locale?: string): Countdown {
  const ahead = start - now;
  if (ahead <= 0) return { key: 'popupCountdownNow' };
  const minutes = Math.ceil(ahead / MINUTE);
  if (minutes < 60) return { key: 'popupCountdownMinutes', count: minutes };
  const today = localDate(now, timeZone);
  const day = localDate(start, timeZone);
  if (day === today) return { key: 'popupCountdownHours', count: Math.round(ahead / HOUR) };
  const time = dateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(start);
  if (day === addDays(today, 1)) return { key: 'popupCountdownTomorrow', time };
  const dayFormat: Intl.DateTimeFormatOptions = ahead < WEEK_MS ? { weekday: 'short' } : { weekday: 'short', day: 'numeric', month: 'short' };
  return { key: 'popupCountdownLater', day: dateTimeFormat(locale, { timeZone, ...dayFormat }).format(start), time };
}

/** The `$1`, `$2` substitutions of the countdown's message. */
export function countdownSubstitutions(countdown: Countdown): string[] {
  switch (countdown.key) {
    case 'popupCountdownNow':
      return [];
    case 'popupCountdownMinutes':
    case 'popupCountdownHours':
      return [String(countdown.count)];
    case 'popupCountdownTomorrow':
      return [countdown.time];
    case 'popupCountdownLater':
      return [countdown.day, countdown.time];
  }
}

/** YYYY-MM-DD on the household's calendar ("en-CA" formats dates that way). */
function localDate(instant: number, timeZone: string): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
