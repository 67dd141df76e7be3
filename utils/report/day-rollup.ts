import type { AgreementRevision } from '../db/hearth-db';
import { wallTimeAt, firstInstantAtOrAfterWallTime } from '../schedule/wall-clock';
import { totalsOf } from './summarize-activity';
import { ROLLUP_SETTLE_MS } from './week-rollup';
import type { ReportWeek, WeekActivity } from './weekly-report';

/**
 * This week's days that have ended, kept like a closed week's rollup (week-rollup.ts), so opening
 * the check-in on a Sunday evening classifies Sunday's intervals, not the whole week's (issue 10,
 * item 10). The days before `cut` — the latest household midnight in the week that passed at least
 * ROLLUP_SETTLE_MS ago — are stored under the week's rollup key with a fingerprint of [week start,
 * cut) (`rollupFingerprint` with `through`); the days from `cut` on are computed from raw intervals
 * on every open and joined to them. Once the week has ended, its rollup is computed whole.
 */
export interface DayRollupCut {
  /** The first instant not rolled up: a household midnight. */
  cut: number;
  /** Its household-local date: days before it come from the rollup. */
  date: string;
}

/**
 * Where this week's rollup ends, or null when no day has ended and settled yet, or when a revision
 * in force in the week has another time zone: a day then has no single pair of edges to cut at.
 */
export function dayRollupCut(week: ReportWeek, revisions: readonly AgreementRevision[], now: number): DayRollupCut | null {
  const { timeZone } = week.agreement.household;
  const inForce = revisions.filter((revision, index) => revision.effectiveAt < week.end && (revisions[index + 1]?.effectiveAt ?? Infinity) > week.start);
  if (inForce.some((revision) => revision.agreement.household.timeZone !== timeZone)) return null;
  const settled = Math.min(now - ROLLUP_SETTLE_MS, week.end - 1);
  if (settled <= week.start) return null;
  const date = wallTimeAt(settled, timeZone).date;
  const cut = firstInstantAtOrAfterWallTime(date, 0, timeZone);
  return cut > week.start && cut <= settled ? { cut, date } : null;
}

/** What is kept of this week: the days before the cut (the rest of the week is still being written). */
export function endedDays(activity: WeekActivity, { date }: DayRollupCut): WeekActivity {
  const days = activity.days.filter((day) => day.date < date);
  return { days, totals: totalsOf(days), hours: activity.hours.filter((day) => day.date < date) };
}

/**
 * The week's activity: the ended days as kept, the days from the cut on as computed now from the
 * intervals reaching past the cut. `fresh` may hold parts of ended days (an interval that began
 * before the cut); the rollup's figures of those days are the whole truth and win.
 */
export function joinedActivity(kept: WeekActivity, fresh: WeekActivity, { date }: DayRollupCut): WeekActivity {
  const days = [...kept.days.filter((day) => day.date < date), ...fresh.days.filter((day) => day.date >= date)];
  const hours = [...kept.hours.filter((day) => day.date < date), ...fresh.hours.filter((day) => day.date >= date)];
  return { days, totals: totalsOf(days), hours };
}
