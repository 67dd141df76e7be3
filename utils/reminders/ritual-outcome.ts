import type { RitualOccurrence } from '../schedule/rituals';
import type { RitualMark, RitualOutcome } from '../status/ritual-marks';

/** Anything with a half-open span of work [start, end): a stored interval or the tracker's open one. */
export interface WorkSpan {
  start: number;
  end: number;
}

/**
 * A ritual that ended was kept when no recorded work overlaps [start, end), and missed otherwise.
 * A miss is stored as the popup's "skipped", so the person sees Hearth's guess in the words they
 * would use and can correct it with one tap.
 */
export function ritualOutcome(occurrence: Pick<RitualOccurrence, 'start' | 'end'>, work: readonly WorkSpan[]): RitualOutcome {
  const worked = work.some((span) => span.start < occurrence.end && span.end > occurrence.start);
  return worked ? 'skipped' : 'kept';
}

/** Hearth's marks for occurrences that ended by `now`; `withAutomaticMark` decides whether each may be stored. */
export function automaticMarks(occurrences: readonly RitualOccurrence[], work: readonly WorkSpan[], now: number): RitualMark[] {
  return occurrences
    .filter((occurrence) => occurrence.end <= now)
    .map((occurrence) => ({
      ritualId: occurrence.ritualId,
      start: occurrence.start,
      outcome: ritualOutcome(occurrence, work),
      markedAt: now,
      source: 'auto' as const,
    }));
}
