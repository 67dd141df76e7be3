import { addDays } from './calendar-date';
import type { WallTime } from './wall-clock';

/**
 * A stretch of wall-clock time that starts on certain days: every zone, special day and block
 * of working hours is one. `end` <= `start` means it runs past midnight into the next day;
 * `end` 1440 ("24:00") means it runs to the end of its own day.
 */
export interface DailyWindow {
  /** On weekdays, on one date, or on one date's month and day every year from that date on. */
  startsOn: { weekdays: readonly number[] } | { date: string; yearly?: boolean };
  /** Minutes after local midnight, 0..1439. */
  start: number;
  /** Minutes after local midnight, 1..1440. */
  end: number;
}

/** A wall time named by date and minute; minute 1440 is the next day's midnight. */
export interface WallEdge {
  date: string;
  minute: number;
}

/** The one place that decides whether a window crosses midnight. */
export function crossesMidnight(window: DailyWindow): boolean {
  return window.end <= window.start;
}

function startsOn(window: DailyWindow, date: string, weekday: number): boolean {
  if (!('date' in window.startsOn)) return window.startsOn.weekdays.includes(weekday);
  const { date: first, yearly } = window.startsOn;
  // A 29 February has no date in other years, and is skipped there (as RFC 5545 does).
  return yearly ? date >= first && date.slice(5) === first.slice(5) : date === first;
}

/** Half-open by wall time: the start minute is inside, the end minute is not. */
export function isInsideWindow(window: DailyWindow, wall: WallTime): boolean {
  const crosses = crossesMidnight(window);
  if (wall.minute >= window.start && (crosses || wall.minute < window.end) && startsOn(window, wall.date, wall.weekday)) {
    return true;
  }
  return crosses && wall.minute < window.end && startsOn(window, addDays(wall.date, -1), (wall.weekday + 6) % 7);
}

/** The wall times at which the occurrence starting on `date` opens and closes; none if it does not start then. */
export function windowEdgesOn(window: DailyWindow, date: string, weekday: number): WallEdge[] {
  if (!startsOn(window, date, weekday)) return [];
  return [
    { date, minute: window.start },
    { date: crossesMidnight(window) ? addDays(date, 1) : date, minute: window.end },
  ];
}
