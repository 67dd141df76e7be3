import type { HearthDb } from '../db/hearth-db';
import { LONGEST_INTERVAL_MS } from '../tracking/tracking-store';
import { expiredRollupKeys, intervalCountRanges, rollupKey, ROLLUP_KEY_PREFIX, type IntervalCounts, type WeekRollup } from './week-rollup';
import type { ReportWeek } from './weekly-report';

export interface StoredRollup {
  week: ReportWeek;
  /** The stored record as read, not yet checked (see `usableRollup`). */
  stored: unknown;
  intervals: IntervalCounts;
}

/** Each closed week's stored rollup with the interval counts its fingerprint is checked against, in one read transaction. */
export function storedRollups(db: HearthDb, weeks: readonly ReportWeek[]): Promise<StoredRollup[]> {
  if (weeks.length === 0) return Promise.resolve([]);
  return db.transaction('r', db.settings, db.intervals, () =>
    Promise.all(
      weeks.map(async (week): Promise<StoredRollup> => {
        const { starting, ending } = intervalCountRanges(week, LONGEST_INTERVAL_MS);
        const [record, startingCount, endingCount] = await Promise.all([
          db.settings.get(rollupKey(week.start)),
          db.intervals.where('start').between(starting.from, starting.to, true, false).count(),
          db.intervals.where('end').between(ending.from, ending.to, false, true).count(),
        ]);
        return { week, stored: record?.value, intervals: { starting: startingCount, ending: endingCount } };
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
