import { describe, expect, it } from 'vitest';
import type { AgreementRevision } from '../db/hearth-db';
import { at } from '../schedule/agreement-fixture';
import { household } from '../status/status-fixture';
import { workInterval } from '../tracking/interval-fixture';
import { berlin, reportFor, revisions, SUNDAY_NIGHT, WEEK, WEEK_OVER } from './week-fixture';
import { weekFigures } from './week-figures';
import { firstWholeDay } from './watched-days';
import { talkingPoints } from './talking-points';

const MIN = 60_000;
const H = 60 * MIN;

describe('weekFigures', () => {
  const report = reportFor(SUNDAY_NIGHT, SUNDAY_NIGHT);
  const previous = reportFor(SUNDAY_NIGHT, report.weekStart - 1);
  const figures = weekFigures({ report, previous, agreement: berlin, ownerId: 'alex', now: SUNDAY_NIGHT, ritualWeeks: [report] });

  it('adds up a hand-computed week', () => {
    expect(figures.inHoursMs).toBe(540 * MIN);
    expect(figures.afterHoursMs).toBe(215 * MIN);
    // Sunday 22:00: Sunday's evening is not over yet, so it is not counted; once the week is, it is.
    expect(figures.quietEvenings).toEqual({ quiet: 2, of: 6 });
    expect(weekFigures({ report, previous, agreement: berlin, ownerId: 'alex', now: WEEK_OVER, ritualWeeks: [report] }).quietEvenings).toEqual({ quiet: 3, of: 7 });
    expect(figures.elapsed.filter((day) => day.quiet).map((day) => day.date)).toEqual(['2026-11-25', '2026-11-27', '2026-11-29']);
    expect(figures.latestFinish).toEqual({ date: '2026-11-23', at: at('2026-11-23T20:30:00+01:00') });
    expect(figures.elapsed.map((day) => day.spanMs / MIN)).toEqual([630, 40, 0, 580, 0, 45, 0]);
    expect(figures.dailyAverage).toEqual({ workMs: Math.round((755 * MIN) / 7), afterHoursMs: Math.round((215 * MIN) / 7) });
    expect(figures.previousDailyAverage).toEqual({ workMs: Math.round((60 * MIN) / 7), afterHoursMs: Math.round((60 * MIN) / 7) });
    expect(figures.overrides).toEqual({ used: 0, allowed: 3 });
    expect(figures.focusSeason).toBeNull();
  });

  it('counts only the days that have begun in the current week, and only the evenings that are decided', () => {
    const wednesday = at('2026-11-25T12:00:00+01:00');
    const soFar = WEEK.filter((interval) => interval.end <= wednesday);
    const midweek = weekFigures({ report: reportFor(wednesday, wednesday, soFar), previous: null, agreement: berlin, ownerId: 'alex', now: wednesday, ritualWeeks: [] });
    // Monday and Tuesday had after hours; Wednesday noon's evening is still to come.
    expect(midweek.quietEvenings).toEqual({ quiet: 0, of: 2 });
    expect(midweek.dailyAverage.afterHoursMs).toBe(Math.round((70 * MIN) / 3));
    expect(midweek.previousDailyAverage).toBeNull();
  });

  it('speaks only for the days Hearth watched: installed on Tuesday afternoon, Monday is not a quiet or an empty day', () => {
    const installed: AgreementRevision[] = [{ id: 1, effectiveAt: at('2026-11-24T15:00:00+01:00'), source: 'import', agreement: berlin }];
    // Work seen on Tuesday evening, after the install; Monday's intervals cannot have been recorded.
    const seen = WEEK.filter((interval) => interval.start >= at('2026-11-24T15:00:00+01:00'));
    const week = reportFor(WEEK_OVER, SUNDAY_NIGHT, seen, [], undefined, installed);
    expect(firstWholeDay(week)).toBe('2026-11-25');
    const f = weekFigures({ report: week, previous: null, agreement: berlin, ownerId: 'alex', now: WEEK_OVER, ritualWeeks: [] });
    // Wednesday, Friday and Sunday quiet; Tuesday counted as not quiet (its work was seen); Monday not at all.
    expect(f.quietEvenings).toEqual({ quiet: 3, of: 6 });
    expect(f.elapsed.map((day) => day.date)).toEqual(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(f.dailyAverage.afterHoursMs).toBe(Math.round((185 * MIN) / 6));
    // The next week's "change against last week" averages over those six days too, not seven.
    const next = at('2026-12-02T12:00:00+01:00');
    const after = weekFigures({ report: reportFor(next, next, seen, [], undefined, installed), previous: week, agreement: berlin, ownerId: 'alex', now: next, ritualWeeks: [] });
    expect(after.previousDailyAverage).toEqual({ workMs: Math.round(((185 + 480) * MIN) / 6), afterHoursMs: Math.round((185 * MIN) / 6) });
  });

  it('measures spans and finishes in real time across a clock change, latest by the wall clock', () => {
    // Berlin turns back from 03:00 CEST to 02:00 CET on Sunday 25 October 2026.
    const dst = [
      workInterval('2026-10-25T01:30:00+02:00', '2026-10-25T02:30:00+01:00', 'github.com', 'code'),
      workInterval('2026-10-22T23:00:00+02:00', '2026-10-23T00:00:00+02:00'),
    ];
    const now = at('2026-10-27T12:00:00+01:00');
    const week = reportFor(now, at('2026-10-21T12:00:00+02:00'), dst);
    const f = weekFigures({ report: week, previous: null, agreement: berlin, ownerId: 'alex', now, ritualWeeks: [] });
    expect(f.elapsed).toHaveLength(7);
    expect(f.elapsed[6]).toMatchObject({ date: '2026-10-25', spanMs: 2 * H, afterHoursMs: 2 * H, quiet: false });
    // Thursday's work ended at midnight, later on the clock than Sunday's 02:30.
    expect(f.latestFinish).toEqual({ date: '2026-10-22', at: at('2026-10-23T00:00:00+02:00') });
    expect(f.quietEvenings).toEqual({ quiet: 5, of: 7 });
  });

  it('follows work that runs on past midnight to where it ended: the latest finish is 1:40, not midnight', () => {
    // Thursday 22:00 to Friday 01:40 without a break; Monday finished at 20:30.
    const late = [...WEEK.filter((interval) => interval.start < at('2026-11-26T00:00:00+01:00')), workInterval('2026-11-26T22:00:00+01:00', '2026-11-27T01:40:00+01:00')];
    const week = reportFor(WEEK_OVER, SUNDAY_NIGHT, late);
    const f = weekFigures({ report: week, previous: null, agreement: berlin, ownerId: 'alex', now: WEEK_OVER, ritualWeeks: [] });
    expect(f.latestFinish).toEqual({ date: '2026-11-26', at: at('2026-11-27T01:40:00+01:00') });
    // The dates keep their own spans: Thursday's evening up to midnight, Friday's first 100 minutes.
    expect(f.elapsed.slice(3, 5).map((day) => day.spanMs / MIN)).toEqual([120, 100]);
    // Thursday ran 8 hr 40 min past its 17:00 end, not 7 hr.
    const points = talkingPoints({ report: week, figures: f, trend: [], agreement: berlin, ownerId: 'alex', ritualWeeks: [], locale: 'en' });
    expect(points.find((point) => point.key === 'talkRanPastEnd')?.substitutions).toEqual(['Thursday', '8 hr 40 min']);
  });

  it('judges a week with an agreement change by the revision in force at each moment', () => {
    // From Wednesday Alex works 9 to 7: Thursday's 17:00-18:40 is then in hours.
    const longer = household({ partners: [{ ...berlin.partners[0], workingHours: { ...berlin.partners[0].workingHours, thu: [{ start: '09:00', end: '19:00' }] } }, berlin.partners[1]] });
    const changed: AgreementRevision[] = [...revisions, { id: 2, effectiveAt: at('2026-11-25T00:00:00+01:00'), source: 'edit', agreement: longer }];
    const week = reportFor(SUNDAY_NIGHT, SUNDAY_NIGHT, WEEK, [], undefined, changed);
    const f = weekFigures({ report: week, previous: null, agreement: longer, ownerId: 'alex', now: SUNDAY_NIGHT, ritualWeeks: [] });
    expect(f.afterHoursMs).toBe((30 + 40 + 45) * MIN);
    expect(f.inHoursMs).toBe((60 + 580) * MIN);
  });

  it("follows the focus season in force, the person's own first", () => {
    const launch = { id: 'launch', label: "Alex's launch", lead: 'alex', start: '2026-11-25', end: '2026-12-10', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-01' };
    const withSeason = household({ focusSeasons: [launch] });
    const f = weekFigures({ report, previous, agreement: withSeason, ownerId: 'sam', now: SUNDAY_NIGHT, ritualWeeks: [] });
    expect(f.focusSeason).toEqual({ label: "Alex's launch", lead: 'alex', day: 5, days: 16, reviewOn: '2026-12-01', daysToReview: 2 });
  });

  it('counts rituals kept over the weeks given, marked ones only', () => {
    const marks = [
      { ritualId: 'walk', start: at('2026-11-23T19:30:00+01:00'), outcome: 'kept', markedAt: 0 },
      { ritualId: 'walk', start: at('2026-11-16T19:30:00+01:00'), outcome: 'skipped', markedAt: 0, source: 'auto' },
      { ritualId: 'walk', start: at('2026-11-17T19:30:00+01:00'), outcome: 'kept', markedAt: 0 },
    ];
    const weeks = [reportFor(SUNDAY_NIGHT, SUNDAY_NIGHT, WEEK, [], marks), reportFor(SUNDAY_NIGHT, at('2026-11-18T12:00:00+01:00'), WEEK, [], marks)];
    const f = weekFigures({ report: weeks[0]!, previous: weeks[1]!, agreement: berlin, ownerId: 'alex', now: SUNDAY_NIGHT, ritualWeeks: weeks });
    expect(f.ritualsKept).toEqual({ kept: 2, of: 3, weeks: 2 });
  });
});
