import type { Agreement } from '../agreement/agreement-schema';
import { GUARD_HORIZON_MS, nextGuardBoundary } from '../schedule/guard-state';
import { weekBounds } from '../schedule/week-bounds';
import { nextWorkingHoursEdge } from '../schedule/working-hours';
import type { ActivityInterval } from '../tracking/activity-interval';
import { MAX_GAP_MS } from '../tracking/tracking-settings';
import { isWorkingNow } from './my-status';

export interface StatusChangesAtInput {
  agreement: Agreement;
  ownerId: string;
  now: number;
  openInterval: ActivityInterval | null;
}

/** Work going on is counted in whole minutes: the popup's figures move once a minute while it lasts. */
const COUNTED_EVERY_MS = 60_000;

/**
 * The first instant after `now` at which "me" or the budget can read differently with nothing new
 * written: a zone begins or ends, the owner's working hours begin or end, the household's week (and
 * with it the budget) turns, or, while work is open, the next minute counted and the moment the open
 * work goes stale. What a write changes (new work, an override, an edit) is not foreseen here.
 */
export function statusChangesAt({ agreement, ownerId, now, openInterval }: StatusChangesAtInput): number {
  const instants = [
    nextGuardBoundary(agreement, now),
    nextWorkingHoursEdge(agreement, ownerId, now, GUARD_HORIZON_MS),
    weekBounds(agreement, now).end,
  ];
  if (openInterval && isWorkingNow(openInterval, now)) instants.push(now + COUNTED_EVERY_MS, openInterval.end + MAX_GAP_MS + 1);
  return Math.min(...instants.filter((instant): instant is number => instant !== null && instant > now));
}
