import { describe, expect, it } from 'vitest';
import type { AgreementRevision } from '../db/hearth-db';
import { at } from '../schedule/agreement-fixture';
import type { RitualMark } from '../status/ritual-marks';
import { household } from '../status/status-fixture';
import { workInterval } from '../tracking/interval-fixture';
import { INCIDENT } from './override-fixture';
import { reportWeek, weeklyReport, type WeeklyReportInput } from './weekly-report';
import { unwatchedKey, watchedDays, wholeWeekDeleted } from './watched-days';

const MINUTE = 60_000;
const LAUNCH = { id: 'launch', label: "Alex's launch", lead: 'alex', start: '2026-11-25', end: '2026-12-10', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-01' };
const berlin = household({ focusSeasons: [LAUNCH] });
const revisions: AgreementRevision[] = [{ id: 1, effectiveAt: at('2026-10-01T00:00:00+02:00'), source: 'import', agreement: berlin }];
const NOW = at('2026-11-26T12:00:00+01:00');

const mark = (ritualId: string, start: string, outcome: RitualMark['outcome'], source?: RitualMark['source']): RitualMark => ({
  ritualId,
  start: at(start),
  outcome,
  markedAt: at(start) + 60 * MINUTE,
  ...(source && { source }),
});

function report(now: number, weekContaining: number, data: Partial<Omit<WeeklyReportInput, 'now' | 'week'>> = {}) {
  const week = reportWeek(revisions, now, weekContaining);
  if (!week) throw new Error('no week');
  return weeklyReport({ now, week, revisions, intervals: [], overrides: [], marks: undefined, ownerId: 'alex', ...data });
}

describe('reportWeek', () => {
  it('is the household week holding the instant, judged by the agreement in force', () => {
    const week = reportWeek(revisions, NOW, NOW)!;
    expect([week.start, week.end]).toEqual([at('2026-11-23T00:00:00+01:00'), at('2026-11-30T00:00:00+01:00')]);
    expect(week.agreement).toBe(berlin);
  });

  it('never goes beyond the week holding now', () => {
    expect(reportWeek(revisions, NOW, at('2026-12-10T12:00:00+01:00'))!.start).toBe(at('2026-11-23T00:00:00+01:00'));
  });

  it('is none before the first agreement, and the first agreement judges the week it began in', () => {
    expect(reportWeek(revisions, NOW, at('2026-09-20T12:00:00+02:00'))).toBeNull();
    expect(reportWeek([], NOW, NOW)).toBeNull();
    expect(reportWeek(revisions, NOW, at('2026-09-28T12:00:00+02:00'))!.start).toBe(at('2026-09-28T00:00:00+02:00'));
  });
});

describe('weeklyReport', () => {
  const intervals = [
    workInterval('2026-11-23T10:00:00+01:00', '2026-11-23T11:00:00+01:00'),
    // In the evening zone, over the evening walk, partly under the override.
    workInterval('2026-11-23T20:00:00+01:00', '2026-11-23T20:30:00+01:00'),
    workInterval('2026-11-24T18:00:00+01:00', '2026-11-24T18:40:00+01:00', 'github.com', 'code'),
    // Last week's work stays out of this week.
    workInterval('2026-11-22T20:00:00+01:00', '2026-11-22T21:00:00+01:00'),
  ];
  const marks = [
    mark('breakfast', '2026-11-23T07:15:00+01:00', 'kept', 'auto'),
    mark('walk', '2026-11-23T19:30:00+01:00', 'skipped', 'auto'),
    mark('breakfast', '2026-11-24T07:15:00+01:00', 'kept'),
    mark('walk', '2026-11-24T19:30:00+01:00', 'skipped', 'person'),
    mark('breakfast', '2026-11-25T07:15:00+01:00', 'kept', 'auto'),
    mark('breakfast', '2026-11-26T07:15:00+01:00', 'kept', 'person'),
  ];
  const busy = report(NOW, NOW, { intervals, overrides: [INCIDENT], marks });

  it('counts after-hours and zone time per day, every day of the week listed', () => {
    expect(busy.days.map((day) => day.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(busy.days[0]).toMatchObject({ inHoursMs: 60 * MINUTE, afterHoursMs: 30 * MINUTE, inZoneMs: 30 * MINUTE, overriddenMs: 15 * MINUTE });
    expect(busy.days[1]).toMatchObject({ inHoursMs: 0, afterHoursMs: 40 * MINUTE, inZoneMs: 0, overriddenMs: 0 });
    expect(busy.days.slice(2).every((day) => day.inHoursMs + day.afterHoursMs === 0 && day.span === null)).toBe(true);
    expect(busy.days[0]!.span).toEqual({ firstStart: at('2026-11-23T10:00:00+01:00'), lastEnd: at('2026-11-23T20:30:00+01:00'), firstStop: at('2026-11-23T11:00:00+01:00') });
    expect(busy.totals).toMatchObject({ inHoursMs: 60 * MINUTE, afterHoursMs: 70 * MINUTE, inZoneMs: 30 * MINUTE, overriddenMs: 15 * MINUTE });
    expect(busy.categories).toEqual([
      { category: 'chat', ms: 90 * MINUTE },
      { category: 'code', ms: 40 * MINUTE },
    ]);
  });

  it("measures after hours against the budget of the owner's focus season in force", () => {
    expect(busy.budget).toEqual({ usedMinutes: 70, budgetMinutes: 300, ratio: 70 / 300, season: "Alex's launch" });
    // The week before, no season: the household's 120 minutes.
    expect(report(NOW, at('2026-11-18T12:00:00+01:00'), { intervals }).budget).toEqual({ usedMinutes: 60, budgetMinutes: 120, ratio: 0.5 });
  });

  it("is judged by this browser's partner: Sam leads no season and works Monday evenings", () => {
    const sams = report(NOW, NOW, { intervals, overrides: [INCIDENT], marks, ownerId: 'sam' });
    expect(sams.budget.budgetMinutes).toBe(120);
    expect(sams.budget.season).toBeUndefined();
    // Sam's hours are Monday 17:00-23:00: Monday's morning is after hours for Sam, the evening in hours.
    expect(sams.days[0]).toMatchObject({ inHoursMs: 30 * MINUTE, afterHoursMs: 60 * MINUTE });
  });

  it('lists the overrides taken, with their reasons and what gave way', () => {
    expect(busy.overrides).toEqual([
      { start: INCIDENT.start, end: INCIDENT.end, site: 'app.slack.com', minutes: 15, reason: 'Production incident', zones: ['Family evenings'] },
    ]);
  });

  it("tells kept from missed (Hearth saw work), skipped (the person said so) and unmarked, and which are Hearth's guesses", () => {
    expect(busy.ritualCounts).toEqual({ kept: 4, missed: 1, skipped: 1, unmarked: 1 });
    expect(busy.rituals.map(({ ritualId, verdict, guessed }) => `${ritualId} ${verdict}${guessed ? ' (guess)' : ''}`)).toEqual([
      'breakfast kept (guess)',
      'walk missed (guess)',
      'breakfast kept',
      'walk skipped',
      'breakfast kept (guess)',
      'walk unmarked',
      'breakfast kept',
    ]);
    expect(busy.empty).toBe(false);
  });

  it('is the current week, with a week before it and none after', () => {
    expect([busy.current, busy.hasPrevious, busy.timeZone]).toEqual([true, true, 'Europe/Berlin']);
  });

  it('is empty when nothing was recorded, though rituals went by unmarked', () => {
    const quiet = report(NOW, at('2026-11-11T12:00:00+01:00'), { intervals, overrides: [INCIDENT], marks });
    expect(quiet.empty).toBe(true);
    expect(quiet.current).toBe(false);
    expect(quiet.totals).toMatchObject({ inHoursMs: 0, afterHoursMs: 0, inZoneMs: 0, overriddenMs: 0 });
    expect(quiet.overrides).toEqual([]);
    expect(quiet.categories).toEqual([]);
    // Five breakfasts and seven walks, none marked.
    expect(quiet.ritualCounts).toEqual({ kept: 0, missed: 0, skipped: 0, unmarked: 12 });
    expect(quiet.budget).toEqual({ usedMinutes: 0, budgetMinutes: 120, ratio: 0 });
  });

  it('has no week before the one the first agreement began in', () => {
    expect(report(NOW, at('2026-09-30T12:00:00+02:00')).hasPrevious).toBe(false);
    expect(report(NOW, at('2026-10-07T12:00:00+02:00')).hasPrevious).toBe(true);
    expect(report(NOW, at('2026-10-07T12:00:00+02:00'))).toMatchObject({ watchedSince: revisions[0]!.effectiveAt, olderDeleted: false });
  });

  it('speaks from the retention cut once the first agreement is older than Hearth keeps, and goes back no further', () => {
    // 400 days before this is 6 October 2026, 13:00 in Berlin: what began before it has been deleted.
    const later = at('2027-11-10T12:00:00+01:00');
    const cut = at('2026-10-06T13:00:00+02:00');
    const split = report(later, at('2026-10-07T12:00:00+02:00'));
    expect(split).toMatchObject({ watchedSince: cut, olderDeleted: true, hasPrevious: false });
    expect(unwatchedKey(split)).toBe('daysDeleted');
    expect(wholeWeekDeleted(split)).toBe(false);
    // Its Monday and Tuesday (the cut's own day) are not days Hearth can speak for.
    expect(watchedDays(split.days, split).map((day) => day.date)).toEqual(['2026-10-07', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-11']);
    expect(report(later, at('2026-10-14T12:00:00+02:00')).hasPrevious).toBe(true);
    expect(wholeWeekDeleted(report(later, at('2026-09-30T12:00:00+02:00')))).toBe(true);
    expect(unwatchedKey(report(NOW, at('2026-09-30T12:00:00+02:00')))).toBe('daysBeforeHearth');
  });

  it('spans a week with a clock change: 169 hours, seven local days, the repeated hour counted once each time', () => {
    // Europe/Berlin turns back from 03:00 CEST to 02:00 CET on Sunday 25 October 2026.
    const dst = report(NOW, at('2026-10-21T12:00:00+02:00'), {
      // 01:30 CEST to 02:30 CET: two real hours, one of them the hour that happens twice.
      intervals: [workInterval('2026-10-25T01:30:00+02:00', '2026-10-25T02:30:00+01:00', 'github.com', 'code')],
    });
    expect(dst.weekStart).toBe(at('2026-10-19T00:00:00+02:00'));
    expect(dst.weekEnd).toBe(at('2026-10-26T00:00:00+01:00'));
    expect(dst.weekEnd - dst.weekStart).toBe(169 * 60 * MINUTE);
    expect(dst.days.map((day) => day.date)).toEqual(['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25']);
    expect(dst.days[6]).toMatchObject({ afterHoursMs: 120 * MINUTE, inHoursMs: 0 });
    expect(dst.budget.usedMinutes).toBe(120);
    // Next week starts where this one ends, in the new offset.
    expect(reportWeek(revisions, NOW, dst.weekEnd)!.start).toBe(at('2026-10-26T00:00:00+01:00'));
    expect(reportWeek(revisions, NOW, dst.weekStart - 1)!.start).toBe(at('2026-10-12T00:00:00+02:00'));
  });
});
