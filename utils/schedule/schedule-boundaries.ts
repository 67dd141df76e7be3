import type { Agreement } from '../agreement/agreement-schema';
import { MINUTES_PER_DAY } from '../agreement/time-of-day';
import type { DailyWindow } from './daily-window';
import { guardTimeline } from './guard-sources';
import { sortedInstantsBetween } from './sorted-instants';
import { windowEdgeInstants } from './window-edges';
import { workingHourWindows } from './working-hours';

/** A whole-day window on every weekday: its edges are exactly the local midnights. */
const EVERY_DAY: DailyWindow = { startsOn: { weekdays: [0, 1, 2, 3, 4, 5, 6] }, start: 0, end: MINUTES_PER_DAY };

/**
 * Every instant in (from, to) at which anything the schedule knows may change: guard sources
 * (zones, special days, protected rituals), either partner's working hours, the UTC offset and
 * the local date. Between two consecutive boundaries all of them hold still.
 */
export function scheduleBoundaries(agreement: Agreement, from: number, to: number): number[] {
  const windows = [...agreement.partners.flatMap(workingHourWindows), EVERY_DAY];
  return sortedInstantsBetween(
    [...guardTimeline(agreement, from, to).candidates, ...windowEdgeInstants(windows, agreement.household.timeZone, from, to)],
    from,
    to,
  );
}
