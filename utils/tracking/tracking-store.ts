import type { HearthDb } from '../db/hearth-db';
import type { ActivityInterval } from './activity-interval';
import { settingsStore } from '../db/settings-store';
import { parseTrackingSettings } from './tracking-settings';
import { keptSince } from './retention-period';

export const { load: loadTrackingSettings, save: saveTrackingSettings } = settingsStore('tracking', parseTrackingSettings);

/**
 * No stored interval is longer than this: the tracker closes one at any gap over MAX_GAP_MS, and
 * nobody uses a work site for a week without a pause of a minute and a half. It bounds the index
 * range a past span reads: the check-in's eight weeks in September read those weeks, not every
 * interval recorded since (bench/report-bench.ts: 30,000 records, a second and a half).
 */
export const LONGEST_INTERVAL_MS = 7 * 24 * 60 * 60_000;

/** Intervals that overlap [from, to). */
export async function intervalsOverlapping(db: HearthDb, from: number, to: number): Promise<ActivityInterval[]> {
  // A plain range is read in one getAll; a Dexie filter would walk a cursor record by record.
  const candidates = await db.intervals.where('end').between(from, to + LONGEST_INTERVAL_MS, false, true).toArray();
  return candidates.filter((interval) => interval.start < to);
}

export async function pruneIntervals(db: HearthDb, now: number): Promise<number> {
  return db.intervals.where('end').below(keptSince(now)).delete();
}
