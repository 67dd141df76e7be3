import { minutesOfDay } from '../agreement/time-of-day';
import { weekdayIndex, type Weekday } from '../agreement/weekday';
import { dateTimeFormat, listFormat } from './intl-formats';

/*
 * The agreement stores wall-clock values in fixed machine forms ("19:00", "mon", "2026-12-05");
 * people read them in their own language's forms. Formatting happens in UTC on purpose: these are
 * household wall-clock values, not instants, so no zone may shift them.
 */

/**
 * "7:00 PM" or "19:00", as the locale writes a time. "24:00" (a block's end at midnight) is written
 * as a 24-hour locale writes the end of a day, "24:00" ("bis 24:00", not "bis 00:00", which reads as
 * the day's start); a 12-hour locale has no such form and writes "12:00 AM".
 */
export function formatTimeOfDay(time: string, locale: string): string {
  const minutes = minutesOfDay(time);
  const short = dateTimeFormat(locale, { timeZone: 'UTC', timeStyle: 'short' });
  if (minutes === 24 * 60) {
    const { hourCycle, hour } = short.resolvedOptions();
    if (hourCycle === 'h23') return dateTimeFormat(locale, { timeZone: 'UTC', hour: hour === 'numeric' ? 'numeric' : '2-digit', minute: '2-digit', hourCycle: 'h24' }).format(Date.UTC(2000, 0, 1));
  }
  return short.format(Date.UTC(2000, 0, 1, 0, minutes % (24 * 60)));
}

/** "19:00–07:00" in the reader's forms, or `null` for a block from midnight to midnight (the whole day). */
export function formatTimeRange(start: string, end: string, locale: string): string | null {
  if (minutesOfDay(start) === 0 && minutesOfDay(end) === 24 * 60) return null;
  return `${formatTimeOfDay(start, locale)}–${formatTimeOfDay(end, locale)}`;
}

/** "Monday" / "Montag", or "Mon" / "Mo" when short. */
export function formatWeekday(day: Weekday, locale: string, style: 'long' | 'short' = 'long'): string {
  // 2 January 2000 was a Sunday, index 0 as in WEEKDAYS.
  return dateTimeFormat(locale, { timeZone: 'UTC', weekday: style }).format(Date.UTC(2000, 0, 2 + weekdayIndex(day)));
}

/** "Mon, Tue, and Wed" / "Mo, Di und Mi", in the order given. */
export function formatWeekdays(days: readonly Weekday[], locale: string): string {
  return listFormat(locale, { type: 'conjunction' }).format(days.map((day) => formatWeekday(day, locale, 'short')));
}

/** A calendar date ("2026-12-05") as "Dec 5, 2026" / "05.12.2026". */
export function formatCalendarDate(date: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(utcDate(date));
}

/** A day of the shown week: "Monday, November 23" / "Montag, 23. November", or "Mon, 11/23" / "Mo., 23.11." when short. */
export function formatWeekDate(date: string, locale: string, style: 'long' | 'short'): string {
  const options: Intl.DateTimeFormatOptions = style === 'long' ? { weekday: 'long', month: 'long', day: 'numeric' } : { weekday: 'short', month: 'numeric', day: 'numeric' };
  return dateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(utcDate(date));
}

/** "Nov 23 – 29, 2026" / "23.–29.11.2026": a week as one range, each language shortening it its own way. */
export function formatDateRange(first: string, last: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).formatRange(utcDate(first), utcDate(last));
}

/** An hour mark of a time axis: "6 AM" / "06 Uhr". */
export function formatHour(hour: number, locale: string): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric' }).format(Date.UTC(2000, 0, 1, hour % 24));
}

function utcDate(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}
