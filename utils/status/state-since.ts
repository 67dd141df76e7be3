import type { Agreement } from '../agreement/agreement-schema';
import { previousGuardBoundary } from '../schedule/guard-state';
import { windowEdgeInstants } from '../schedule/window-edges';
import { workingHourWindows } from '../schedule/working-hours';
import type { ActivityInterval } from '../tracking/activity-interval';
import { MAX_GAP_MS } from '../tracking/tracking-settings';
import type { MyStatus } from './my-status';

export interface StateSinceInput {
  agreement: Agreement;
  ownerId: string;
  now: number;
  me: MyStatus;
  /** This week's intervals, the open one included as it stands now. */
  intervals: readonly ActivityInterval[];
  openInterval: ActivityInterval | null;
}

/**
 * Since when `me` has held, re-derived from the agreement and the recorded work (nothing
 * remembered), for the partner's "since 18:05". Null when Hearth cannot know: an override (its
 * start is not kept) or a state older than what it can see.
 */
export function stateSince({ agreement, ownerId, now, me, intervals, openInterval }: StateSinceInput): number | null {
  switch (me.kind) {
    case 'override':
      return null;
    case 'zone':
      return previousGuardBoundary(agreement, now);
    case 'working-in-hours':
    case 'after-hours': {
      if (!openInterval) return null;
      const stretchStart = workStretchStart(intervals, openInterval.start);
      // In hours and after hours part at an edge of the owner's working hours.
      const partner = agreement.partners.find((candidate) => candidate.id === ownerId);
      const edges = partner ? windowEdgeInstants(workingHourWindows(partner), agreement.household.timeZone, stretchStart, now) : [];
      return Math.max(stretchStart, ...edges.filter((edge) => edge <= now));
    }
    case 'away-in-hours':
    case 'off': {
      const lastWorkEnd = Math.max(...intervals.filter((interval) => interval.end <= now).map((interval) => interval.end), -Infinity);
      const zoneEnded = previousGuardBoundary(agreement, now) ?? -Infinity;
      const since = Math.max(lastWorkEnd, zoneEnded);
      return Number.isFinite(since) ? since : null;
    }
  }
}

/**
 * Where the run of work that reaches `from` began: intervals on any site that touch it, with gaps
 * no longer than the tracker's own, count as one stretch (switching tabs is not stopping).
 */
function workStretchStart(intervals: readonly ActivityInterval[], from: number): number {
  let start = from;
  for (const interval of [...intervals].sort((a, b) => b.start - a.start)) {
    if (interval.start < start && interval.end >= start - MAX_GAP_MS) start = interval.start;
  }
  return start;
}
