import type { AgreementRevision, OverrideRecord } from '../db/hearth-db';
import type { ActivityInterval } from '../tracking/activity-interval';
import { keptSince } from '../tracking/retention-period';
import { levelOn, type StretchEntry, type StretchLevel } from '../status/stretch-levels';
import { talkingPoints, type TalkingPoint } from './talking-points';
import { weekFigures, type WeekFigures } from './week-figures';
import { weekTrend, type TrendWeek } from './week-trend';
import { reportWeek, weeklyReport, type ReportWeek, type WeekActivity, type WeeklyReport } from './weekly-report';

/** Weeks in the trend (this one included): two months, long enough to see a habit, short enough to read. */
export const TREND_WEEKS = 8;
/** Weeks over which rituals kept are counted. */
export const RITUAL_WEEKS = 4;

/** Everything the check-in page shows for one week. */
export interface CheckInWeek {
  report: WeeklyReport;
  /** The trend's weeks, this one first, for exports of a range. */
  reports: WeeklyReport[];
  figures: WeekFigures;
  /** Oldest first, this week last. */
  trend: TrendWeek[];
  points: TalkingPoint[];
  /** "How stretched today" for each day of the week (null: not answered), when the person answers at all. */
  stretch: Array<StretchLevel | null> | null;
}

export interface CheckInInput {
  now: number;
  weekContaining: number;
  /** All revisions, sorted by effectiveAt. */
  revisions: readonly AgreementRevision[];
  /**
   * Stored intervals and overrides overlapping the trend's weeks (see `trendSpan`); the intervals
   * only for the weeks without a known activity.
   */
  intervals: readonly ActivityInterval[];
  overrides: readonly OverrideRecord[];
  marks: unknown;
  /** The person's "how stretched today" answers, when they opted in. */
  stretchLevels: readonly StretchEntry[];
  ownerId: (week: ReportWeek) => string;
  locale: string;
  /** Activity already known, by week start: closed weeks' rollups (see week-rollup.ts). */
  activities?: ReadonlyMap<number, WeekActivity>;
}

/**
 * The report weeks of the trend, newest first: the week asked about and up to seven before it that
 * had an agreement and of which Hearth still keeps anything (a deleted week is not a quiet one).
 */
export function trendWeeks(revisions: readonly AgreementRevision[], now: number, weekContaining: number): ReportWeek[] {
  const weeks: ReportWeek[] = [];
  let week = reportWeek(revisions, now, weekContaining);
  while (week && weeks.length < TREND_WEEKS && (weeks.length === 0 || week.end > keptSince(now))) {
    weeks.push(week);
    week = reportWeek(revisions, now, week.start - 1);
  }
  return weeks;
}

/** The first and last instant the trend reads, so the store reads intervals once for all its weeks. */
export function trendSpan(weeks: readonly ReportWeek[]): { start: number; end: number } | null {
  if (weeks.length === 0) return null;
  return { start: weeks[weeks.length - 1]!.start, end: weeks[0]!.end };
}

export function checkIn(input: CheckInInput, weeks: readonly ReportWeek[]): CheckInWeek | null {
  const [week] = weeks;
  if (!week) return null;
  const reports = weeks.map((each) => {
    const activity = input.activities?.get(each.start);
    return weeklyReport({
      ownerId: input.ownerId(each),
      now: input.now,
      week: each,
      revisions: input.revisions,
      intervals: activity ? [] : input.intervals.filter((interval) => interval.end > each.start && interval.start < each.end),
      overrides: input.overrides.filter((override) => override.end > each.start && override.start < each.end),
      marks: input.marks,
      activity,
    });
  });
  const report = reports[0]!;
  const ownerId = input.ownerId(week);
  const ritualWeeks = reports.slice(0, RITUAL_WEEKS);
  const figures = weekFigures({ report, previous: reports[1] ?? null, agreement: week.agreement, ownerId, now: input.now, ritualWeeks });
  const trend = weekTrend(reports, input.now);
  const points = talkingPoints({ report, figures, trend, agreement: week.agreement, ownerId, ritualWeeks, locale: input.locale });
  const stretch = input.stretchLevels.length > 0 ? report.days.map((day) => levelOn(input.stretchLevels, day.date)) : null;
  return { report, reports, figures, trend, points, stretch };
}
