import type { HearthDb } from '../db/hearth-db';
import type { ActivityInterval } from './activity-interval';
import { settingsStore } from '../db/settings-store';
import { parseTrackingSettings } from './tracking-settings';


/** Raw intervals are kept at least a year; a little more so last year's same week can be compared. */
export const RETENTION_MS = 400 * 24 * 60 * 60_000;

export const { load: loadTrackingSettings, save: saveTrackingSettings } = settingsStore('tracking', parseTrackingSettings);

/** Intervals that overlap [from, to). */
export async function intervalsOverlapping(db: HearthDb, from: number, to: number): Promise<ActivityInterval[]> {
  return db.intervals.where('end').above(from).filter((interval) => interval.start < to).toArray();
}

export async function pruneIntervals(db: HearthDb, now: number): Promise<number> {
  return db.intervals.where('end').below(now - RETENTION_MS).delete();
}
