import { describe, expect, it } from 'vitest';
import { denseYear } from '../../bench/dense-year';
import type { AgreementRevision, OverrideRecord } from '../db/hearth-db';
import { firstInstantAtOrAfterWallTime } from '../schedule/wall-clock';
import { checkIn, trendWeeks } from './check-in';
import { canRollUp, expiredRollupKeys, rollupFingerprint, rollupKey, rollupWeekStart, ROLLUP_SETTLE_MS, usableRollup, type WeekRollup } from './week-rollup';
import { revisions, SUNDAY_NIGHT, WEEK } from './week-fixture';
import type { ReportWeek, WeekActivity } from './weekly-report';

const MINUTE = 60_000;
const { revisions: yearRevisions, intervals, overrides: spans, timeZone } = denseYear();
const yearOverrides: OverrideRecord[] = spans.map((span, index) => ({ ...span, id: index + 1, minutes: Math.round((span.end - span.start) / MINUTE), reason: 'Test', sources: [] }));

/** What a rollup is once stored and read back: IndexedDB keeps a structured clone, JSON is no kinder. */
const storedAndRead = (rollup: WeekRollup): unknown => JSON.parse(JSON.stringify(rollup));

/** The check-in of the week holding `instant`, computed fresh and again from rollups of its closed weeks. */
function freshAndRolledUp(now: number, instant: number, revs: readonly AgreementRevision[] = yearRevisions) {
  const weeks = trendWeeks(revs, now, instant);
  const input = { now, weekContaining: instant, revisions: revs, intervals, overrides: yearOverrides, marks: undefined, stretchLevels: [], ownerId: () => 'alex', locale: 'en' };
  const fresh = checkIn(input, weeks)!;
  const activities = new Map<number, WeekActivity>();
  for (const report of fresh.reports.filter((each) => canRollUp({ end: each.weekEnd }, now))) {
    const read = usableRollup(storedAndRead({ fingerprint: 'same', activity: { days: report.days, totals: report.totals, hours: report.hours } }), 'same');
    if (read) activities.set(report.weekStart, read);
  }
  // Without the closed weeks' intervals: every figure of theirs has to come from the rollups.
  const open = weeks.filter((week) => !canRollUp(week, now));
  const openIntervals = intervals.filter((interval) => open.some((week) => interval.end > week.start && interval.start < week.end));
  return { fresh, rolledUp: checkIn({ ...input, intervals: openIntervals, activities }, weeks)!, rolledUpWeeks: activities.size };
}

describe('check-in from weekly rollups', () => {
  it.each([
    ['a September week (all eight weeks closed)', '2026-09-16'],
    ['the week with the autumn clock change', '2026-10-28'],
    ['the weeks around the revision of 1 July', '2026-07-08'],
    ['the week with the spring clock change', '2026-04-01'],
  ])('equals the check-in computed from raw intervals: %s', (_name, date) => {
    const instant = firstInstantAtOrAfterWallTime(date, 12 * 60, timeZone);
    const now = firstInstantAtOrAfterWallTime('2026-12-01', 12 * 60, timeZone);
    const { fresh, rolledUp, rolledUpWeeks } = freshAndRolledUp(now, instant);
    expect(rolledUpWeeks).toBe(8);
    expect(fresh.report.totals.afterHoursMs).toBeGreaterThan(0);
    expect(rolledUp).toEqual(fresh);
  });

  it('equals it for this week, seven closed weeks rolled up and this one computed', () => {
    const now = firstInstantAtOrAfterWallTime('2026-10-28', 15 * 60, timeZone);
    const { fresh, rolledUp, rolledUpWeeks } = freshAndRolledUp(now, now);
    expect(rolledUpWeeks).toBe(7);
    expect(rolledUp).toEqual(fresh);
  });

  it('equals it for the hand-computed week and the week before', () => {
    const weeks = trendWeeks(revisions, SUNDAY_NIGHT, SUNDAY_NIGHT);
    const input = { now: SUNDAY_NIGHT + 7 * 24 * 60 * MINUTE, weekContaining: SUNDAY_NIGHT, revisions, intervals: WEEK, overrides: [], marks: undefined, stretchLevels: [], ownerId: () => 'alex', locale: 'en' };
    const fresh = checkIn(input, weeks)!;
    const activities = new Map(fresh.reports.map((report) => [report.weekStart, usableRollup(storedAndRead({ fingerprint: 'f', activity: { days: report.days, totals: report.totals, hours: report.hours } }), 'f')!]));
    expect(checkIn({ ...input, intervals: [], activities }, weeks)).toEqual(fresh);
    expect(fresh.report.totals.afterHoursMs).toBe(215 * MINUTE);
  });
});

describe('rollupFingerprint', () => {
  const week: ReportWeek = { start: Date.UTC(2026, 8, 13, 22), end: Date.UTC(2026, 8, 20, 22), agreement: yearRevisions[0]!.agreement };
  const base = { week, ownerId: 'alex', revisions: yearRevisions, overrides: [] as OverrideRecord[], intervals: { lastStarted: { id: '1789200000000:github.com' }, lastEnded: { id: '1789200000000:github.com', end: 1_789_200_600_000 } } };
  const override = (start: number, end: number, id = 7): OverrideRecord => ({ id, start, end, minutes: 15, reason: 'Release', site: 'app.slack.com', sources: [] });

  it('changes with whatever a past week is judged from', () => {
    const fingerprint = rollupFingerprint(base);
    expect(rollupFingerprint({ ...base })).toBe(fingerprint);
    // Whose browser this is: the other partner's hours judge the same minutes differently.
    expect(rollupFingerprint({ ...base, ownerId: 'sam' })).not.toBe(fingerprint);
    // A later interval recorded in the week, the last one carried past the week's end, or its last seconds written late.
    const last = base.intervals.lastEnded;
    expect(rollupFingerprint({ ...base, intervals: { ...base.intervals, lastStarted: { id: '1789200900000:github.com' } } })).not.toBe(fingerprint);
    expect(rollupFingerprint({ ...base, intervals: { ...base.intervals, lastEnded: { id: '1789100000000:github.com', end: 1_789_100_600_000 } } })).not.toBe(fingerprint);
    expect(rollupFingerprint({ ...base, intervals: { ...base.intervals, lastEnded: { ...last, end: last.end + 20_000 } } })).not.toBe(fingerprint);
    expect(rollupFingerprint({ ...base, intervals: { lastStarted: null, lastEnded: null } })).not.toBe(fingerprint);
    // An override inside the week, or reaching into it.
    expect(rollupFingerprint({ ...base, overrides: [override(week.start + MINUTE, week.start + 20 * MINUTE)] })).not.toBe(fingerprint);
    expect(rollupFingerprint({ ...base, overrides: [override(week.start - MINUTE, week.start + MINUTE)] })).not.toBe(fingerprint);
    // A revision that took effect in the week (say an import that dated it back).
    const dated: AgreementRevision = { ...yearRevisions[0]!, id: 9, effectiveAt: week.start + 3 * 24 * 60 * MINUTE };
    expect(rollupFingerprint({ ...base, revisions: [yearRevisions[0]!, dated, yearRevisions[1]!] })).not.toBe(fingerprint);
    // Other edges for the week: the household moved its zone or first weekday.
    expect(rollupFingerprint({ ...base, week: { ...week, end: week.end + 60 * MINUTE } })).not.toBe(fingerprint);
  });

  it('does not change with what happens outside the week', () => {
    const fingerprint = rollupFingerprint(base);
    expect(rollupFingerprint({ ...base, overrides: [override(week.end, week.end + 15 * MINUTE), override(week.start - 20 * MINUTE, week.start, 8)] })).toBe(fingerprint);
    const later: AgreementRevision = { ...yearRevisions[1]!, id: 3, effectiveAt: Date.UTC(2026, 10, 1) };
    expect(rollupFingerprint({ ...base, revisions: [...yearRevisions, later] })).toBe(fingerprint);
  });
});

describe('usableRollup', () => {
  const activity: WeekActivity = { days: [], hours: [], totals: { inHoursMs: 1, afterHoursMs: 2, inZoneMs: 0, overriddenMs: 0, byCategory: { chat: 3, email: 0, calendar: 0, code: 0, docs: 0, tickets: 0, meetings: 0, crm: 0, design: 0, cloud: 0, hr: 0, other: 0 } } };

  it('gives the activity only for the same fingerprint, and nothing for a damaged record', () => {
    expect(usableRollup({ fingerprint: 'a', activity }, 'a')).toEqual(activity);
    expect(usableRollup({ fingerprint: 'a', activity }, 'b')).toBeNull();
    expect(usableRollup(undefined, 'a')).toBeNull();
    expect(usableRollup({ fingerprint: 'a', activity: { ...activity, totals: { ...activity.totals, byCategory: {} } } }, 'a')).toBeNull();
    expect(usableRollup({ fingerprint: 'a', activity: { days: [{ date: '2026-09-14' }], totals: activity.totals } }, 'a')).toBeNull();
  });
});

describe('rollup keys', () => {
  it('name the week, and those of weeks before the retention cut are expired', () => {
    expect(rollupWeekStart(rollupKey(1_789_000_000_000))).toBe(1_789_000_000_000);
    expect(rollupWeekStart('checkIn:1789000000000')).toBeNull();
    expect(rollupWeekStart('rollup:soon')).toBeNull();
    expect(expiredRollupKeys([rollupKey(100), rollupKey(200), 'identity', 'rollup:x'], 200)).toEqual([rollupKey(100)]);
  });

  it('are only made once a week has ended and settled', () => {
    expect(canRollUp({ end: 1_000 }, 1_000)).toBe(false);
    expect(canRollUp({ end: 1_000 }, 1_000 + ROLLUP_SETTLE_MS)).toBe(true);
  });
});
