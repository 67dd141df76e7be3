import { describe, expect, it } from 'vitest';
import type { AgreementRevision, OverrideRecord } from '../db/hearth-db';
import { at } from '../schedule/agreement-fixture';
import { EVENINGS, household } from '../status/status-fixture';
import { workInterval } from '../tracking/interval-fixture';
import english from '../../public/_locales/en/messages.json';
import { TALKING_POINT_KEYS, talkingPoints, type TalkingPoint } from './talking-points';
import { berlin, reportFor, SUNDAY_NIGHT, WEEK, WEEK_OVER } from './week-fixture';
import { weekFigures } from './week-figures';
import { weekTrend } from './week-trend';
import type { WeeklyReport } from './weekly-report';

const override = (day: string, reason: string, id: number): OverrideRecord => ({
  id,
  start: at(`${day}T20:00:00+01:00`),
  end: at(`${day}T20:10:00+01:00`),
  minutes: 10,
  reason,
  site: 'app.slack.com',
  sources: [{ kind: 'zone', id: 'evenings', label: EVENINGS.label, mode: 'dim' }],
});

/** The points of a week at its check-in, once it is over (so Sunday's evening counts among the quiet ones). */
function pointsFor(report: WeeklyReport, options: { agreement?: typeof berlin; older?: WeeklyReport[]; locale?: string } = {}): TalkingPoint[] {
  const agreement = options.agreement ?? berlin;
  const weeks = [report, ...(options.older ?? [])];
  const figures = weekFigures({ report, previous: weeks[1] ?? null, agreement, ownerId: 'alex', now: WEEK_OVER, ritualWeeks: weeks.slice(0, 4) });
  return talkingPoints({ report, figures, trend: weekTrend(weeks, WEEK_OVER), agreement, ownerId: 'alex', ritualWeeks: weeks.slice(0, 4), locale: options.locale ?? 'en' });
}

const line = (point: TalkingPoint) => `${point.tone} ${point.key} ${point.substitutions.join(' | ')}`;

describe('talkingPoints', () => {
  it('says what went well first, then where someone was stretched, then what to adjust', () => {
    const overrides = [override('2026-11-23', 'Deploy', 1), override('2026-11-24', ' deploy', 2), override('2026-11-25', 'Client call', 3)];
    const points = pointsFor(reportFor(SUNDAY_NIGHT, SUNDAY_NIGHT, WEEK, overrides));
    expect(points.map(line)).toEqual([
      'celebrate talkQuietEvenings 3 | 7',
      // Monday finished 20:30 (3 h 30 past 17:00); Tuesday and Thursday 18:40 (1 h 40), Tuesday first.
      'stretched talkRanPastEnd Monday | 3 hr 30 min',
      'stretched talkRanPastEnd Tuesday | 1 hr 40 min',
      'stretched talkOverBudget 1 hr 35 min',
      'adjust talkZoneOverriddenSameReason Family evenings | 3 | 2',
    ]);
    expect(points.map((point) => point.tone)).toEqual(['celebrate', 'stretched', 'stretched', 'stretched', 'adjust']);
  });

  it('names work on a day without agreed hours, in the reader\'s language', () => {
    const saturday = [workInterval('2026-11-28T10:00:00+01:00', '2026-11-28T11:10:00+01:00')];
    expect(pointsFor(reportFor(SUNDAY_NIGHT, SUNDAY_NIGHT, saturday), { locale: 'de' }).map(line)).toContain('stretched talkDayOffWork Samstag | 1 Std. 10 Min.');
  });

  it('leaves out spill-over under half an hour and days without work', () => {
    const short = [workInterval('2026-11-24T17:00:00+01:00', '2026-11-24T17:29:00+01:00')];
    expect(pointsFor(reportFor(SUNDAY_NIGHT, SUNDAY_NIGHT, short)).filter((point) => point.tone === 'stretched')).toEqual([]);
  });

  it('celebrates weeks under budget running, rituals all kept and zones that held', () => {
    const marks = [{ ritualId: 'walk', start: at('2026-11-23T19:30:00+01:00'), outcome: 'kept', markedAt: 0 }];
    const calm = [workInterval('2026-11-24T10:00:00+01:00', '2026-11-24T11:00:00+01:00')];
    const older = [reportFor(SUNDAY_NIGHT, at('2026-11-18T12:00:00+01:00'), calm), reportFor(SUNDAY_NIGHT, at('2026-11-11T12:00:00+01:00'), calm)];
    expect(pointsFor(reportFor(WEEK_OVER, SUNDAY_NIGHT, calm, [], marks), { older }).map(line)).toEqual([
      'celebrate talkQuietEvenings 7 | 7',
      'celebrate talkUnderBudgetRun 3',
      'celebrate talkAllRitualsKept 1',
      'celebrate talkZonesHeld ',
    ]);
    // On Sunday night the week is not over: the zones have held so far.
    expect(pointsFor(reportFor(SUNDAY_NIGHT, SUNDAY_NIGHT, calm, [], marks), { older }).map(line)).toContain('celebrate talkZonesHeldSoFar ');
  });

  it('says no zone held where none came round: an agreement without zones has nothing to celebrate there', () => {
    const none = household({ zones: [], rituals: [] });
    const revs: AgreementRevision[] = [{ id: 1, effectiveAt: at('2026-10-01T00:00:00+02:00'), source: 'import', agreement: none }];
    const calm = [workInterval('2026-11-24T10:00:00+01:00', '2026-11-24T11:00:00+01:00')];
    const keys = pointsFor(reportFor(WEEK_OVER, SUNDAY_NIGHT, calm, [], undefined, revs), { agreement: none }).map((point) => point.key);
    expect(keys).not.toContain('talkZonesHeld');
    expect(keys).toContain('talkQuietEvenings');
  });

  it('counts overrides of one zone without a shared reason, and ignores fewer than three', () => {
    const three = [override('2026-11-23', 'a', 1), override('2026-11-24', 'b', 2), override('2026-11-25', '', 3)];
    expect(pointsFor(reportFor(SUNDAY_NIGHT, SUNDAY_NIGHT, [], three)).map(line)).toContain('adjust talkZoneOverridden Family evenings | 3');
    expect(pointsFor(reportFor(SUNDAY_NIGHT, SUNDAY_NIGHT, [], three.slice(0, 2))).filter((point) => point.tone === 'adjust')).toEqual([]);
  });

  it('brings up a focus season review due within a week, or overdue', () => {
    const season = (reviewOn: string) => household({ focusSeasons: [{ id: 'launch', label: 'Launch', lead: 'alex', start: '2026-11-01', end: '2026-12-31', weeklyAfterHoursMinutes: 600, reviewOn }] });
    const week = reportFor(SUNDAY_NIGHT, SUNDAY_NIGHT, []);
    expect(pointsFor(week, { agreement: season('2026-12-04') }).map(line)).toContain('adjust talkSeasonReviewSoon Launch | Fri, Dec 4');
    expect(pointsFor(week, { agreement: season('2026-11-29') }).map(line)).toContain('adjust talkSeasonReviewToday Launch | Sun, Nov 29');
    expect(pointsFor(week, { agreement: season('2026-11-20') }).map(line)).toContain('adjust talkSeasonReviewOverdue Launch');
    expect(pointsFor(week, { agreement: season('2026-12-20') }).filter((point) => point.tone === 'adjust')).toEqual([]);
  });

  it('notices a ritual where work came in twice or more over the last weeks', () => {
    const marks = ['2026-11-23', '2026-11-17', '2026-11-10'].map((day, index) => ({
      ritualId: 'walk',
      start: at(`${day}T19:30:00+01:00`),
      outcome: index < 2 ? 'skipped' : 'kept',
      markedAt: 0,
      source: 'auto',
    }));
    const week = reportFor(SUNDAY_NIGHT, SUNDAY_NIGHT, [], [], marks);
    const older = [reportFor(SUNDAY_NIGHT, at('2026-11-18T12:00:00+01:00'), [], [], marks), reportFor(SUNDAY_NIGHT, at('2026-11-11T12:00:00+01:00'), [], [], marks)];
    expect(pointsFor(week, { older }).map(line)).toContain('adjust talkRitualInterrupted Evening walk | 2 | 3');
  });
});

describe('talking point messages', () => {
  it('exist for every key a rule can give', () => {
    expect(TALKING_POINT_KEYS.filter((key) => !(key in english))).toEqual([]);
  });
});

describe('weekTrend', () => {
  it('lists weeks oldest first with the budget in force then, counting only the evenings decided by now', () => {
    const wednesday = at('2026-11-25T12:00:00+01:00');
    const weeks = [reportFor(wednesday, wednesday, WEEK.filter((interval) => interval.end <= wednesday)), reportFor(wednesday, at('2026-11-18T12:00:00+01:00'))];
    expect(weekTrend(weeks, wednesday)).toEqual([
      { weekStart: at('2026-11-16T00:00:00+01:00'), startDate: '2026-11-16', afterHoursMinutes: 60, budgetMinutes: 120, quietEvenings: 6, days: 7, ritualsKept: 0, rituals: 0 },
      // Wednesday noon: Monday and Tuesday had after hours; Wednesday's evening is still to come.
      { weekStart: at('2026-11-23T00:00:00+01:00'), startDate: '2026-11-23', afterHoursMinutes: 70, budgetMinutes: 120, quietEvenings: 0, days: 2, ritualsKept: 0, rituals: 0 },
    ]);
  });

  it("names each week's first day in the zone that week had, not in today's", () => {
    const wednesday = at('2026-11-25T12:00:00+01:00');
    const thisWeek = reportFor(wednesday, wednesday, []);
    // The week before, the household lived in Chatham: its Monday began at 00:00 there, still Sunday in Berlin.
    const inChatham = { ...thisWeek, weekStart: at('2026-11-16T00:00:00+13:45'), timeZone: 'Pacific/Chatham' };
    expect(weekTrend([thisWeek, inChatham], wednesday).map((week) => week.startDate)).toEqual(['2026-11-16', '2026-11-23']);
  });
});
