import type { Agreement } from '../agreement/agreement-schema';
import type { AgreementRevision, OverrideRecord } from '../db/hearth-db';
import { ritualsEndedBetween } from '../reminders/ended-rituals';
import { weekBounds } from '../schedule/week-bounds';
import type { WorkSiteCategory } from '../sites/work-site-category';
import { budgetStatus, type BudgetStatus } from '../status/budget-status';
import { markOf, storedRitualMarks, type RitualMark } from '../status/ritual-marks';
import type { ActivityInterval } from '../tracking/activity-interval';
import { keptSince } from '../tracking/retention-period';
import { classifyActivity } from './classify-activity';
import type { ReportPlan } from '../plans/plan-days';
import { summarizeWeek, type ActivityTotals, type DaySummary } from './summarize-activity';
import { daySpans, type DaySpan } from './day-spans';
import { dayHourStrip, type StripDay } from './day-hour-strip';

/** One household week, [start, end), judged by `agreement`: the revision in force at its last instant so far. */
export interface ReportWeek {
  start: number;
  end: number;
  agreement: Agreement;
}

/**
 * kept: the person or Hearth said so; missed: Hearth saw work during it; skipped: the person said
 * so; unmarked: nobody marked it (the browser was closed when it ended).
 */
export type RitualVerdict = 'kept' | 'missed' | 'skipped' | 'unmarked';
export const RITUAL_VERDICTS: readonly RitualVerdict[] = ['kept', 'missed', 'skipped', 'unmarked'];

export interface ReportRitual {
  ritualId: string;
  label: string;
  start: number;
  end: number;
  verdict: RitualVerdict;
  /** The verdict is Hearth's guess from recorded work, not the person's word. */
  guessed: boolean;
}

export interface ReportOverride {
  start: number;
  end: number;
  site: string;
  minutes: number;
  reason: string;
  /** The labels of what was guarding when it was taken (zones, special days, rituals). */
  zones: string[];
}

/** A day of the week: its totals, and when its work began and ended (null for a day without work). */
export interface ReportDay extends DaySummary {
  span: DaySpan | null;
}

export interface WeeklyReport {
  weekStart: number;
  weekEnd: number;
  timeZone: string;
  /** The week holds `now`: there is no later week to show. */
  current: boolean;
  /** An agreement was in force before the week began, so the week before can be judged too. */
  hasPrevious: boolean;
  /**
   * What Hearth can speak for begins here (see watched-days.ts): when this browser's first agreement
   * took effect, or, once that is more than the retention period ago, the retention's cut.
   */
  watchedSince: number;
  /** `watchedSince` is the retention's cut: the days before it were recorded, then deleted; otherwise nothing was recorded before it. */
  olderDeleted: boolean;
  budget: BudgetStatus;
  days: ReportDay[];
  /** Each day's 24 wall-clock hours: work against the agreed zones (the day × hour strip). */
  hours: StripDay[];
  totals: ActivityTotals;
  /** Categories with any activity, most used first. */
  categories: Array<{ category: WorkSiteCategory; ms: number }>;
  overrides: ReportOverride[];
  /** Occurrences that ended in the week, by now, oldest first. */
  rituals: ReportRitual[];
  ritualCounts: Record<RitualVerdict, number>;
  /** Nothing was recorded: no activity, no override and no ritual mark. */
  empty: boolean;
  /** Contingency plans invoked on this browser that held in the week (added by the report store). */
  plans?: ReportPlan[];
  /** The partner's plans that held in the week, as the link told them (added by the report store). */
  partnerPlans?: ReportPlan[];
}

/**
 * What a week's report takes from its recorded activity: the only costly part (every interval
 * classified against the schedule), and all a closed week's rollup keeps (see week-rollup.ts).
 */
export interface WeekActivity {
  days: ReportDay[];
  totals: ActivityTotals;
  hours: StripDay[];
}

export interface WeekActivityInput {
  week: ReportWeek;
  /** All revisions, sorted by effectiveAt: each moment is judged by the one in force then. */
  revisions: readonly AgreementRevision[];
  /** Stored intervals and overrides overlapping the week. */
  intervals: readonly ActivityInterval[];
  overrides: readonly OverrideRecord[];
  ownerId: string;
}

export interface WeeklyReportInput extends WeekActivityInput {
  now: number;
  /** The week's activity when already known (a closed week's rollup); then `intervals` are not read. */
  activity?: WeekActivity;
  /** The stored ritual marks of the week (ritual-mark-store.ts). */
  marks: unknown;
}

/**
 * The household week holding `weekContaining` (never later than `now`), or null when no agreement
 * was in force at any time in it: without one nothing says what counts as after hours.
 * Going back a week is `weekContaining = start - 1`, forward `end`, which holds across DST.
 */
export function reportWeek(revisions: readonly AgreementRevision[], now: number, weekContaining: number): ReportWeek | null {
  const anchor = Math.min(weekContaining, now);
  const first = revisions[0];
  if (!first) return null;
  const bounds = weekBounds((inForceAt(revisions, anchor) ?? first).agreement, anchor);
  const judgedAt = Math.min(now, bounds.end - 1);
  const revision = inForceAt(revisions, judgedAt);
  if (!revision) return null;
  // A revision that moved the household's zone or first weekday mid-week sets the week's edges.
  return { ...weekBounds(revision.agreement, anchor), agreement: revision.agreement };
}

/** The week's activity by day, judged for `ownerId` (this browser's partner, see utils/identity/identity.ts). */
export function weekActivity({ week, revisions, intervals, overrides, ownerId }: WeekActivityInput): WeekActivity {
  const slices = classifyActivity(intervals, revisions, overrides, ownerId);
  const summary = summarizeWeek(slices, week.agreement, week.start);
  const spans = daySpans(slices, week.start, week.end);
  return {
    days: summary.days.map((day) => ({ ...day, span: spans.get(day.date) ?? null })),
    totals: summary.totals,
    hours: dayHourStrip(slices, week.agreement, week.start, week.end, summary.days.map((day) => day.date)),
  };
}

export function weeklyReport(input: WeeklyReportInput): WeeklyReport {
  const { now, week, revisions, overrides, marks, ownerId } = input;
  const { agreement } = week;
  const summary = input.activity ?? weekActivity(input);
  const judgedAt = Math.min(now, week.end - 1);
  const taken = overrides
    .filter((override) => override.start >= week.start && override.start < week.end)
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, site, minutes, reason, sources }): ReportOverride => ({ start, end, site, minutes, reason, zones: [...new Set(sources.map((source) => source.label))] }));
  const stored = storedRitualMarks(marks);
  const rituals = ritualsEndedBetween(revisions, week.start, Math.min(week.end, now)).map(({ ritualId, label, start, end }): ReportRitual => {
    const mark = markOf(stored, ritualId, start);
    return { ritualId, label, start, end, verdict: verdictOf(mark), guessed: mark?.source === 'auto' };
  });
  const ritualCounts = Object.fromEntries(RITUAL_VERDICTS.map((verdict) => [verdict, rituals.filter((ritual) => ritual.verdict === verdict).length])) as Record<RitualVerdict, number>;
  const categories = (Object.entries(summary.totals.byCategory) as Array<[WorkSiteCategory, number]>)
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([category, ms]) => ({ category, ms }));
  const worked = summary.totals.inHoursMs + summary.totals.afterHoursMs > 0;
  const began = revisions[0]?.effectiveAt ?? week.start;
  const kept = keptSince(now);
  return {
    weekStart: week.start,
    weekEnd: week.end,
    timeZone: agreement.household.timeZone,
    current: week.end > now,
    // Going back stops at the last week Hearth still keeps anything of.
    hasPrevious: revisions[0] !== undefined && revisions[0].effectiveAt < week.start && week.start > kept,
    watchedSince: Math.max(began, kept),
    olderDeleted: kept > began,
    // The budget of the week's last day so far: a focus season that began mid-week already counts.
    budget: budgetStatus(agreement, ownerId, judgedAt, summary.totals.afterHoursMs),
    days: summary.days,
    hours: summary.hours,
    totals: summary.totals,
    categories,
    overrides: taken,
    rituals,
    ritualCounts,
    empty: !worked && taken.length === 0 && rituals.every((ritual) => ritual.verdict === 'unmarked'),
  };
}

function verdictOf(mark: RitualMark | undefined): RitualVerdict {
  if (!mark) return 'unmarked';
  if (mark.outcome === 'kept') return 'kept';
  return mark.source === 'auto' ? 'missed' : 'skipped';
}

function inForceAt(revisions: readonly AgreementRevision[], instant: number): AgreementRevision | undefined {
  return revisions.findLast((revision) => revision.effectiveAt <= instant);
}
