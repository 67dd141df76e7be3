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

/** Each closed week's stored rollup with the intervals its fingerprint is checked against, in one read transaction. */
export function storedRollups(db: HearthDb, weeks: readonly ReportWeek[]): Promise<StoredRollup[]> {
  if (weeks.length === 0) return Promise.resolve([]);
  return db.transaction('r', db.settings, db.intervals, () =>
    Promise.all(
      weeks.map(async (week): Promise<StoredRollup> => {
        const { lastStarted, lastEnded } = intervalEdgeRanges(week, LONGEST_INTERVAL_MS);
        const [record, started, ended] = await Promise.all([
          db.settings.get(rollupKey(week.start)),
          db.intervals.where('start').between(lastStarted.from, lastStarted.to, true, false).last(),
          db.intervals.where('end').between(lastEnded.from, lastEnded.to, false, true).last(),
        ]);
        return { week, stored: record?.value, intervals: { lastStarted: started ? { id: started.id } : null, lastEnded: ended ? { id: ended.id, end: ended.end } : null } };
      }),
    ),
  );
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
