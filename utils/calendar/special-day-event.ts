import type { SpecialDay } from '../agreement/agreement-schema';
import { MINUTES_PER_DAY, minutesOfDay } from '../agreement/time-of-day';
import { isLocalDate } from '../agreement/local-date';
import { addDays } from '../schedule/calendar-date';
import { endsNextDay } from '../schedule/ends-next-day';
import { escapeText } from './ics-text';
import { localDateTime, utcDateTime } from './ics-time';

/**
 * A yearly special day (a birthday, an anniversary) as a VEVENT repeating every year from its
 * date: a whole-day event, or its hours on the household's wall clock as the guard reads them.
 * A 29 February is skipped in other years, as the schedule does.
 */
export function specialDayEventLines(day: SpecialDay, context: { timeZone: string; today: string; now: number }): string[] {
  const first = firstOnOrAfter(day.date, context.today);
  const span =
    day.start === undefined || day.end === undefined
      ? [`DTSTART;VALUE=DATE:${first.replaceAll('-', '')}`, `DTEND;VALUE=DATE:${addDays(first, 1).replaceAll('-', '')}`]
      : timedSpan(first, day.start, day.end, context.timeZone);
  return [
    'BEGIN:VEVENT',
    `UID:special-day-${day.id}@hearth`,
    `DTSTAMP:${utcDateTime(context.now)}`,
    ...span,
    // Month and day spelled out: with a bare FREQ=YEARLY some readers (ical.js) move 29 February to 1 March.
    `RRULE:FREQ=YEARLY;BYMONTH=${Number(first.slice(5, 7))};BYMONTHDAY=${Number(first.slice(8, 10))}`,
    `SUMMARY:${escapeText(day.label)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * The series starts at the first occurrence on or after today, as the rituals' do: the VTIMEZONE
 * written beside it covers the years from now on, not a birth date decades ago.
 */
function firstOnOrAfter(date: string, today: string): string {
  const monthDay = date.slice(4);
  // A 29 February comes back within eight years (1900 and 2100 skip a leap year).
  for (let year = Math.max(Number(date.slice(0, 4)), Number(today.slice(0, 4))); ; year++) {
    const candidate = `${year}${monthDay}`;
    if (candidate >= today && isLocalDate(candidate)) return candidate;
  }
}

function timedSpan(date: string, start: string, end: string, timeZone: string): string[] {
  const endMinute = minutesOfDay(end);
  // "24:00" and an end past midnight both close on the next day's clock.
  const endDate = endsNextDay(start, end) || endMinute === MINUTES_PER_DAY ? addDays(date, 1) : date;
  return [`DTSTART;TZID=${timeZone}:${localDateTime(date, minutesOfDay(start))}`, `DTEND;TZID=${timeZone}:${localDateTime(endDate, endMinute % MINUTES_PER_DAY)}`];
}
