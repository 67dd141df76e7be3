import type { HearthDb } from '@/utils/db/hearth-db';
import { pruneIntervals } from '@/utils/tracking/tracking-store';

const ALARM = 'hearth-retention';

/** Once a day, drop raw intervals older than the retention period; nothing younger is ever touched. */
export function setupRetention(db: HearthDb) {
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void pruneIntervals(db, Date.now());
  });
}
