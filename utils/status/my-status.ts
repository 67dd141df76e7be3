import type { Agreement } from '../agreement/agreement-schema';
import type { ActiveOverride } from '../guard/guard-plan';
import { isGuardingMode, type GuardState } from '../schedule/guard-state';
import { isWithinWorkingHours } from '../schedule/working-hours';
import type { ActivityInterval } from '../tracking/activity-interval';
import { MAX_GAP_MS } from '../tracking/tracking-settings';

/** What the popup says about "me, now", most telling first (see `myStatus`). */
export type MyStatus =
  | { kind: 'override'; until: number; site: string }
  | { kind: 'zone'; labels: string[]; until: number | null }
  | { kind: 'after-hours'; minutesToday: number }
  | { kind: 'working-in-hours' }
  /** In the owner's working hours with no work open: in a meeting, on a call, away from the screen. */
  | { kind: 'away-in-hours' }
  | { kind: 'off' };

export interface MyStatusInput {
  agreement: Agreement;
  ownerId: string;
  now: number;
  guardState: GuardState;
  /** The override running now, if any (the latest-ending one when several sites are released). */
  activeOverride: ActiveOverride | undefined;
  /** After-hours work recorded today (household-local date), the open interval included. */
  afterHoursTodayMs: number;
  /** The interval the tracker has open, i.e. work going on now; null when none. */
  openInterval: ActivityInterval | null;
}

/**
 * One state, by precedence: an override taken in a guarding zone > a zone (any mode, special days
 * and protected rituals included) > work now outside the owner's hours > work now in hours > no
 * work open in hours (Hearth sees work sites only, so it never calls a working day "off") > off.
 * An override that outlives its zone has nothing left to override, so it is not shown.
 */
export function myStatus({ agreement, ownerId, now, guardState, activeOverride, afterHoursTodayMs, openInterval }: MyStatusInput): MyStatus {
  const guarding = isGuardingMode(guardState.mode);
  if (guarding && activeOverride && activeOverride.end > now) {
    return { kind: 'override', until: activeOverride.end, site: activeOverride.site };
  }
  if (guardState.sources.length > 0) {
    return { kind: 'zone', labels: [...new Set(guardState.sources.map((source) => source.label))], until: guardState.until };
  }
  const inHours = isWithinWorkingHours(agreement, ownerId, now);
  if (!isWorkingNow(openInterval, now)) return { kind: inHours ? 'away-in-hours' : 'off' };
  if (inHours) return { kind: 'working-in-hours' };
  // Someone working after hours right now has worked some of it: never "0 min".
  return { kind: 'after-hours', minutesToday: Math.max(1, Math.round(afterHoursTodayMs / 60_000)) };
}

/**
 * An open interval whose last checkpoint is older than the tracker's largest gap is stale: the
 * machine slept, and the tracker will close it at that checkpoint when it next looks.
 */
export function isWorkingNow(open: ActivityInterval | null, now: number): boolean {
  return open !== null && open.start <= now && now - open.end <= MAX_GAP_MS;
}
