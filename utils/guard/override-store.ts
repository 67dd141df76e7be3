import type { HearthDb, OverrideRecord } from '../db/hearth-db';
import type { ActiveOverride } from './guard-plan';

/** The policy caps an override at 240 minutes, so older ones cannot still be running. */
const LONGEST_OVERRIDE_MS = 240 * 60_000;

export async function activeOverrides(db: HearthDb, now: number): Promise<ActiveOverride[]> {
  const recent = await db.overrides.where('start').between(now - LONGEST_OVERRIDE_MS, now, true, true).toArray();
  return recent.filter((record) => record.end > now).map(({ site, end }) => ({ site, end }));
}

export async function overridesSince(db: HearthDb, since: number): Promise<OverrideRecord[]> {
  return db.overrides.where('start').aboveOrEqual(since).toArray();
}

/**
 * Overrides that ended before `cut`: their reasons are deleted with the activity of their days, as
 * no report can show those days any more.
 */
export function pruneOverrides(db: HearthDb, cut: number): Promise<number> {
  return db.overrides.where('start').below(cut).filter((record) => record.end < cut).delete();
}
