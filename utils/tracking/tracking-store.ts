import type { HearthDb } from '../db/hearth-db';
import type { ActivityInterval } from './activity-interval';
import { parseTrackingSettings, type TrackingSettings } from './tracking-settings';

const SETTINGS_KEY = 'tracking';

/** Raw intervals are kept at least a year; a little more so last year's same week can be compared. */
export const RETENTION_MS = 400 * 24 * 60 * 60_000;

export async function loadTrackingSettings(db: HearthDb): Promise<TrackingSettings> {
  return parseTrackingSettings((await db.settings.get(SETTINGS_KEY))?.value);
}

export async function saveTrackingSettings(db: HearthDb, settings: TrackingSettings): Promise<TrackingSettings> {
  const clean = parseTrackingSettings(settings);
  await db.settings.put({ key: SETTINGS_KEY, value: clean });
  return clean;
}

/** Intervals that overlap [from, to). */
export async function intervalsOverlapping(db: HearthDb, from: number, to: number): Promise<ActivityInterval[]> {
  return db.intervals.where('end').above(from).filter((interval) => interval.start < to).toArray();
}

export async function pruneIntervals(db: HearthDb, now: number): Promise<number> {
  return db.intervals.where('end').below(now - RETENTION_MS).delete();
}
