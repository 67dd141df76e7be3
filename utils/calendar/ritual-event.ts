import type { Recurrence, Ritual } from '../agreement/agreement-schema';
import { minutesOfDay } from '../agreement/time-of-day';
import { addDays, weekdayOfDate } from '../schedule/calendar-date';
import { recursOn } from '../schedule/ritual-recurrence';
import { escapeText } from './ics-text';
import { localDateTime, minutesDuration, utcDateTime } from './ics-time';
import { ritualRrule } from './ritual-rrule';

/** The DESCRIPTION of an event, in the couple's language: the core only places it. */
export interface RitualEventText {
  protectedNote: string;
  openNote: string;
}

export interface RitualEventContext {
  timeZone: string;
  /** The household's local date at export: the series starts at the first occurrence on or after it. */
  today: string;
  now: number;
}

/** A monthly ritual recurs within five weeks of any date. */
const LONGEST_GAP_DAYS = 35;

function firstDateOnOrAfter(recurrence: Recurrence, today: string): string {
  for (let offset = 0; offset <= LONGEST_GAP_DAYS; offset++) {
    const date = addDays(today, offset);
    if (recursOn(recurrence, date, weekdayOfDate(date))) return date;
  }
  throw new RangeError('a valid recurrence always recurs within five weeks');
}

/** One ritual as a recurring VEVENT (RFC 5545 §3.6.1), with a display alarm when it has a reminder. */
export function ritualEventLines(ritual: Ritual, context: RitualEventContext, text: RitualEventText): string[] {
  const start = localDateTime(firstDateOnOrAfter(ritual.recurrence, context.today), minutesOfDay(ritual.time));
  const alarm =
    ritual.reminderMinutes > 0
      ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(ritual.label)}`, `TRIGGER:-${minutesDuration(ritual.reminderMinutes)}`, 'END:VALARM']
      : [];
  return [
    'BEGIN:VEVENT',
    // Stable per ritual, so importing a newer export updates the series instead of doubling it.
    `UID:${ritual.id}@hearth`,
    `DTSTAMP:${utcDateTime(context.now)}`,
    // A wall time the clock skips or repeats on a change day (02:30 in Berlin) is read one way by
    // the engine (the jump; the first of the two), another by RFC 5545 §3.3.5 (the offset before
    // the gap) and a third by ical.js. Only such a ritual, on such a day, can appear in a calendar
    // at another time than Hearth keeps it; the tests check every other occurrence.
    `DTSTART;TZID=${context.timeZone}:${start}`,
    `DURATION:${minutesDuration(ritual.durationMinutes)}`,
    `RRULE:${ritualRrule(ritual.recurrence)}`,
    `SUMMARY:${escapeText(ritual.label)}`,
    `DESCRIPTION:${escapeText(ritual.protected ? text.protectedNote : text.openNote)}`,
    ...alarm,
    'END:VEVENT',
  ];
}
