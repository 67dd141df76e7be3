import * as v from 'valibot';
import type { AgreementRevision, OverrideRecord } from '../db/hearth-db';
import { WORK_SITE_CATEGORIES } from '../sites/work-site-category';
import type { ActivityInterval } from '../tracking/activity-interval';
import type { ReportWeek, WeekActivity } from './weekly-report';

/**
 * A closed week's activity, kept so the check-in's 8-week trend does not classify seven past weeks
 * of raw intervals on every open (issue 10, item 10: bench/report-bench.ts). It is a cache, never
 * the truth: it carries a fingerprint of everything its figures were computed from, and a rollup
 * whose fingerprint no longer matches is computed afresh from the raw intervals and replaced.
 *
 * What the figures depend on, and so what the fingerprint holds:
 *  - the week's edges (the household's zone and first weekday in force then);
 *  - whose browser this is: changing it re-judges past weeks by the other partner's hours;
 *  - the agreement revisions in force at any moment of the week;
 *  - the overrides overlapping the week (they mark minutes as overridden);
 *  - the stored intervals, by the two the tracker could still write once the week is over: the id of
 *    the one that started last before the week's end (a new one), and the one that ended last in the
 *    week with its end (the interval that was open at the end: a checkpoint carries it past the end,
 *    or a browser that slept writes its last few seconds late). Growing further into the next week
 *    changes neither: its part in this week stays the same. The database finds each by one
 *    index lookup; counting the week's intervals instead walks thousands of index entries and cost
 *    150–700 ms in Chromium on a busy machine (bench/report-bench.ts), more than classifying the week.
 * The tracker writes nothing else into a past week: it only ever writes its one open interval.
 * Retention deletes old intervals, and with them the rollups of their weeks (`expiredRollupKeys`).
 * Ritual marks, the budget and the overrides' list are not in a rollup: they are cheap to read, and
 * a mark can still be set after the week.
 */

/** Part of every fingerprint: raise it when classification changes, so no rollup outlives the code that made it. */
const ROLLUP_FORMAT = 3;

/**
 * A week is rolled up only this long after it ended: the tracker checkpoints an open interval every
 * 30 s, so by then any interval open at the week's end has been written past it.
 */
export const ROLLUP_SETTLE_MS = 10 * 60_000;

export const ROLLUP_KEY_PREFIX = 'rollup:';

export function rollupKey(weekStart: number): string {
  return `${ROLLUP_KEY_PREFIX}${weekStart}`;
}

/** The week's start a rollup key names, or null for any other key. */
export function rollupWeekStart(key: string): number | null {
  if (!key.startsWith(ROLLUP_KEY_PREFIX)) return null;
  const start = Number(key.slice(ROLLUP_KEY_PREFIX.length));
  return Number.isSafeInteger(start) ? start : null;
}

export interface WeekRollup {
  fingerprint: string;
  activity: WeekActivity;
}

/** The two intervals a fingerprint holds (see above), null when there is none; `intervalEdgeRanges` says where each is looked for. */
export interface IntervalEdges {
  lastStarted: Pick<ActivityInterval, 'id'> | null;
  lastEnded: Pick<ActivityInterval, 'id' | 'end'> | null;
}

/**
 * The index ranges the shell takes the last entry of: `lastStarted` on `start` in [from, to),
 * `lastEnded` on `end` in (from, to]. `longestMs` bounds how long before the week an interval
 * reaching into it began.
 */
export function intervalEdgeRanges(week: Pick<ReportWeek, 'start' | 'end'>, longestMs: number) {
  return { lastStarted: { from: week.start - longestMs, to: week.end }, lastEnded: { from: week.start, to: week.end } };
}

export interface RollupFingerprintInput {
  week: ReportWeek;
  ownerId: string;
  /** All revisions, sorted by effectiveAt. */
  revisions: readonly AgreementRevision[];
  /** Overrides read for a span holding the week; those overlapping it are taken. */
  overrides: readonly OverrideRecord[];
  /** Looked up over [week start, through) (see `intervalEdgeRanges`). */
  intervals: IntervalEdges;
  /**
   * For this week's ended days (day-rollup.ts): `cut`, the end of what was rolled up, and `now`.
   * Overrides count up to the cut; revisions up to now, since the one in force now is the agreement
   * the whole week is drawn by (its zones in the day × hour strip), and a revision taking effect
   * later this week will change that.
   */
  through?: { cut: number; now: number };
}

export function rollupFingerprint({ week, ownerId, revisions, overrides, intervals, through }: RollupFingerprintInput): string {
  const revisionsUntil = through ? Math.min(through.now, week.end) : week.end;
  const overridesUntil = through?.cut ?? week.end;
  const inForce = revisions.filter((revision, index) => revision.effectiveAt < revisionsUntil && (revisions[index + 1]?.effectiveAt ?? Infinity) > week.start);
  const overlapping = overrides.filter((override) => override.end > week.start && override.start < overridesUntil);
  return [
    ROLLUP_FORMAT,
    ownerId,
    `${week.start}-${week.end}${through ? `<${through.cut}` : ''}`,
    inForce.map((revision) => `${revision.id}@${revision.effectiveAt}`).join(','),
    overlapping.map((override) => `${override.id}@${override.start}-${override.end}@${override.site}`).join(','),
    `${intervals.lastStarted?.id ?? '-'}/${intervals.lastEnded ? `${intervals.lastEnded.id}@${intervals.lastEnded.end}` : '-'}`,
  ].join('|');
}

/** Whether a week has ended long enough ago that its rollup may be kept (see ROLLUP_SETTLE_MS). */
export function canRollUp(week: Pick<ReportWeek, 'end'>, now: number): boolean {
  return week.end + ROLLUP_SETTLE_MS <= now;
}

const totals = {
  inHoursMs: v.number(),
  afterHoursMs: v.number(),
  inZoneMs: v.number(),
  overriddenMs: v.number(),
  byCategory: v.object(Object.fromEntries(WORK_SITE_CATEGORIES.map((category) => [category, v.number()])) as Record<(typeof WORK_SITE_CATEGORIES)[number], v.NumberSchema<undefined>>),
};

const RollupSchema = v.object({
  fingerprint: v.string(),
  activity: v.object({
    days: v.array(v.object({ date: v.string(), ...totals, span: v.nullable(v.object({ firstStart: v.number(), lastEnd: v.number(), firstStop: v.number() })) })),
    totals: v.object(totals),
    hours: v.array(
      v.object({
        date: v.string(),
        hours: v.array(v.object({ hour: v.number(), lengthMs: v.number(), workMs: v.number(), inZoneMs: v.number(), zoneMs: v.number() })),
      }),
    ),
  }),
});

/**
 * The stored activity when the stored record is a rollup made from exactly these inputs; null when
 * there is none, it is damaged, or anything it was computed from has changed since.
 */
export function usableRollup(stored: unknown, fingerprint: string): WeekActivity | null {
  const result = v.safeParse(RollupSchema, stored);
  return result.success && result.output.fingerprint === fingerprint ? result.output.activity : null;
}

/** Rollup keys among `keys` for weeks that began before `before`: their raw intervals are being pruned. */
export function expiredRollupKeys(keys: readonly string[], before: number): string[] {
  return keys.filter((key) => {
    const start = rollupWeekStart(key);
    return start !== null && start < before;
  });
}
