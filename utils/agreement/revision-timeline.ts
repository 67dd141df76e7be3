import type { AgreementRevision } from '../db/hearth-db';

/**
 * The order of revisions is the order they were saved (their id), not their `effectiveAt`.
 *
 * Why: `effectiveAt` is the clock at the save, and a clock can be wrong. Saved once at a wrong
 * 2027 date, a revision would, ordered by time, stay in force until 2027 over every later save
 * made with the right clock (which the editor already shows as the agreement). So each save takes
 * effect at its own `now`, never later, and a revision is in force at an instant when it is the
 * latest SAVED one whose `effectiveAt` is at or before that instant. A revision that a later save
 * reaches no later than it does (the 2027 one, once the clock is right) is superseded: it never
 * comes into force, not even when its date arrives. It stays stored (nothing is ever lost); it is
 * only left out of the timeline.
 *
 * Returns the revisions that are in force at some moment, ordered by both id and `effectiveAt`
 * (strictly increasing), each in force from its `effectiveAt` until the next one's.
 */
export function revisionTimeline<T extends Pick<AgreementRevision, 'id' | 'effectiveAt'>>(revisions: readonly T[]): T[] {
  const bySave = [...revisions].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const kept: T[] = [];
  let laterStart = Infinity;
  for (let index = bySave.length - 1; index >= 0; index--) {
    const revision = bySave[index]!;
    if (revision.effectiveAt < laterStart) {
      kept.push(revision);
      laterStart = revision.effectiveAt;
    }
  }
  return kept.reverse();
}
