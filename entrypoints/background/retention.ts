import type { HearthDb } from '@/utils/db/hearth-db';
import { pruneOverrides } from '@/utils/guard/override-store';
import { pruneThanks } from '@/utils/link/thanks-store';
import { pruneRollups } from '@/utils/report/rollup-store';
import { pruneRitualMarks } from '@/utils/status/ritual-mark-store';
import { pruneIntervals } from '@/utils/tracking/tracking-store';
import { keptSince } from '@/utils/tracking/retention-period';

const ALARM = 'hearth-retention';

/** Once a day, everything past the retention period goes (pruneExpired). */
export function setupRetention(db: HearthDb) {
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void pruneExpired(db, Date.now());
  });
}

/**
 * Drops raw intervals older than the retention period, and the weekly rollups, ritual marks,
 * overrides and thank-you notes of their days; nothing younger is ever touched.
 */
export async function pruneExpired(db: HearthDb, now: number): Promise<void> {
  const cut = keptSince(now);
  await pruneIntervals(db, now);
  await Promise.all([pruneRollups(db, cut), pruneRitualMarks(db, cut), pruneOverrides(db, cut), pruneThanks(db, cut)]);
}
