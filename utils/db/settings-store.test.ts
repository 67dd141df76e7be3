import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import type { HearthDb } from './hearth-db';
import { settingsStore } from './settings-store';

/** A stand-in parser: a whole number of minutes from 1 to 60, else the default 5. */
const parseMinutes = (value: unknown) => ({ minutes: Number.isInteger((value as { minutes?: unknown } | undefined)?.minutes) ? Math.min(60, Math.max(1, (value as { minutes: number }).minutes)) : 5 });
const store = settingsStore('test-minutes', parseMinutes);

let db: HearthDb;
beforeEach(async () => {
  db = await freshDb('settings-store');
});

describe('settingsStore', () => {
  it('gives the defaults before anything was saved', async () => {
    expect(await store.load(db)).toEqual({ minutes: 5 });
  });

  it('stores what the parser makes of the input, and returns it', async () => {
    expect(await store.save(db, { minutes: 90, extra: 'dropped' })).toEqual({ minutes: 60 });
    expect(await db.settings.get('test-minutes')).toEqual({ key: 'test-minutes', value: { minutes: 60 } });
    expect(await store.load(db)).toEqual({ minutes: 60 });
  });

  it('reads a damaged record as the defaults', async () => {
    await db.settings.put({ key: 'test-minutes', value: 'garbage' });
    expect(await store.load(db)).toEqual({ minutes: 5 });
  });
});
