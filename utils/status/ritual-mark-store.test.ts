import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import type { HearthDb } from '../db/hearth-db';
import { at } from '../schedule/agreement-fixture';
import { MS_PER_DAY } from '../schedule/calendar-date';
import { addAutomaticMarks, pruneRitualMarks, putRitualMark, ritualMarksBetween } from './ritual-mark-store';
import { outcomeOf, type RitualMark } from './ritual-marks';

const NOW = at('2026-11-23T09:00:00+01:00');
const BREAKFAST = at('2026-11-23T07:15:00+01:00');
const person: RitualMark = { ritualId: 'walk', start: BREAKFAST, outcome: 'kept', markedAt: NOW };
const auto: RitualMark = { ritualId: 'walk', start: BREAKFAST, outcome: 'skipped', markedAt: NOW + 1, source: 'auto' };

const all = (db: HearthDb) => db.ritualMarks.toArray();

describe('the ritual marks table', () => {
  it("replaces an occurrence's mark when the person marks it again, keeping others", async () => {
    const db = await freshDb('ritual-marks');
    await putRitualMark(db, { ...person, ritualId: 'breakfast' });
    await putRitualMark(db, person);
    await putRitualMark(db, { ...person, outcome: 'skipped', markedAt: NOW + 5 });
    expect(await all(db)).toEqual([{ ...person, ritualId: 'breakfast' }, { ...person, outcome: 'skipped', markedAt: NOW + 5 }]);
  });

  it("fills a gap with Hearth's guess, saying it was Hearth, once per occurrence however often it is guessed", async () => {
    const db = await freshDb('ritual-marks');
    await addAutomaticMarks(db, [{ ...auto, source: undefined }, { ...auto, outcome: 'kept' }]);
    expect(await all(db)).toEqual([auto]);
  });

  it.each([
    ['the person', person],
    ['Hearth earlier', { ...auto, outcome: 'kept' as const }],
  ])('never replaces a mark made by %s with a guess', async (_, existing) => {
    const db = await freshDb('ritual-marks');
    await putRitualMark(db, existing);
    await addAutomaticMarks(db, [auto, { ...auto, ritualId: 'breakfast' }]);
    expect(await all(db)).toEqual([{ ...auto, ritualId: 'breakfast' }, existing]);
  });

  it('lets the person correct a guess', async () => {
    const db = await freshDb('ritual-marks');
    await addAutomaticMarks(db, [auto]);
    await putRitualMark(db, person);
    expect(await all(db)).toEqual([person]);
    expect(outcomeOf(await all(db), 'walk', BREAKFAST)).toBe('kept');
  });

  it('keeps a year of marks, reads them by start, half-open, and prunes only those begun before the cut', async () => {
    const db = await freshDb('ritual-marks');
    // Two daily rituals for 400 days: 800 marks, far past the 200 the settings list kept.
    const days = Array.from({ length: 400 }, (_, index) => BREAKFAST - index * MS_PER_DAY);
    await addAutomaticMarks(db, days.flatMap((start) => [{ ...auto, start }, { ...auto, ritualId: 'breakfast', start }]));
    expect(await db.ritualMarks.count()).toBe(800);
    const oldest = days.at(-1)!;
    expect((await ritualMarksBetween(db, oldest, oldest + MS_PER_DAY)).map((mark) => mark.start)).toEqual([oldest, oldest]);
    expect(await ritualMarksBetween(db, BREAKFAST + 1, NOW)).toEqual([]);
    expect(await pruneRitualMarks(db, oldest + MS_PER_DAY)).toBe(2);
    expect(await db.ritualMarks.where('start').below(oldest + MS_PER_DAY).count()).toBe(0);
    expect(await db.ritualMarks.count()).toBe(798);
  });
});
