import type { HearthDb } from '@/utils/db/hearth-db';
import { pruneOverrides } from '@/utils/guard/override-store';
import { pruneRollups } from '@/utils/report/rollup-store';
import { pruneRitualMarks } from '@/utils/status/ritual-mark-store';
import { pruneIntervals } from '@/utils/tracking/tracking-store';
import { keptSince } from '@/utils/tracking/retention-period';

const ALARM = 'hearth-retention';

/**
 * Once a day, drop raw intervals older than the retention period, and the weekly rollups, ritual
 * marks and overrides of their days; nothing younger is ever touched.
 */
export function setupRetention(db: HearthDb) {
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    const now = Date.now();
    void pruneIntervals(db, now).then(() => Promise.all([pruneRollups(db, keptSince(now)), pruneRitualMarks(db, keptSince(now)), pruneOverrides(db, keptSince(now))]));
  });
}
