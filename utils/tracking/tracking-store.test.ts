import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import type { HearthDb } from '../db/hearth-db';
import { intervalId, type ActivityInterval } from './activity-interval';
import { intervalsOverlapping, loadTrackingSettings, pruneIntervals, saveTrackingSettings } from './tracking-store';
import { RETENTION_MS } from './retention-period';

const DAY = 24 * 60 * 60_000;
const now = Date.parse('2026-11-23T21:00:00Z');
const interval = (start: number, end: number, domain = 'github.com'): ActivityInterval => ({ id: intervalId(start, domain), domain, category: 'code', start, end, audible: false });
let db: HearthDb;

beforeEach(async () => {
  db = await freshDb('tracking-store');
});

describe('tracking store', () => {
  it('finds the intervals overlapping a range, half-open at both ends', async () => {
    await db.intervals.bulkPut([interval(now - 3 * DAY, now - 2 * DAY), interval(now - DAY - 60_000, now - DAY + 60_000), interval(now - 1000, now), interval(now, now + 5000, 'linear.app')]);
    const found = await intervalsOverlapping(db, now - DAY, now);
    expect(found.map((i) => i.start).sort()).toEqual([now - DAY - 60_000, now - 1000]);
  });

  it('keeps a year of raw intervals and prunes only what is older than the retention period', async () => {
    expect(RETENTION_MS).toBeGreaterThanOrEqual(366 * DAY);
    await db.intervals.bulkPut([interval(now - 500 * DAY, now - 500 * DAY + 60_000), interval(now - 366 * DAY, now - 366 * DAY + 60_000), interval(now - DAY, now - DAY + 60_000)]);
    expect(await pruneIntervals(db, now)).toBe(1);
    expect((await db.intervals.toArray()).map((i) => Math.round((now - i.start) / DAY))).toEqual([366, 1]);
  });

  it('defaults, saves and sanitises the tracking settings', async () => {
    expect(await loadTrackingSettings(db)).toEqual({ idleSeconds: 180, countAudible: true });
    expect(await saveTrackingSettings(db, { idleSeconds: 300, countAudible: false })).toEqual({ idleSeconds: 300, countAudible: false });
    expect(await loadTrackingSettings(db)).toEqual({ idleSeconds: 300, countAudible: false });
    // Below the idle API's minimum of 15 s is not a valid threshold; the default stands instead.
    expect(await saveTrackingSettings(db, { idleSeconds: 5, countAudible: true })).toEqual({ idleSeconds: 180, countAudible: true });
  });
});
