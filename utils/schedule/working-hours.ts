import type { Agreement, Partner } from '../agreement/agreement-schema';
import { minutesOfDay } from '../agreement/time-of-day';
import { WEEKDAYS } from '../agreement/weekday';
import { isInsideWindow, type DailyWindow } from './daily-window';
import { wallTimeAt } from './wall-clock';

/** Each block starts on its weekday and, like a zone, may run past midnight. */
export function workingHourWindows(partner: Partner): DailyWindow[] {
  return WEEKDAYS.flatMap((day, weekday) =>
    partner.workingHours[day].map((block) => ({
      startsOn: { weekdays: [weekday] },
      start: minutesOfDay(block.start),
      end: minutesOfDay(block.end),
    })),
  );
}

/** False for an id that names neither partner: nobody is at work under an agreement that does not know them. */
export function isWithinWorkingHours(agreement: Agreement, partnerId: string, now: number): boolean {
  const partner = agreement.partners.find((candidate) => candidate.id === partnerId);
  if (!partner) return false;
  const wall = wallTimeAt(now, agreement.household.timeZone);
  return workingHourWindows(partner).some((window) => isInsideWindow(window, wall));
}
