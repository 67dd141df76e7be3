import { describe, expect, it } from 'vitest';
import { denseYear } from '../../bench/dense-year';
import type { AgreementRevision, OverrideRecord } from '../db/hearth-db';
import { firstInstantAtOrAfterWallTime } from '../schedule/wall-clock';
import { checkIn, trendWeeks } from './check-in';
import { dayRollupCut, endedDays, joinedActivity } from './day-rollup';
import { canRollUp, ROLLUP_SETTLE_MS, rollupFingerprint, usableRollup, type WeekRollup } from './week-rollup';
import { weekActivity, type WeekActivity } from './weekly-report';

const MINUTE = 60_000;
const { revisions: yearRevisions, intervals, overrides: spans, timeZone } = denseYear();
const yearOverrides: OverrideRecord[] = spans.map((span, index) => ({ ...span, id: index + 1, minutes: Math.round((span.end - span.start) / MINUTE), reason: 'Test', sources: [] }));
const instant = (date: string, hour: number) => firstInstantAtOrAfterWallTime(date, hour * 60, timeZone);
const storedAndRead = (rollup: WeekRollup): unknown => JSON.parse(JSON.stringify(rollup));

/** The same year, with household weeks that begin on Wednesday: a clock change (always a Sunday in Berlin) then falls mid-week. */
const wednesdayWeeks: AgreementRevision[] = yearRevisions.map((revision) => {
  const agreement = structuredClone(revision.agreement);
  agreement.household.weekStartsOn = 'wed';
  return { ...revision, agreement };
});

/**
 * This week's check-in computed from raw intervals, and again as the report store computes it: the
 * closed weeks from their rollups, this week's ended days from their rollup, and only the intervals
 * reaching past the cut classified.
 */
function freshAndFromDayRollup(now: number, revisions: readonly AgreementRevision[] = yearRevisions) {
  const weeks = trendWeeks(revisions, now, now);
  // Nothing is recorded ahead of the clock.
  const recorded = intervals.filter((interval) => interval.start < now).map((interval) => ({ ...interval, end: Math.min(interval.end, now) }));
  const overrides = yearOverrides.filter((override) => override.start < now);
  const input = { now, weekContaining: now, revisions, intervals: recorded, overrides, marks: undefined, stretchLevels: [], ownerId: () => 'alex', locale: 'en' };
  const fresh = checkIn(input, weeks)!;
  const current = weeks[0]!;
  const cut = dayRollupCut(current, revisions, now)!;
  const activities = new Map<number, WeekActivity>();
  for (const report of fresh.reports.filter((each) => canRollUp({ end: each.weekEnd }, now))) {
    activities.set(report.weekStart, usableRollup(storedAndRead({ fingerprint: 'f', activity: { days: report.days, totals: report.totals, hours: report.hours } }), 'f')!);
  }
  const kept = usableRollup(storedAndRead({ fingerprint: 'f', activity: endedDays({ days: fresh.report.days, totals: fresh.report.totals, hours: fresh.report.hours }, cut) }), 'f')!;
  // Only what reaches past the cut: every figure of the ended days has to come from the rollup.
  const pastCut = recorded.filter((interval) => interval.end > cut.cut);
  const rest = weekActivity({ week: current, revisions, intervals: pastCut, overrides: overrides.filter((each) => each.end > current.start && each.start < current.end), ownerId: 'alex' });
  activities.set(current.start, joinedActivity(kept, rest, cut));
  return { fresh, fromRollups: checkIn({ ...input, intervals: pastCut, activities }, weeks)!, cut, kept };
}

describe("check-in from this week's ended days rolled up", () => {
  it.each([
    ['a Thursday afternoon, three days ended', instant('2026-09-17', 15), '2026-09-17'],
    ['the autumn clock change, today', instant('2026-10-25', 15), '2026-10-25'],
    ['the spring clock change, today', instant('2026-03-29', 20), '2026-03-29'],
    ['the revision of 1 July among the ended days', instant('2026-07-03', 11), '2026-07-03'],
    ['the revision of 1 July taking effect today', instant('2026-07-01', 16), '2026-07-01'],
    ['Sunday evening, six days ended', instant('2026-11-29', 21), '2026-11-29'],
  ])('equals the check-in computed from raw intervals: %s', (_name, now, today) => {
    const { fresh, fromRollups, cut, kept } = freshAndFromDayRollup(now);
    expect(cut.date).toBe(today);
    expect(kept.days.every((day) => day.date < today)).toBe(true);
    expect(fresh.report.days.find((day) => day.date === today)!.inHoursMs + fresh.report.days.find((day) => day.date === today)!.afterHoursMs).toBeGreaterThan(0);
    expect(fromRollups).toEqual(fresh);
  });

  it('equals it with a clock change among the ended days', () => {
    // Weeks from Wednesday: on Tuesday 27 October, Sunday the 25th (25 hours long) is an ended day.
    const { fresh, fromRollups, kept } = freshAndFromDayRollup(instant('2026-10-27', 15), wednesdayWeeks);
    expect(kept.days.map((day) => day.date)).toContain('2026-10-25');
    expect(kept.hours.find((day) => day.date === '2026-10-25')!.hours).toHaveLength(24);
    expect(fromRollups).toEqual(fresh);
  });
});

describe('dayRollupCut', () => {
  const weekOf = (now: number) => trendWeeks(yearRevisions, now, now)[0]!;

  it('is the last household midnight that settled, never the week start', () => {
    const monday = instant('2026-09-14', 0);
    expect(dayRollupCut(weekOf(monday + 5 * MINUTE), yearRevisions, monday + 5 * MINUTE)).toBeNull();
    const tuesday = instant('2026-09-15', 0);
    expect(dayRollupCut(weekOf(tuesday), yearRevisions, tuesday + ROLLUP_SETTLE_MS - 1)).toBeNull();
    expect(dayRollupCut(weekOf(tuesday), yearRevisions, tuesday + ROLLUP_SETTLE_MS)).toEqual({ cut: tuesday, date: '2026-09-15' });
    expect(dayRollupCut(weekOf(instant('2026-09-20', 23)), yearRevisions, instant('2026-09-20', 23))).toEqual({ cut: instant('2026-09-20', 0), date: '2026-09-20' });
  });

  it('is none when a revision in force in the week has another time zone', () => {
    const moved: AgreementRevision = { ...yearRevisions[1]!, id: 3, effectiveAt: instant('2026-09-16', 9), agreement: structuredClone(yearRevisions[1]!.agreement) };
    moved.agreement.household.timeZone = 'Europe/London';
    const revisions = [...yearRevisions, moved];
    const now = instant('2026-09-15', 15);
    expect(dayRollupCut(trendWeeks(revisions, now, now)[0]!, revisions, now)).toBeNull();
  });
});

describe("the fingerprint of this week's ended days", () => {
  const now = instant('2026-09-17', 15);
  const week = trendWeeks(yearRevisions, now, now)[0]!;
  const cut = instant('2026-09-17', 0);
  const base = { week, ownerId: 'alex', revisions: yearRevisions, overrides: [] as OverrideRecord[], intervals: { lastStarted: { id: 'a' }, lastEnded: { id: 'a', end: cut - MINUTE } }, through: { cut, now } };
  const override = (start: number, id = 7): OverrideRecord => ({ id, start, end: start + 15 * MINUTE, minutes: 15, reason: 'Release', site: 'app.slack.com', sources: [] });

  it('is not the closed week\'s, and changes with an override before the cut, not after it', () => {
    const fingerprint = rollupFingerprint(base);
    expect(rollupFingerprint({ ...base, through: undefined })).not.toBe(fingerprint);
    expect(rollupFingerprint({ ...base, through: { cut: cut - 24 * 60 * MINUTE, now } })).not.toBe(fingerprint);
    expect(rollupFingerprint({ ...base, overrides: [override(cut - 60 * MINUTE)] })).not.toBe(fingerprint);
    expect(rollupFingerprint({ ...base, overrides: [override(cut + 60 * MINUTE)] })).toBe(fingerprint);
  });

  it('changes once a revision dated later this week takes effect: it redraws the whole week', () => {
    const later: AgreementRevision = { ...yearRevisions[1]!, id: 3, effectiveAt: now + 60 * MINUTE };
    const revisions = [...yearRevisions, later];
    expect(rollupFingerprint({ ...base, revisions })).toBe(rollupFingerprint(base));
    expect(rollupFingerprint({ ...base, revisions, through: { cut, now: now + 61 * MINUTE } })).not.toBe(rollupFingerprint({ ...base, through: { cut, now: now + 61 * MINUTE } }));
  });
});
