import { addDays, datesThrough, weekdayOfDate } from './calendar-date';
import { windowEdgesOn, type DailyWindow } from './daily-window';
import { instantsAtWallTime, wallTimeAt } from './wall-clock';

/**
 * Every instant at which the wall clock reaches an edge of an occurrence of these windows that
 * starts from the local day before `from` (its occurrence may still be running) to the local day
 * after `to` (a clock turned back over midnight can show a later date before `to`). Unsorted and
 * unfiltered: callers clip to their own interval. Edges in a gap have no instant; the offset
 * transition that skips them is the caller's candidate.
 */
export function windowEdgeInstants(windows: readonly DailyWindow[], timeZone: string, from: number, to: number): number[] {
  const resolved = new Map<string, number[]>();
  const instants: number[] = [];
  const dates = datesThrough(addDays(wallTimeAt(from, timeZone).date, -1), addDays(wallTimeAt(to, timeZone).date, 1));
  for (const date of dates) {
    const weekday = weekdayOfDate(date);
    for (const window of windows) {
      for (const edge of windowEdgesOn(window, date, weekday)) {
        // Many windows share edges (08:30, midnight); each wall time is resolved once.
        const key = `${edge.date} ${edge.minute}`;
        let atEdge = resolved.get(key);
        if (!atEdge) {
          atEdge = instantsAtWallTime(edge.date, edge.minute, timeZone);
          resolved.set(key, atEdge);
        }
        instants.push(...atEdge);
      }
    }
  }
  return instants;
}
