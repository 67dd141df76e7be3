import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import type { HearthDb, OverrideRecord } from '../db/hearth-db';
import { activeOverrides, overridesSince, pruneOverrides } from './override-store';

const MINUTE = 60_000;
const cut = Date.parse('2025-10-29T21:00:00Z');
const override = (start: number, minutes: number): OverrideRecord => ({
  start,
  end: start + minutes * MINUTE,
  minutes,
  reason: 'Deploy went sideways',
  site: 'github.com',
  sources: [{ kind: 'zone', id: 'evenings', label: 'Family evenings', mode: 'dim' }],
});
let db: HearthDb;

beforeEach(async () => {
  db = await freshDb('override-store');
});

describe('override store', () => {
  it('deletes only overrides that ended before the cut, reasons and all', async () => {
    const gone = [override(cut - 400 * 24 * 60 * MINUTE, 30), override(cut - 31 * MINUTE, 30)];
    const kept = [override(cut - 30 * MINUTE, 30), override(cut - 10 * MINUTE, 60), override(cut, 15)];
    await db.overrides.bulkAdd([...gone, ...kept]);
    expect(await pruneOverrides(db, cut)).toBe(2);
    expect((await db.overrides.toArray()).map(({ start, end }) => [start, end])).toEqual(kept.map(({ start, end }) => [start, end]));
  });

  it('finds the overrides running now and those begun since a week start', async () => {
    const now = cut + 60 * MINUTE;
    await db.overrides.bulkAdd([override(now - 241 * MINUTE, 240), override(now - 30 * MINUTE, 60), override(now - 90 * MINUTE, 60)]);
    expect(await activeOverrides(db, now)).toEqual([{ site: 'github.com', end: now + 30 * MINUTE }]);
    expect((await overridesSince(db, now - 90 * MINUTE)).map((record) => record.start).sort()).toEqual([now - 90 * MINUTE, now - 30 * MINUTE]);
  });
});
