import type { Agreement } from '../agreement/agreement-schema';
import { wallTimeAt } from '../schedule/wall-clock';
import { icsStream } from './ics-fold';
import { escapeText } from './ics-text';
import { ritualEventLines, type RitualEventText } from './ritual-event';
import { specialDayEventLines } from './special-day-event';
import { vtimezoneLines } from './vtimezone';

export interface RitualCalendarText extends RitualEventText {
  /** X-WR-CALNAME: the name calendar apps give the imported calendar. */
  calendarName: string;
}

/**
 * Every ritual and yearly special day of the agreement as an iCalendar stream (RFC 5545) that calendar apps import: one
 * recurring event per ritual in the household's zone, with that zone spelled out as a VTIMEZONE.
 * `now` stamps the events and picks the first occurrence; it is a parameter so the output is a
 * pure function of its inputs.
 */
/** Whether the calendar file would hold any event: the rituals, and the birthdays and anniversaries that repeat yearly. */
export function hasCalendarEvents(agreement: Agreement): boolean {
  return agreement.rituals.length > 0 || agreement.specialDays.some((day) => day.repeats === 'yearly');
}

export function ritualsToIcs(agreement: Agreement, now: number, text: RitualCalendarText): string {
  const { timeZone } = agreement.household;
  const context = { timeZone, today: wallTimeAt(now, timeZone).date, now };
  return icsStream([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Hearth//Hearth rituals//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(text.calendarName)}`,
    // Google Calendar and Apple Calendar take the calendar's own zone from this.
    `X-WR-TIMEZONE:${timeZone}`,
    ...vtimezoneLines(timeZone, now),
    ...agreement.rituals.flatMap((ritual) => ritualEventLines(ritual, context, text)),
    // Birthdays and anniversaries belong in the couple's calendar; one-off dates stay in Hearth.
    ...agreement.specialDays.filter((day) => day.repeats === 'yearly').flatMap((day) => specialDayEventLines(day, context)),
    'END:VCALENDAR',
  ]);
}
