import { dateTimeFormat } from './intl-formats';
/**
 * A weekday with a time. `timeStyle` cannot be combined with a weekday, and a two-digit hour would
 * force "07:00 PM" on English; a numeric hour lets each locale write its own ("Mon 7:00 PM",
 * "Mo., 07:00").
 */
export const WEEKDAY_TIME: Intl.DateTimeFormatOptions = { weekday: 'short', hour: 'numeric', minute: '2-digit' };

/** A household-local date ("2026-11-23") as "Mon, Nov 23" / "Mo., 23. Nov."; in UTC, as a wall-clock date is no instant. */
export function formatDay(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' }).format(Date.UTC(year, month - 1, day));
}

/** An instant as the household's weekday and clock: "Mon 8:00 PM" / "Mo., 20:00". */
export function formatWeekdayTime(instant: number, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone, ...WEEKDAY_TIME }).format(instant);
}
