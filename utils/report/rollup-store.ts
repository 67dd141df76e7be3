import type { HearthDb } from '../db/hearth-db';
import { LONGEST_INTERVAL_MS } from '../tracking/tracking-store';
import { expiredRollupKeys, intervalEdgeRanges, rollupKey, ROLLUP_KEY_PREFIX, type IntervalEdges, type WeekRollup } from './week-rollup';
import type { ReportWeek } from './weekly-report';

export interface StoredRollup {
  week: ReportWeek;
  /** The stored record as read, not yet checked (see `usableRollup`). */
  stored: unknown;
  intervals: IntervalEdges;
}

/**
 * Each closed week's stored rollup with the intervals its fingerprint is checked against: all the
 * rollups in one `bulkGet`, two one-entry index lookups a week. Run it inside the caller's read
 * transaction over settings and intervals (see report-store.ts): Chromium's cost per transaction is
 * larger than per lookup.
 */
export async function storedRollups(db: HearthDb, weeks: readonly ReportWeek[]): Promise<StoredRollup[]> {
  if (weeks.length === 0) return [];
  const [records, edges] = await Promise.all([
    db.settings.bulkGet(weeks.map((week) => rollupKey(week.start))),
    Promise.all(
      weeks.map(async (week): Promise<IntervalEdges> => {
        const { lastStarted, lastEnded } = intervalEdgeRanges(week, LONGEST_INTERVAL_MS);
        const [started, ended] = await Promise.all([
          db.intervals.where('start').between(lastStarted.from, lastStarted.to, true, false).last(),
          db.intervals.where('end').between(lastEnded.from, lastEnded.to, false, true).last(),
        ]);
        return { lastStarted: started ? { id: started.id } : null, lastEnded: ended ? { id: ended.id, end: ended.end } : null };
      }),
    ),
  ]);
  return weeks.map((week, index) => ({ week, stored: records[index]?.value, intervals: edges[index]! }));
}

export async function saveRollups(db: HearthDb, rollups: ReadonlyArray<{ weekStart: number; rollup: WeekRollup }>): Promise<void> {
  if (rollups.length === 0) return;
  await db.settings.bulkPut(rollups.map(({ weekStart, rollup }) => ({ key: rollupKey(weekStart), value: rollup })));
}

/** Drops the rollups of weeks whose raw intervals retention is deleting (`before`: the retention cut). */
export async function pruneRollups(db: HearthDb, before: number): Promise<number> {
  const keys = (await db.settings.where('key').startsWith(ROLLUP_KEY_PREFIX).primaryKeys()) as string[];
  const expired = expiredRollupKeys(keys, before);
  await db.settings.bulkDelete(expired);
  return expired.length;
}
