import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import type { HearthDb, OverrideRecord } from '../db/hearth-db';
import { at } from '../schedule/agreement-fixture';
import { household } from '../status/status-fixture';
import { workInterval } from '../tracking/interval-fixture';
import { saveIdentity } from '../identity/identity';
import { WHOSE_UNKNOWN } from './report-owner';
import { loadCheckIn, loadCheckInAnswers, saveCheckInAnswers } from './report-store';
import type { CheckInWeek } from './check-in';
import { pruneRollups, rollupRecords } from './rollup-store';
import { rollupKey, type WeekRollup } from './week-rollup';

const MINUTE = 60_000;
const NOW = at('2026-11-26T12:00:00+01:00');
async function householdDb(): Promise<HearthDb> {
  const db = await freshDb('report-store');
  await db.agreementRevisions.add({ effectiveAt: at('2026-10-01T00:00:00+02:00'), source: 'import', agreement: household() });
  await saveIdentity(db, { partnerId: 'alex' });
  return db;
}


const override = (start: string, minutes: number, reason: string): OverrideRecord => ({
  start: at(start),
  end: at(start) + minutes * MINUTE,
  minutes,
  reason,
  site: 'app.slack.com',
  sources: [],
});

describe('loadCheckIn', () => {
  it("reads the week's intervals, overrides and marks, and leaves other weeks' out", async () => {
    const db = await householdDb();
    await db.intervals.bulkPut([
      // Sunday night into Monday: only the part after midnight is this week's.
      workInterval('2026-11-22T23:30:00+01:00', '2026-11-23T00:30:00+01:00'),
      workInterval('2026-11-24T20:00:00+01:00', '2026-11-24T20:30:00+01:00'),
      workInterval('2026-11-30T20:00:00+01:00', '2026-11-30T20:30:00+01:00'),
    ]);
    await db.overrides.bulkAdd([
      override('2026-11-22T23:50:00+01:00', 15, 'Last week, running past midnight'),
      override('2026-11-24T20:00:00+01:00', 15, 'Release'),
    ]);
    await db.ritualMarks.put({ ritualId: 'breakfast', start: at('2026-11-23T07:15:00+01:00'), outcome: 'kept', markedAt: NOW });

    const report = ((await loadCheckIn(db, NOW, NOW, 'en')) as CheckInWeek).report;
    expect(report?.totals.afterHoursMs).toBe(60 * MINUTE);
    // An override taken last week still covers this week's first minutes, but it is not one of this week's.
    expect(report?.totals.overriddenMs).toBe(5 * MINUTE + 15 * MINUTE);
    expect(report?.overrides.map((taken) => taken.reason)).toEqual(['Release']);
    expect(report?.ritualCounts.kept).toBe(1);
  });

  it("reads the marks of every week of the trend, the oldest one's first ritual included, and none of later weeks", async () => {
    const db = await householdDb();
    const mark = (start: string) => ({ ritualId: 'breakfast', start: at(start), outcome: 'kept' as const, markedAt: at(start) + 60 * MINUTE });
    // The trend's oldest week begins Monday 5 October; its first breakfast is at 07:15 that day.
    await db.ritualMarks.bulkPut([mark('2026-10-05T07:15:00+02:00'), mark('2026-11-02T07:15:00+01:00'), mark('2026-11-30T07:15:00+01:00')]);
    const week = (await loadCheckIn(db, NOW, NOW, 'en')) as CheckInWeek;
    expect(week.trend.map((each) => each.ritualsKept)).toEqual([1, 0, 0, 0, 1, 0, 0, 0]);
  });

  it('tells when it has read everything, once, before it computes (the report times the two apart)', async () => {
    const db = await householdDb();
    const told: string[] = [];
    const week = (await loadCheckIn(db, NOW, NOW, 'en', () => told.push('read'))) as CheckInWeek;
    told.push(week.report ? 'computed' : 'none');
    expect(told).toEqual(['read', 'computed']);
    // Also when there is nothing to compute.
    told.length = 0;
    expect(await loadCheckIn(db, NOW, at('2026-09-01T12:00:00+02:00'), 'en', () => told.push('read'))).toBeNull();
    expect(told).toEqual(['read']);
  });

  it('is null before the first agreement and without one', async () => {
    const db = await householdDb();
    expect(await loadCheckIn(db, NOW, at('2026-09-01T12:00:00+02:00'), 'en')).toBeNull();
    await db.agreementRevisions.clear();
    expect(await loadCheckIn(db, NOW, NOW, 'en')).toBeNull();
  });

  it('reads the trend back to the first agreement, at most eight weeks, with figures and talking points', async () => {
    const db = await householdDb();
    await db.intervals.bulkPut([
      workInterval('2026-11-24T20:00:00+01:00', '2026-11-24T20:30:00+01:00'),
      // Eight weeks back, in the oldest week of the trend.
    workInterval('2026-10-06T20:00:00+02:00', '2026-10-06T23:00:00+02:00'),
    ]);
    const week = (await loadCheckIn(db, NOW, NOW, 'en')) as CheckInWeek;
    expect(week?.trend).toHaveLength(8);
    expect(week?.trend.map((each) => each.afterHoursMinutes)).toEqual([180, 0, 0, 0, 0, 0, 0, 30]);
    // Monday and Wednesday quiet, Tuesday not; Thursday noon's evening is still to come.
    expect(week?.figures.quietEvenings).toEqual({ quiet: 2, of: 3 });
    // The oldest week ran past the plan; the seven since did not.
    expect(week?.points[0]).toEqual({ tone: 'celebrate', key: 'talkUnderBudgetRun', substitutions: ['7'] });
    // The first agreement took effect on 1 October: its week is the oldest there is.
    const early = (await loadCheckIn(db, NOW, at('2026-10-07T12:00:00+02:00'), 'en')) as CheckInWeek;
    expect(early?.trend.map((each) => each.afterHoursMinutes)).toEqual([0, 180]);
  });

  it("keeps each week's check-in answers apart, and reads a damaged record as none", async () => {
    const db = await householdDb();
    const week = at('2026-11-23T00:00:00+01:00');
    const before = at('2026-11-16T00:00:00+01:00');
    await saveCheckInAnswers(db, before, { stretched: '', celebrate: 'Walks', adjust: 'Earlier dinner', savedAt: 1 });
    expect(await loadCheckInAnswers(db, week, before)).toEqual({ answers: null, previous: { stretched: '', celebrate: 'Walks', adjust: 'Earlier dinner', savedAt: 1 } });
    await db.settings.put({ key: `checkIn:${week}`, value: { adjust: 3 } });
    expect((await loadCheckInAnswers(db, week, undefined)).answers).toBeNull();
  });

  it("judges nothing until this browser's partner is chosen, and by the chosen one after", async () => {
    const db = await householdDb();
    await db.intervals.put(workInterval('2026-11-23T18:00:00+01:00', '2026-11-23T19:00:00+01:00'));
    await db.settings.delete('identity');
    expect(await loadCheckIn(db, NOW, NOW, 'en')).toBe(WHOSE_UNKNOWN);
    await saveIdentity(db, { partnerId: 'robin' });
    expect(await loadCheckIn(db, NOW, NOW, 'en')).toBe(WHOSE_UNKNOWN);
    await saveIdentity(db, { partnerId: 'sam' });
    expect(((await loadCheckIn(db, NOW, NOW, 'en')) as CheckInWeek).report.totals.afterHoursMs).toBe(0);
    // Changing it later re-judges the same stored minutes by the other partner's hours.
    await saveIdentity(db, { partnerId: 'alex' });
    expect(((await loadCheckIn(db, NOW, NOW, 'en')) as CheckInWeek).report.totals.afterHoursMs).toBe(60 * MINUTE);
  });

  describe('weekly rollups', () => {
    const lastWeek = at('2026-11-16T00:00:00+01:00');
    /** Sets a stored rollup's after-hours total, so a check-in that shows it must have read the rollup. */
    async function tamper(db: HearthDb, weekStart: number, afterHoursMs: number) {
      const record = (await db.settings.get(rollupKey(weekStart)))!.value as WeekRollup;
      await db.settings.put({ key: rollupKey(weekStart), value: { ...record, activity: { ...record.activity, totals: { ...record.activity.totals, afterHoursMs } } } });
    }
    const lastWeekMinutes = async (db: HearthDb) => ((await loadCheckIn(db, NOW, NOW, 'en')) as CheckInWeek).trend.at(-2)!.afterHoursMinutes;

    async function withRollups() {
      const db = await householdDb();
      await db.intervals.bulkPut([
        workInterval('2026-11-16T20:00:00+01:00', '2026-11-16T20:30:00+01:00'),
        workInterval('2026-11-24T20:00:00+01:00', '2026-11-24T20:30:00+01:00'),
      ]);
      const first = (await loadCheckIn(db, NOW, NOW, 'en')) as CheckInWeek;
      expect(first.trend.at(-2)!.afterHoursMinutes).toBe(30);
      return db;
    }

    it("keeps one for each closed week of the trend and this week's ended days, and reads it the next time", async () => {
      const db = await withRollups();
      const keys = (await db.settings.where('key').startsWith('rollup:').primaryKeys()) as string[];
      // The trend goes back to the week of 1 October: seven closed weeks, and this one so far.
      expect(keys).toHaveLength(8);
      expect(keys).toContain(rollupKey(lastWeek));
      const thisWeek = (await db.settings.get(rollupKey(at('2026-11-23T00:00:00+01:00'))))!.value as WeekRollup;
      expect(thisWeek.activity.days.map((day) => day.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
      await tamper(db, lastWeek, 99 * MINUTE);
      expect(await lastWeekMinutes(db)).toBe(99);
    });

    it('is computed again when an interval of that week is recorded or carried past its end', async () => {
      const db = await withRollups();
      await tamper(db, lastWeek, 99 * MINUTE);
      await db.intervals.put(workInterval('2026-11-19T21:00:00+01:00', '2026-11-19T21:10:00+01:00'));
      expect(await lastWeekMinutes(db)).toBe(40);
      await tamper(db, lastWeek, 99 * MINUTE);
      // Sunday's last checkpoint, then the one after midnight: the interval now reaches into this week.
      await db.intervals.put(workInterval('2026-11-22T23:50:00+01:00', '2026-11-22T23:55:00+01:00'));
      expect(await lastWeekMinutes(db)).toBe(45);
      await tamper(db, lastWeek, 99 * MINUTE);
      await db.intervals.put(workInterval('2026-11-22T23:50:00+01:00', '2026-11-23T00:05:00+01:00'));
      expect(await lastWeekMinutes(db)).toBe(50);
      // Carried further into this week, it changes nothing of last week's: the rollup holds.
      await tamper(db, lastWeek, 99 * MINUTE);
      await db.intervals.put(workInterval('2026-11-22T23:50:00+01:00', '2026-11-23T00:10:00+01:00'));
      expect(await lastWeekMinutes(db)).toBe(99);
    });

    it('is computed again for another partner, another override or a revision dated into the week', async () => {
      const db = await withRollups();
      await tamper(db, lastWeek, 99 * MINUTE);
      await saveIdentity(db, { partnerId: 'sam' });
      await saveIdentity(db, { partnerId: 'alex' });
      expect(await lastWeekMinutes(db)).toBe(99);
      await saveIdentity(db, { partnerId: 'sam' });
      // Sam works Monday evenings: the same half hour is in Sam's hours.
      expect(await lastWeekMinutes(db)).toBe(0);
      await saveIdentity(db, { partnerId: 'alex' });
      expect(await lastWeekMinutes(db)).toBe(30);

      await tamper(db, lastWeek, 99 * MINUTE);
      await db.overrides.add(override('2026-11-16T20:00:00+01:00', 15, 'Release'));
      expect(await lastWeekMinutes(db)).toBe(30);

      await tamper(db, lastWeek, 99 * MINUTE);
      await db.agreementRevisions.add({ effectiveAt: at('2026-11-18T00:00:00+01:00'), source: 'import', agreement: household() });
      expect(await lastWeekMinutes(db)).toBe(30);
    });

    it("reads a week that ended less than the settling time ago from raw intervals, however early in it they lie", async () => {
      const db = await householdDb();
      await db.intervals.bulkPut([workInterval('2026-11-24T20:00:00+01:00', '2026-11-24T20:30:00+01:00')]);
      // Five minutes into Monday: last week is not closed yet, and its Tuesday is days before this week's raw part.
      const justAfter = at('2026-11-30T00:05:00+01:00');
      const week = (await loadCheckIn(db, justAfter, justAfter, 'en')) as CheckInWeek;
      expect(week.trend.at(-2)!.afterHoursMinutes).toBe(30);
      expect(await db.settings.get(rollupKey(at('2026-11-23T00:00:00+01:00')))).toBeUndefined();
    });

    describe("this week's ended days", () => {
      const thisWeek = at('2026-11-23T00:00:00+01:00');
      /** Sets Tuesday's after-hours time in this week's rollup, so a check-in that shows it must have read the rollup. */
      async function tamperTuesday(db: HearthDb, afterHoursMs: number) {
        const record = (await db.settings.get(rollupKey(thisWeek)))!.value as WeekRollup;
        const days = record.activity.days.map((day) => (day.date === '2026-11-24' ? { ...day, afterHoursMs } : day));
        await db.settings.put({ key: rollupKey(thisWeek), value: { ...record, activity: { ...record.activity, days } } });
      }
      const minutesOn = async (db: HearthDb, date: string) => ((await loadCheckIn(db, NOW, NOW, 'en')) as CheckInWeek).report.days.find((day) => day.date === date)!.afterHoursMs / MINUTE;

      it('are read from their rollup, today from raw intervals, and the week adds up', async () => {
        const db = await withRollups();
        await tamperTuesday(db, 99 * MINUTE);
        await db.intervals.put(workInterval('2026-11-26T00:10:00+01:00', '2026-11-26T00:20:00+01:00'));
        const week = (await loadCheckIn(db, NOW, NOW, 'en')) as CheckInWeek;
        expect(week.report.days.find((day) => day.date === '2026-11-24')!.afterHoursMs).toBe(99 * MINUTE);
        expect(week.report.days.find((day) => day.date === '2026-11-26')!.afterHoursMs).toBe(10 * MINUTE);
        expect(week.report.totals.afterHoursMs).toBe(109 * MINUTE);
      });

      it('are computed again when an ended day is written late or its last interval carried past the cut', async () => {
        const db = await withRollups();
        await tamperTuesday(db, 99 * MINUTE);
        await db.intervals.put(workInterval('2026-11-24T21:00:00+01:00', '2026-11-24T21:10:00+01:00'));
        expect(await minutesOn(db, '2026-11-24')).toBe(40);
        await tamperTuesday(db, 99 * MINUTE);
        // Wednesday's last checkpoint before midnight, then the one after it.
        await db.intervals.put(workInterval('2026-11-25T23:50:00+01:00', '2026-11-25T23:55:00+01:00'));
        expect(await minutesOn(db, '2026-11-24')).toBe(40);
        expect(await minutesOn(db, '2026-11-25')).toBe(5);
        await tamperTuesday(db, 99 * MINUTE);
        await db.intervals.put(workInterval('2026-11-25T23:50:00+01:00', '2026-11-26T00:05:00+01:00'));
        expect(await minutesOn(db, '2026-11-24')).toBe(40);
        expect(await minutesOn(db, '2026-11-25')).toBe(10);
        // Carried further into today, it changes nothing of Wednesday's: the rollup holds, today grows.
        await tamperTuesday(db, 99 * MINUTE);
        await db.intervals.put(workInterval('2026-11-25T23:50:00+01:00', '2026-11-26T00:10:00+01:00'));
        expect(await minutesOn(db, '2026-11-24')).toBe(99);
        expect(await minutesOn(db, '2026-11-26')).toBe(10);
      });

      it('are computed again for an override in an ended day or a revision taking effect today', async () => {
        const db = await withRollups();
        await tamperTuesday(db, 99 * MINUTE);
        // Today's override is not one of the ended days'.
        await db.overrides.add(override('2026-11-26T08:00:00+01:00', 15, 'Early call'));
        expect(await minutesOn(db, '2026-11-24')).toBe(99);
        await db.overrides.add(override('2026-11-24T20:00:00+01:00', 15, 'Release'));
        expect(await minutesOn(db, '2026-11-24')).toBe(30);

        await tamperTuesday(db, 99 * MINUTE);
        // The agreement in force now draws the whole week's zones.
        await db.agreementRevisions.add({ effectiveAt: at('2026-11-26T09:00:00+01:00'), source: 'import', agreement: household() });
        expect(await minutesOn(db, '2026-11-24')).toBe(30);
      });
    });

    it('are read by a range of their keys, also where the range spans instants of unlike length', async () => {
      const db = await householdDb();
      const stored = (weekStart: number) => ({ key: rollupKey(weekStart), value: { weekStart } });
      await db.settings.bulkPut([stored(999_999_000_000), stored(1_000_000_500_000), stored(1_000_002_000_000), stored(1_789_000_000_000), stored(1_789_100_000_000), { key: 'checkIn:1789000000000', value: {} }]);
      expect([...(await rollupRecords(db, 999_000_000_000, 1_000_001_000_000)).keys()].sort()).toEqual([999_999_000_000, 1_000_000_500_000].sort());
      expect([...(await rollupRecords(db, 1_788_000_000_000, 1_789_000_000_000)).keys()]).toEqual([1_789_000_000_000]);
      expect((await rollupRecords(db, 1_789_000_000_000, 1_789_100_000_000)).get(1_789_100_000_000)).toEqual({ weekStart: 1_789_100_000_000 });
    });

    it('is dropped with the raw intervals it was made from', async () => {
      const db = await withRollups();
      expect(await pruneRollups(db, at('2026-11-10T00:00:00+01:00'))).toBe(6);
      expect((await db.settings.where('key').startsWith('rollup:').primaryKeys()) as string[]).toEqual([rollupKey(lastWeek), rollupKey(at('2026-11-23T00:00:00+01:00'))]);
      expect(await db.settings.get('identity')).toBeDefined();
    });
  });
});
