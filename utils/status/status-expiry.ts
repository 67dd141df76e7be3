import type { PopupStatus } from './popup-status';

/**
 * When the status the popup shows goes out of date by itself: the next ritual starts, a running
 * one ends, the zone or the override ends, working hours begin or end, or a minute of open work is
 * counted (`changesAt`). The popup asks again then. Light on purpose: the popup imports it.
 */
export function statusExpiresAt(status: PopupStatus): number {
  const { me } = status;
  const instants = [
    status.nextRitual?.start,
    ...status.runningRituals.map((ritual) => ritual.end),
    me.kind === 'zone' || me.kind === 'override' ? me.until : null,
  ].filter((instant): instant is number => typeof instant === 'number' && instant > status.now);
  return Math.min(status.changesAt, ...instants);
}
