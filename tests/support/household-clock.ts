import { HOUSEHOLD_ZONE } from './test-agreement';

const householdDay = (instant: number) => new Intl.DateTimeFormat('en-CA', { timeZone: HOUSEHOLD_ZONE, dateStyle: 'short' }).format(instant);

/**
 * An instant as the banner and the popup write it (utils/format/format-clock.ts), said the way a
 * person reads it: the time, and the weekday too when it falls on another household day than
 * `now` — which a test's "in an hour" does whenever it runs late in the evening.
 */
export function householdClock(instant: number, now: number, locale: string): string {
  const sameDay = householdDay(instant) === householdDay(now);
  const format: Intl.DateTimeFormatOptions = sameDay ? { timeStyle: 'short' } : { weekday: 'short', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, { timeZone: HOUSEHOLD_ZONE, ...format }).format(instant);
}
