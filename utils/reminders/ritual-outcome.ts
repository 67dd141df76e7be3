import type { RitualOccurrence } from '../schedule/rituals';
import type { RitualMark, RitualOutcome } from '../status/ritual-marks';

/** Anything with a half-open span of work [start, end): a stored interval or the tracker's open one. */
export interface WorkSpan {
  start: number;
  end: number;
}

/**
 * Work shorter than this inside a ritual does not make it "work came in": a glance at one message
 * during dinner is not the dinner lost. The larger of five minutes and a tenth of the ritual, so a
 * two-hour evening tolerates twelve minutes and a 20-minute check-in five.
 */
export function toleratedWorkMs(occurrence: Pick<RitualOccurrence, 'start' | 'end'>): number {
  return Math.max(5 * 60_000, (occurrence.end - occurrence.start) / 10);
}

/**
 * A ritual that ended was kept unless recorded work inside [start, end) adds up to more than
 * `toleratedWorkMs` (overlapping spans count once). A miss is stored as the popup's "skipped", so
 * the person sees Hearth's guess in the words they would use and can correct it with one tap.
 */
export function ritualOutcome(occurrence: Pick<RitualOccurrence, 'start' | 'end'>, work: readonly WorkSpan[]): RitualOutcome {
  return workedMsDuring(occurrence, work) > toleratedWorkMs(occurrence) ? 'skipped' : 'kept';
}

function workedMsDuring({ start, end }: Pick<RitualOccurrence, 'start' | 'end'>, work: readonly WorkSpan[]): number {
  const clipped = work
    .map((span) => ({ start: Math.max(span.start, start), end: Math.min(span.end, end) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let reached = start;
  for (const span of clipped) {
    if (span.end <= reached) continue;
    total += span.end - Math.max(span.start, reached);
    reached = span.end;
  }
  return total;
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
