import type { Agreement } from '../agreement/agreement-schema';
import { MS_PER_DAY } from './calendar-date';
import { guardTimeline, type GuardSource } from './guard-sources';

export type { GuardSource } from './guard-sources';

export type GuardMode = 'off' | 'track' | 'dim' | 'block';

export interface GuardState {
  mode: GuardMode;
  sources: GuardSource[];
  /** The first instant after now at which `mode` is different; null if it holds for the next 8 days. */
  until: number | null;
}

/** Whether a mode dims or blocks work sites; 'track' only records, and the comforts around a zone follow the guard. */
export const isGuardingMode = (mode: string): mode is 'dim' | 'block' => mode === 'dim' || mode === 'block';

/** How far the engine looks ahead for the next change. */
export const GUARD_HORIZON_MS = 8 * MS_PER_DAY;

/** Later entries win: the strictest source decides. */
const PRECEDENCE: readonly GuardMode[] = ['off', 'track', 'dim', 'block'];

function modeOf(sources: readonly GuardSource[]): GuardMode {
  return sources.reduce<GuardMode>(
    (mode, source) => (PRECEDENCE.indexOf(source.mode) > PRECEDENCE.indexOf(mode) ? source.mode : mode),
    'off',
  );
}

function keyOf(sources: readonly GuardSource[]): string {
  return sources
    .map((source) => `${source.kind}:${source.id}`)
    .sort()
    .join('\n');
}

export function guardStateAt(agreement: Agreement, now: number): GuardState {
  const timeline = guardTimeline(agreement, now, now + GUARD_HORIZON_MS);
  const sources = timeline.sourcesAt(now);
  const mode = modeOf(sources);
  const until = timeline.candidates.find((candidate) => modeOf(timeline.sourcesAt(candidate)) !== mode);
  return { mode, sources, until: until ?? null };
}

/**
 * The first instant after `now` at which the set of guard sources changes, within 8 days: the
 * exact moment an alarm must wake the extension, even when the mode itself stays the same.
 */
export function nextGuardBoundary(agreement: Agreement, now: number): number | null {
  const timeline = guardTimeline(agreement, now, now + GUARD_HORIZON_MS);
  const key = keyOf(timeline.sourcesAt(now));
  return timeline.candidates.find((candidate) => keyOf(timeline.sourcesAt(candidate)) !== key) ?? null;
}

/**
 * The last instant at or before `now` at which the set of guard sources became what it is now,
 * within 8 days: since when a zone has been in force. Null when it has held longer.
 */
export function previousGuardBoundary(agreement: Agreement, now: number): number | null {
  const timeline = guardTimeline(agreement, now - GUARD_HORIZON_MS, now + 1);
  const key = keyOf(timeline.sourcesAt(now));
  const before = timeline.candidates.filter((candidate) => candidate <= now).reverse();
  return before.find((candidate) => keyOf(timeline.sourcesAt(candidate - 1)) !== key) ?? null;
}
