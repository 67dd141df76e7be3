import { describe, expect, it } from 'vitest';
import { freshDb } from '@/utils/db/fresh-db';
import { intervalId } from '@/utils/tracking/activity-interval';
import { keptSince } from '@/utils/tracking/retention-period';
import { rollupKey } from '@/utils/report/week-rollup';
import { pruneExpired } from './retention';

const NOW = Date.parse('2026-12-03T09:00:00Z');
const CUT = keptSince(NOW);
const HOUR = 3_600_000;

/** One record of each kind Hearth keeps for the retention period, `at` its time. */
const records = (at: number, text: string) => ({
  interval: { id: intervalId(at - HOUR, 'github.com'), domain: 'github.com', category: 'code' as const, start: at - HOUR, end: at, audible: false },
  override: { start: at - HOUR, end: at, minutes: 60, reason: text, site: 'github.com', sources: [] },
  mark: { ritualId: 'walk', start: at - HOUR, outcome: 'kept' as const, markedAt: at },
  thanks: { text, receivedAt: at - 1 },
  rollup: { key: rollupKey(at - 7 * 24 * HOUR), value: { fingerprint: text } },
});

describe('retention', () => {
  it('deletes what is older than 400 days, of every kind, and keeps everything younger', async () => {
    const db = await freshDb('retention');
    const old = records(CUT - 1, 'old');
    const young = records(CUT + 8 * 24 * HOUR, 'young');
    for (const each of [old, young]) {
      await db.intervals.put(each.interval);
      await db.overrides.add(each.override);
      await db.ritualMarks.put(each.mark);
      await db.thanks.add(each.thanks);
      await db.settings.put(each.rollup);
    }
    await pruneExpired(db, NOW);
    expect(await db.intervals.toArray()).toEqual([young.interval]);
    expect((await db.overrides.toArray()).map((override) => override.reason)).toEqual(['young']);
    expect(await db.ritualMarks.toArray()).toEqual([young.mark]);
    expect((await db.thanks.toArray()).map((note) => note.text)).toEqual(['young']);
    expect(await db.settings.toArray()).toEqual([young.rollup]);
  });
});
