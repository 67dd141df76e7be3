import type { AgreementRevision } from '../db/hearth-db';
import { ritualOccurrences, type RitualOccurrence } from '../schedule/rituals';

/**
 * Ritual occurrences that ended in (from, to], each taken from the revision in force when it
 * started: past rituals are judged by the agreement of their day, and none is invented for a time
 * before the first agreement. `revisions` sorted by `effectiveAt`.
 */
export function ritualsEndedBetween(revisions: readonly AgreementRevision[], from: number, to: number): RitualOccurrence[] {
  return revisions
    .flatMap((revision, index) => {
      const until = revisions[index + 1]?.effectiveAt ?? Infinity;
      return ritualOccurrences(revision.agreement, from, to).filter(
        ({ start, end }) => start >= revision.effectiveAt && start < until && end > from && end <= to,
      );
    })
    .sort((a, b) => a.end - b.end);
}
