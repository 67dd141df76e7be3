import type { Recurrence } from '../agreement/agreement-schema';
import { weekdayIndex, type Weekday } from '../agreement/weekday';
import { ICS_WEEKDAYS } from './ics-weekday';

const code = (day: Weekday) => ICS_WEEKDAYS[weekdayIndex(day)]!;

/**
 * The RRULE (RFC 5545 §3.3.10) of a ritual's recurrence. A monthly "week" is the nth such weekday
 * of the month (1–4) or the last (-1), exactly what BYDAY=2MO and BYDAY=-1FR mean.
 */
export function ritualRrule(recurrence: Recurrence): string {
  switch (recurrence.kind) {
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekly':
      // In week order, so the same days always give the same line whatever order they were written in.
      return `FREQ=WEEKLY;BYDAY=${[...new Set(recurrence.days)].sort((a, b) => weekdayIndex(a) - weekdayIndex(b)).map(code).join(',')}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYDAY=${recurrence.week}${code(recurrence.day)}`;
  }
}
