import type { Transaction } from 'dexie';
import { firstPerOccurrence, storedRitualMarks } from '../../status/ritual-marks';

/** Where v5 and before kept the marks: one settings record holding the last 200 as a list. */
const V5_MARKS_KEY = 'ritualMarks';

/**
 * v6: ritual marks get their own table, one row per occurrence (by ritual id and start), indexed
 * by start. The settings list kept only the last 200 marks: with Hearth marking every occurrence
 * itself, two daily rituals and a weekly one filled it in about thirteen weeks, and older weeks'
 * rituals then read "not marked" in the report although they had been judged. Marks now go when
 * the activity they were judged from goes (retention, 400 days). The upgrade moves every stored
 * mark across (checked as every reader of the list checked it: anything malformed is dropped)
 * and removes the list.
 */
export const v6 = {
  version: 6,
  stores: {
    ritualMarks: '[ritualId+start], start',
  },
  async upgrade(tx: Transaction): Promise<void> {
    const settings = tx.table('settings');
    const stored = (await settings.get(V5_MARKS_KEY)) as { value?: unknown } | undefined;
    // An occurrence listed twice keeps its first entry, the one every reader of the list took.
    await tx.table('ritualMarks').bulkAdd(firstPerOccurrence(storedRitualMarks(stored?.value)));
    await settings.delete(V5_MARKS_KEY);
  },
};
