import type { Agreement } from '../agreement/agreement-schema';
import { guardTimeline } from '../schedule/guard-sources';
import { isGuardingMode } from '../schedule/guard-state';

const guards = (sources: readonly { mode: string }[]) => sources.some((source) => isGuardingMode(source.mode));

/**
 * When the current stretch of guarding (dim or block, without a gap) began, read from the schedule
 * rather than remembered, so a restarted worker gets the same answer. Null when nothing guards now
 * or the stretch began `lookbackMs` or more ago: callers only care about recent starts.
 */
export function guardingSince(agreement: Agreement, now: number, lookbackMs: number): number | null {
  const from = now - lookbackMs;
  const timeline = guardTimeline(agreement, from, now + 1);
  if (!guards(timeline.sourcesAt(now))) return null;
  const edges = timeline.candidates;
  for (let i = edges.length - 1; i >= 0; i--) {
    // Sources only change at candidates, so the one before (or `from`) speaks for the whole gap.
    if (!guards(timeline.sourcesAt(i > 0 ? edges[i - 1]! : from))) return edges[i]!;
  }
  return null;
}
