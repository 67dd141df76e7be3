import type { Agreement, ZoneMode } from '../agreement/agreement-schema';
import { isInsideWindow } from './daily-window';
import { ritualOccurrences } from './rituals';
import { sortedInstantsBetween } from './sorted-instants';
import { offsetTransitionsBetween, wallTimeAt } from './wall-clock';
import { windowEdgeInstants } from './window-edges';
import { zoneWindows } from './zones';

/** Something in the agreement that asks for work to stop right now. */
export interface GuardSource {
  kind: 'zone' | 'special-day' | 'ritual';
  id: string;
  label: string;
  mode: ZoneMode;
}

/**
 * What guards when, between `from` and `to`. The set of sources can change only at a candidate:
 * an instant where the wall clock reaches a window edge, where the offset changes (the clock
 * skipping or repeating over an edge) or where a protected ritual starts or ends.
 */
export interface GuardTimeline {
  /** Sorted, strictly between `from` and `to`. */
  candidates: number[];
  sourcesAt(instant: number): GuardSource[];
}

export function guardTimeline(agreement: Agreement, from: number, to: number): GuardTimeline {
  const { timeZone } = agreement.household;
  const zones = zoneWindows(agreement);
  const rituals = ritualOccurrences(agreement, from, to).filter((occurrence) => occurrence.protected);
  const zoneEdges = windowEdgeInstants(zones.map(({ window }) => window), timeZone, from, to);
  const ritualEdges = rituals.flatMap(({ start, end }) => [start, end]);
  const candidates = sortedInstantsBetween([...zoneEdges, ...offsetTransitionsBetween(from, to, timeZone), ...ritualEdges], from, to);
  return {
    candidates,
    sourcesAt(instant) {
      const wall = wallTimeAt(instant, timeZone);
      const fromZones: GuardSource[] = zones.filter(({ window }) => isInsideWindow(window, wall)).map(({ source }) => source);
      // A clock turned forward can make a day-long ritual overlap its next occurrence; it is still one source.
      const runningRituals = new Map(
        rituals.filter(({ start, end }) => start <= instant && instant < end).map((occurrence) => [occurrence.ritualId, occurrence]),
      );
      // A protected ritual asks for quiet, not a wall: it dims.
      const fromRituals = [...runningRituals.values()].map(
        ({ ritualId, label }): GuardSource => ({ kind: 'ritual', id: ritualId, label, mode: 'dim' }),
      );
      return [...fromZones, ...fromRituals];
    },
  };
}
