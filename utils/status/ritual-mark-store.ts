import type { HearthDb } from '../db/hearth-db';
import { firstPerOccurrence, type RitualMark } from './ritual-marks';

/** The person's mark: marking an occurrence again replaces its mark, so a mis-tap is undone by tapping the other button. */
export async function putRitualMark(db: HearthDb, mark: RitualMark): Promise<void> {
  await db.ritualMarks.put(mark);
}

/**
 * Hearth's own guesses fill gaps only: one never replaces a mark, so the person's word always wins
 * and a correction made in the popup is never undone. Read and written in one transaction, so a
 * tap in the popup at the same moment is never lost.
 */
export async function addAutomaticMarks(db: HearthDb, marks: readonly RitualMark[]): Promise<void> {
  // One guess per occurrence: a second in the same batch would fail the whole add, and with it every later look.
  const unique = firstPerOccurrence(marks);
  if (unique.length === 0) return;
  await db.transaction('rw', db.ritualMarks, async () => {
    const existing = await db.ritualMarks.bulkGet(unique.map((mark): [string, number] => [mark.ritualId, mark.start]));
    const fresh = unique.filter((_, index) => existing[index] === undefined).map((mark) => ({ ...mark, source: 'auto' as const }));
    if (fresh.length > 0) await db.ritualMarks.bulkAdd(fresh);
  });
}

/** Marks of occurrences that began in [from, to). */
export function ritualMarksBetween(db: HearthDb, from: number, to: number): Promise<RitualMark[]> {
  return db.ritualMarks.where('start').between(from, to, true, false).toArray();
}

/** Drops the marks of occurrences that began before `before`: they go with the activity they were judged from. */
export function pruneRitualMarks(db: HearthDb, before: number): Promise<number> {
  return db.ritualMarks.where('start').below(before).delete();
}
