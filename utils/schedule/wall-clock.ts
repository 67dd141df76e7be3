import { tzOffset } from '@date-fns/tz';
import { dateOfUtcMs, MS_PER_DAY, MS_PER_MINUTE, utcMsOfDate } from './calendar-date';

/** A moment as the household's clocks show it. */
export interface WallTime {
  date: string;
  /** 0 = Sunday, matching WEEKDAYS. */
  weekday: number;
  /**
   * Whole minutes after local midnight, 0..1439. Every window starts and ends on a whole minute,
   * so the floored minute decides membership exactly; seconds are deliberately not kept.
   */
  minute: number;
}

function offsetMs(instant: number, timeZone: string): number {
  // tzOffset answers in minutes, fractional for the historical offsets that had seconds.
  return Math.round(tzOffset(timeZone, new Date(instant)) * MS_PER_MINUTE);
}

/** The wall time read as if it were UTC: local arithmetic without any real zone involved. */
function localMs(date: string, minute: number): number {
  return utcMsOfDate(date) + minute * MS_PER_MINUTE;
}

/**
 * The offsets a day before and a day after a local time. Offsets stay within ±14 h and no zone
 * changes its offset twice within two days, so these are the only offsets that local time can
 * have; when they agree there is no transition near it at all.
 */
function surroundingOffsets(local: number, timeZone: string): [before: number, after: number] {
  return [offsetMs(local - MS_PER_DAY, timeZone), offsetMs(local + MS_PER_DAY, timeZone)];
}

/** The first instant in (from, to] whose offset differs from the offset at `from`; one must exist. */
function firstOffsetChange(from: number, to: number, timeZone: string): number {
  const base = offsetMs(from, timeZone);
  let [unchanged, changed] = [from, to];
  while (changed - unchanged > 1) {
    const mid = Math.floor((unchanged + changed) / 2);
    if (offsetMs(mid, timeZone) === base) unchanged = mid;
    else changed = mid;
  }
  return changed;
}

export function wallTimeAt(instant: number, timeZone: string): WallTime {
  const local = new Date(instant + offsetMs(instant, timeZone));
  return {
    date: dateOfUtcMs(local.getTime()),
    weekday: local.getUTCDay(),
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/**
 * Every instant whose wall time is exactly `minute` after midnight of `date` (minute 1440 is the
 * next midnight): none in a spring-forward gap, two in a fall-back overlap, ascending.
 */
export function instantsAtWallTime(date: string, minute: number, timeZone: string): number[] {
  const local = localMs(date, minute);
  const [before, after] = surroundingOffsets(local, timeZone);
  if (before === after) return [local - before];
  // Each candidate is real only if the zone has that offset there. Both are real only when the
  // clock went back (before > after), and then local - before is the earlier, so the order holds.
  const candidates: Array<[instant: number, offset: number]> = [
    [local - before, before],
    [local - after, after],
  ];
  return candidates.filter(([instant, offset]) => offsetMs(instant, timeZone) === offset).map(([instant]) => instant);
}

/** The earliest instant at the wall time, or, in a gap, the jump itself: the first moment the clock shows a later time. */
export function firstInstantAtOrAfterWallTime(date: string, minute: number, timeZone: string): number {
  const [earliest] = instantsAtWallTime(date, minute, timeZone);
  if (earliest !== undefined) return earliest;
  const local = localMs(date, minute);
  const [before, after] = surroundingOffsets(local, timeZone);
  // The clock jumps from `before` to `after` at T with T + before <= local < T + after.
  return firstOffsetChange(local - after, local - before, timeZone);
}

/** Instants in (from, to] at which the zone's UTC offset changes, to the millisecond. */
export function offsetTransitionsBetween(from: number, to: number, timeZone: string): number[] {
  const transitions: number[] = [];
  let start = from;
  let startOffset = offsetMs(start, timeZone);
  while (start < to) {
    const end = Math.min(start + MS_PER_DAY, to);
    const endOffset = offsetMs(end, timeZone);
    if (endOffset === startOffset) {
      start = end;
      continue;
    }
    // Resume from the transition itself, so a second change within the same day is not lost.
    start = firstOffsetChange(start, end, timeZone);
    startOffset = offsetMs(start, timeZone);
    transitions.push(start);
  }
  return transitions;
}
