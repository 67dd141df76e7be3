import type { HearthDb } from '../db/hearth-db';
import { LONGEST_INTERVAL_MS } from '../tracking/tracking-store';
import { expiredRollupKeys, intervalEdgeRanges, rollupKey, rollupWeekStart, ROLLUP_KEY_PREFIX, type IntervalEdges, type WeekRollup } from './week-rollup';
import type { ReportWeek } from './weekly-report';

/**
 * Every stored rollup of a week starting in [from, to], by week start, not yet checked: one range
 * of keys, so it needs no week bounds and goes with the check-in's first reads (report-store.ts).
 * Keys sort as their instants only while both ends have as many digits (2001 to 2286); otherwise
 * every rollup is read and the range applied here.
 */
export async function rollupRecords(db: HearthDb, from: number, to: number): Promise<Map<number, unknown>> {
  const sortable = from > 0 && String(from).length === String(to).length;
  const keys = db.settings.where('key');
  const records = await (sortable ? keys.between(rollupKey(from), rollupKey(to), true, true) : keys.startsWith(ROLLUP_KEY_PREFIX)).toArray();
  const byWeek = new Map<number, unknown>();
  for (const { key, value } of records) {
    const start = rollupWeekStart(key);
    if (start !== null && start >= from && start <= to) byWeek.set(start, value);
  }
  return byWeek;
}

/**
 * For each week, the intervals its rollup's fingerprint is checked against: two one-entry index
 * lookups a week. Run it inside the caller's read transaction (see report-store.ts): Chromium's
 * cost per transaction is larger than per lookup.
 */
export function intervalEdgesOf(db: HearthDb, weeks: readonly ReportWeek[]): Promise<IntervalEdges[]> {
  return Promise.all(
    weeks.map(async (week): Promise<IntervalEdges> => {
      const { lastStarted, lastEnded } = intervalEdgeRanges(week, LONGEST_INTERVAL_MS);
      const [started, ended] = await Promise.all([
        db.intervals.where('start').between(lastStarted.from, lastStarted.to, true, false).last(),
        db.intervals.where('end').between(lastEnded.from, lastEnded.to, false, true).last(),
      ]);
      return { lastStarted: started ? { id: started.id } : null, lastEnded: ended ? { id: ended.id, end: ended.end } : null };
    }),
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
