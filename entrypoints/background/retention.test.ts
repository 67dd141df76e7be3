import { describe, expect, it } from 'vitest';
import { freshDb } from '@/utils/db/fresh-db';
import { keptSince } from '@/utils/tracking/retention-period';
import { prunedKinds } from '@/utils/tracking/retention-fixture';
import { pruneExpired } from './retention';

const NOW = Date.parse('2026-12-03T09:00:00Z');
const CUT = keptSince(NOW);
const DAY = 24 * 3_600_000;

describe('retention', () => {
  it('deletes what is older than 400 days, of every kind, and keeps everything younger', async () => {
    const db = await freshDb('retention');
    const old = prunedKinds(CUT - 1, 'old');
    const young = prunedKinds(CUT + 8 * DAY, 'young');
    for (const each of [old, young]) {
      await db.intervals.put(each.intervals);
      await db.overrides.add(each.overrides);
      await db.ritualMarks.put(each.ritualMarks);
      await db.thanks.add(each.thanks);
      await db.settings.put(each.settings);
    }
    await pruneExpired(db, NOW);
    expect(await db.intervals.toArray()).toEqual([young.intervals]);
    expect((await db.overrides.toArray()).map((override) => override.reason)).toEqual(['young']);
    expect(await db.ritualMarks.toArray()).toEqual([young.ritualMarks]);
    expect((await db.thanks.toArray()).map((note) => note.text)).toEqual(['young']);
    expect(await db.settings.toArray()).toEqual([young.settings]);
  });
});
