import { MS_PER_MINUTE, utcMsOfDate } from '../schedule/calendar-date';
import { firstInstantAtOrAfterWallTime, offsetTransitionsBetween, wallTimeAt } from '../schedule/wall-clock';

/** One change of a zone's UTC offset, in minutes east of UTC. */
export interface OffsetChange {
  instant: number;
  from: number;
  to: number;
}

/**
 * The zone's offset at an instant, read back from the wall clock the schedule engine shows there
 * so that the calendar and the engine can never disagree about a zone. Exact for whole-minute
 * offsets, which every zone has had since 1972.
 */
export function offsetMinutesAt(instant: number, timeZone: string): number {
  const wall = wallTimeAt(instant, timeZone);
  const wholeMinute = Math.floor(instant / MS_PER_MINUTE) * MS_PER_MINUTE;
  return (utcMsOfDate(wall.date) + wall.minute * MS_PER_MINUTE - wholeMinute) / MS_PER_MINUTE;
}

/** The instant local midnight starts January 1 of `year` in the zone. */
export function startOfLocalYear(year: number, timeZone: string): number {
  return firstInstantAtOrAfterWallTime(`${String(year).padStart(4, '0')}-01-01`, 0, timeZone);
}

/** Every offset change in [start of local year `firstYear`, start of local year `endYear`). */
export function offsetChangesInYears(firstYear: number, endYear: number, timeZone: string): OffsetChange[] {
  const from = startOfLocalYear(firstYear, timeZone);
  const to = startOfLocalYear(endYear, timeZone);
  // The engine answers for (from, to]; a step back turns that into [from, to).
  return offsetTransitionsBetween(from - 1, to - 1, timeZone).map((instant) => ({
    instant,
    from: offsetMinutesAt(instant - 1, timeZone),
    to: offsetMinutesAt(instant, timeZone),
  }));
}
