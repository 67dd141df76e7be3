import type { Recurrence } from './agreement-schema';
import { WEEKDAYS, type Weekday } from './weekday';

export type RecurrenceKind = Recurrence['kind'];

/**
 * The recurrence after the person picks another kind, keeping what still means something: a
 * weekly ritual's first day becomes the monthly one's weekday and back, and daily becomes every
 * day of the week, so switching never invents a schedule the couple did not have.
 */
export function switchRecurrence(current: Recurrence, kind: RecurrenceKind, weekStartsOn: Weekday): Recurrence {
  if (current.kind === kind) return current;
  const days: Weekday[] =
    current.kind === 'weekly' ? current.days : current.kind === 'monthly' ? [current.day] : [...WEEKDAYS];
  switch (kind) {
    case 'daily':
      return { kind };
    case 'weekly':
      return { kind, days };
    case 'monthly':
      return { kind, week: 1, day: current.kind === 'daily' ? weekStartsOn : (days[0] ?? weekStartsOn) };
  }
}
