import type { Recurrence } from '../agreement/agreement-schema';
import { WEEKDAYS } from '../agreement/weekday';
import { addDays } from './calendar-date';

/** Whether a ritual with this recurrence falls on the local date (whose weekday the caller knows). */
export function recursOn(recurrence: Recurrence, date: string, weekday: number): boolean {
  const day = WEEKDAYS[weekday]!;
  switch (recurrence.kind) {
    case 'daily':
      return true;
    case 'weekly':
      return recurrence.days.includes(day);
    case 'monthly': {
      if (recurrence.day !== day) return false;
      // The last such weekday is the one with no same weekday left in its month.
      if (recurrence.week === -1) return addDays(date, 7).slice(0, 7) !== date.slice(0, 7);
      return Math.ceil(Number(date.slice(8, 10)) / 7) === recurrence.week;
    }
  }
}
