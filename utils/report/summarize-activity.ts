import type { Agreement } from '../agreement/agreement-schema';
import { datesThrough } from '../schedule/calendar-date';
import { wallTimeAt } from '../schedule/wall-clock';
import { weekBounds } from '../schedule/week-bounds';
import { WORK_SITE_CATEGORIES, type WorkSiteCategory } from '../sites/work-site-category';
import type { ClassifiedSlice } from './classify-activity';

/**
 * Milliseconds of activity, summed over slices (so two overlapping intervals both count):
 *  - inHoursMs: slices with hours 'in-hours', by the owner's working hours;
 *  - afterHoursMs: every slice with hours 'after-hours', whether or not a zone was on; time in a
 *    zone outside working hours is after-hours too. inHoursMs + afterHoursMs is all activity;
 *  - inZoneMs: slices with at least one guard source (any mode, 'track' included; special days;
 *    protected rituals), in hours or not, so it overlaps both of the above;
 *  - overriddenMs: slices an override for their domain covered, overlapping all of the above;
 *  - byCategory: all activity by work-site category; every category is present, 0 when unused.
 */
export interface ActivityTotals {
  inHoursMs: number;
  afterHoursMs: number;
  inZoneMs: number;
  overriddenMs: number;
  byCategory: Record<WorkSiteCategory, number>;
}

export interface DaySummary extends ActivityTotals {
  /** Household-local date, YYYY-MM-DD. */
  date: string;
}

export interface WeekSummary {
  /** The household week, [weekStart, weekEnd), as `weekBounds` gives it. */
  weekStart: number;
  weekEnd: number;
  /** Every local date of the week in order, days without activity included (all zeros). */
  days: DaySummary[];
  totals: ActivityTotals;
}

function emptyTotals(): ActivityTotals {
  return {
    inHoursMs: 0,
    afterHoursMs: 0,
    inZoneMs: 0,
    overriddenMs: 0,
    byCategory: Object.fromEntries(WORK_SITE_CATEGORIES.map((category) => [category, 0])) as Record<WorkSiteCategory, number>,
  };
}

function add(totals: ActivityTotals, slice: Pick<ClassifiedSlice, 'hours' | 'zones' | 'overridden' | 'category'>, ms: number): void {
  if (slice.hours === 'in-hours') totals.inHoursMs += ms;
  else totals.afterHoursMs += ms;
  if (slice.zones.length > 0) totals.inZoneMs += ms;
  if (slice.overridden) totals.overriddenMs += ms;
  totals.byCategory[slice.category] += ms;
}

function addTotals(into: ActivityTotals, from: ActivityTotals): void {
  into.inHoursMs += from.inHoursMs;
  into.afterHoursMs += from.afterHoursMs;
  into.inZoneMs += from.inZoneMs;
  into.overriddenMs += from.overriddenMs;
  for (const category of WORK_SITE_CATEGORIES) into.byCategory[category] += from.byCategory[category];
}

/** The sum of days' totals: a week's totals are always its days' sum. */
export function totalsOf(days: readonly ActivityTotals[]): ActivityTotals {
  const totals = emptyTotals();
  for (const day of days) addTotals(totals, day);
  return totals;
}

/** One summary per local date that has activity, sorted by date. */
export function summarizeByDay(slices: readonly ClassifiedSlice[]): DaySummary[] {
  const byDate = new Map<string, DaySummary>();
  for (const slice of slices) {
    let day = byDate.get(slice.date);
    if (!day) {
      day = { date: slice.date, ...emptyTotals() };
      byDate.set(slice.date, day);
    }
    add(day, slice, slice.end - slice.start);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The household week containing `weekContaining` (by `agreement`'s zone and first weekday),
 * with slices clipped to it. A slice keeps the date it was classified with.
 */
export function summarizeWeek(slices: readonly ClassifiedSlice[], agreement: Agreement, weekContaining: number): WeekSummary {
  const { start: weekStart, end: weekEnd } = weekBounds(agreement, weekContaining);
  const { timeZone } = agreement.household;
  const dates = datesThrough(wallTimeAt(weekStart, timeZone).date, wallTimeAt(weekEnd - 1, timeZone).date);
  const byDate = new Map(dates.map((date): [string, DaySummary] => [date, { date, ...emptyTotals() }]));
  for (const slice of slices) {
    const ms = Math.min(slice.end, weekEnd) - Math.max(slice.start, weekStart);
    if (ms <= 0) continue;
    let day = byDate.get(slice.date);
    if (!day) {
      // Only a slice classified under another revision's time zone can name a date outside the week.
      day = { date: slice.date, ...emptyTotals() };
      byDate.set(slice.date, day);
    }
    add(day, slice, ms);
  }
  const days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { weekStart, weekEnd, days, totals: totalsOf(days) };
}
