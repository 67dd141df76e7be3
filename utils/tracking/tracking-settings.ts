/** Device-only tracking preferences; each partner sets their own. */
export interface TrackingSettings {
  /** No input for this long counts as idle (the `idle` API's threshold, 15 s at least). */
  idleSeconds: number;
  /** An audible work tab (a call) counts as work even without input. */
  countAudible: boolean;
}

export const DEFAULT_TRACKING_SETTINGS: TrackingSettings = { idleSeconds: 180, countAudible: true };

/** Checkpoint at least this often, so a crash loses at most this much. */
export const CHECKPOINT_MS = 30_000;

/**
 * Observations further apart than this mean the machine slept, hibernated or its clock was
 * changed: heartbeats come every 30 s, so three missed ones cannot be ordinary delay.
 */
export const MAX_GAP_MS = 90_000;

export function parseTrackingSettings(value: unknown): TrackingSettings {
  const candidate = (value ?? {}) as Partial<TrackingSettings>;
  const idleSeconds = Number.isInteger(candidate.idleSeconds) && candidate.idleSeconds! >= 15 && candidate.idleSeconds! <= 3600
    ? candidate.idleSeconds!
    : DEFAULT_TRACKING_SETTINGS.idleSeconds;
  const countAudible = typeof candidate.countAudible === 'boolean' ? candidate.countAudible : DEFAULT_TRACKING_SETTINGS.countAudible;
  return { idleSeconds, countAudible };
}
