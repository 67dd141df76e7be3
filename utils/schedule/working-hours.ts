import type { Agreement, Partner } from '../agreement/agreement-schema';
import { minutesOfDay } from '../agreement/time-of-day';
import { WEEKDAYS } from '../agreement/weekday';
import { isInsideWindow, type DailyWindow } from './daily-window';
import { offsetTransitionsBetween, wallTimeAt } from './wall-clock';
import { windowEdgeInstants } from './window-edges';

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

/**
 * The first instant after `now`, within `horizonMs`, at which the partner's working hours begin or
 * end (or the clock change that skips an edge); null when none falls in it or the id names nobody.
 */
export function nextWorkingHoursEdge(agreement: Agreement, partnerId: string, now: number, horizonMs: number): number | null {
  const partner = agreement.partners.find((candidate) => candidate.id === partnerId);
  if (!partner) return null;
  const { timeZone } = agreement.household;
  const to = now + horizonMs;
  const windows = workingHourWindows(partner);
  if (windows.length === 0) return null;
  const candidates = [...windowEdgeInstants(windows, timeZone, now, to), ...offsetTransitionsBetween(now, to, timeZone)];
  const after = candidates.filter((instant) => instant > now && instant <= to);
  return after.length ? Math.min(...after) : null;
}
