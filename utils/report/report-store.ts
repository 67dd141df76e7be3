import { revisionTimeline } from '../agreement/revision-timeline';
import type { HearthDb } from '../db/hearth-db';
import { IDENTITY_KEY, ownerOf, parseIdentity } from '../identity/identity';
import { planDaysInWeek } from '../plans/plan-days';
import { invokedPlanStore, partnerPlanStore } from '../plans/plan-store';
import { partnerPlansInWeek } from '../plans/partner-plan';
import { ritualMarksBetween } from '../status/ritual-mark-store';
import { STRETCH_KEY, storedStretchLevels } from '../status/stretch-levels';
import { intervalsOverlapping, LONGEST_INTERVAL_MS } from '../tracking/tracking-store';
import type { ActivityInterval } from '../tracking/activity-interval';
import { MS_PER_DAY, MS_PER_MINUTE } from '../schedule/calendar-date';
import { checkIn, trendSpan, trendWeeks, TREND_WEEKS, type CheckInWeek } from './check-in';
import { checkInAnswersKey, storedCheckInAnswers, type CheckInAnswers } from './check-in-answers';
import { WHOSE_UNKNOWN } from './report-owner';
import { intervalEdgesOf, rollupRecords, saveRollups } from './rollup-store';
import { canRollUp, rollupFingerprint, ROLLUP_SETTLE_MS, usableRollup, type WeekRollup } from './week-rollup';
import { weekActivity, type ReportWeek, type WeekActivity, type WeekActivityInput } from './weekly-report';
import { dayRollupCut, endedDays, joinedActivity, type DayRollupCut } from './day-rollup';
import { checkInTogether, type CheckInTogether } from './check-in-together';
import { loadLink } from '../link/link-store';
import { partnerCheckInKey } from '../link/partner-shared';

/**
 * The check-in of the household week holding `weekContaining`: its report, figures, 8-week trend
 * and talking points, read straight from Dexie as the options page reads it; null when no agreement
 * was in force in that week, WHOSE_UNKNOWN when that agreement does not name this browser's partner.
 * Weeks that ended are taken from their rollups (week-rollup.ts) when nothing they were computed
 * from has changed, and so are this week's ended days (day-rollup.ts); the rest is read as one
 * indexed range of intervals, cut per week in memory, and what was computed this way is rolled up
 * for the next time. The tracker's open interval lives in the background and is left out: at most
 * one checkpoint (30 s) of the last stretch of work.
 */
export async function loadCheckIn(
  db: HearthDb,
  now: number,
  weekContaining: number,
  locale: string,
  /** Told when everything is read and only the computation remains (the report times the two apart). */
  onRead: () => void = () => {},
): Promise<CheckInWeek | typeof WHOSE_UNKNOWN | null> {
  const read = await readCheckIn(db, now, weekContaining);
  onRead();
  if (read === null || read === WHOSE_UNKNOWN) return read;
  const { revisions, weeks, owner, overrides, settings, activities, stale, days, intervals } = read;
  const { start, end, agreement } = weeks[0]!;
  if (days?.kept) activities.set(days.week.start, thisWeekActivity(days, days.kept, { revisions, intervals, overrides, ownerId: owner.id }));
  // Earlier weeks are judged for the same person, even under an agreement that spelled them otherwise.
  const week = checkIn(
    { now, weekContaining, revisions, intervals, overrides, marks: settings.marks, stretchLevels: settings.stretch, ownerId: () => owner.id, locale, activities },
    weeks,
  );
  if (!week) return null;
  await keepRollups(db, [...stale, ...(days && !days.kept ? [days] : [])], week.reports);
  const partner = partnerPlansInWeek(settings.partnerPlans, agreement.household.timeZone, start, end, now);
  return { ...week, report: { ...week.report, plans: planDaysInWeek(settings.plans, agreement, start, end, now), partnerPlans: partner } };
}

/** The settings the check-in reads, by key, each with the parser of its store. */
export const CHECK_IN_SETTINGS = [IDENTITY_KEY, STRETCH_KEY, invokedPlanStore.key, partnerPlanStore.key] as const;

/** Longer than any household week (seven days and a clock change): how far a week reaches from an instant in it. */
const WEEK_REACH_MS = 8 * MS_PER_DAY;
/** How far before the asked instant the trend's earliest week can begin: its rollups and ritual marks are read from there. */
export const TREND_REACH_MS = TREND_WEEKS * WEEK_REACH_MS;
/** How far back this week's raw part can start: the cut is the start of the day ROLLUP_SETTLE_MS ago (day-rollup.ts), a clock change included. */
const RAW_TAIL_MS = MS_PER_DAY + 60 * MS_PER_MINUTE + ROLLUP_SETTLE_MS;

/**
 * Everything the check-in reads, in one read-only transaction: Chromium's IndexedDB spends more on
 * each transaction than on each lookup in it, and more on each round of reads than on what a
 * round reads (bench/report-bench.ts); one transaction also sees one consistent state of all four
 * tables. The first round reads all that needs no week bounds, bounded by the asked instant
 * instead: the revisions, settings, overrides, every rollup the trend can use and, when the asked
 * week may be this one, the intervals since the earliest its ended days can be cut. The second
 * only checks the rollups against the intervals' edges of their weeks, which the revisions decide.
 */
function readCheckIn(db: HearthDb, now: number, weekContaining: number) {
  return db.transaction('r', [db.agreementRevisions, db.settings, db.intervals, db.overrides, db.ritualMarks], async () => {
    const reach = weekContaining + WEEK_REACH_MS;
    const earliest = weekContaining - TREND_REACH_MS;
    const tail = weekContaining + WEEK_REACH_MS > now ? { from: now - RAW_TAIL_MS, to: reach } : null;
    const [records, stored, marks, overridesUpToReach, rollupsByWeek, tailIntervals] = await Promise.all([
      db.agreementRevisions.toArray(),
      db.settings.bulkGet([...CHECK_IN_SETTINGS]),
      // The rituals that ended in the trend's weeks began at most a day before its earliest week (a ritual lasts at most a day).
      ritualMarksBetween(db, earliest - MS_PER_DAY, reach),
      // Filtered in memory: a Dexie filter walks a cursor record by record, a plain range is one getAll (a few hundred a year).
      db.overrides.where('start').below(reach).toArray(),
      rollupRecords(db, earliest, weekContaining),
      tail ? intervalsOverlapping(db, tail.from, tail.to) : [],
    ]);
    const revisions = revisionTimeline(records);
    const [identity, stretch, plans, partnerPlans] = stored.map((record) => record?.value);
    const weeks = trendWeeks(revisions, now, weekContaining);
    const span = trendSpan(weeks);
    if (!span) return null;
    const owner = ownerOf(weeks[0]!.agreement, parseIdentity(identity));
    if (!owner) return WHOSE_UNKNOWN;
    const overrides = overridesUpToReach.filter((override) => override.start < span.end && override.end > span.start);
    const closed = weeks.filter((each) => canRollUp(each, now));
    const open = weeks.filter((each) => !canRollUp(each, now));
    // This week's ended days are rolled up too (day-rollup.ts): only the days from the cut on are read raw.
    const current = open.find((each) => each.end > now);
    const cut = current ? dayRollupCut(current, revisions, now) : null;
    const endedSoFar = current && cut ? [{ ...current, end: cut.cut }] : [];
    const checked = [...closed, ...endedSoFar];
    const raw = open.length > 0 ? { from: Math.min(...open.map((each) => (each === current && cut ? cut.cut : each.start))), to: open[0]!.end } : null;
    const [edges, openIntervals] = await Promise.all([
      intervalEdgesOf(db, checked),
      !raw ? [] : tail && raw.from >= tail.from && raw.to <= tail.to ? intervalsWithin(tailIntervals, raw.from, raw.to) : intervalsOverlapping(db, raw.from, raw.to),
    ]);
    const activities = new Map<number, WeekActivity>();
    const stale: StaleRollup[] = [];
    let days: EndedDays | null = null;
    for (const [index, { start }] of checked.entries()) {
      const week = weeks.find((each) => each.start === start)!;
      const through = week === current && cut ? { cut: cut.cut, now } : undefined;
      const fingerprint = rollupFingerprint({ week, ownerId: owner.id, revisions, overrides, intervals: edges[index]!, through });
      const activity = usableRollup(rollupsByWeek.get(week.start), fingerprint);
      if (through) days = { week, cut: cut!, kept: activity, fingerprint };
      else if (activity) activities.set(week.start, activity);
      else stale.push({ week, fingerprint });
    }
    // Read again as one range, so an interval reaching from a stale week into an open one is not counted twice.
    const whole = stale.length > 0 || (days !== null && !days.kept);
    const intervals = whole ? await intervalsOf(db, [...open, ...stale.map((each) => each.week)]) : openIntervals;
    const settings = {
      marks,
      stretch: storedStretchLevels(stretch),
      plans: invokedPlanStore.parse(plans),
      partnerPlans: partnerPlanStore.parse(partnerPlans),
    };
    return { revisions, weeks, owner, overrides, settings, activities, stale, days, intervals };
  });
}

/** What `intervalsOverlapping(db, from, to)` reads, taken from intervals read for a range holding [from, to]. */
function intervalsWithin(intervals: readonly ActivityInterval[], from: number, to: number): ActivityInterval[] {
  return intervals.filter((interval) => interval.end > from && interval.end <= to + LONGEST_INTERVAL_MS && interval.start < to);
}

function intervalsOf(db: HearthDb, weeks: readonly ReportWeek[]) {
  const span = trendSpan([...weeks].sort((a, b) => b.start - a.start));
  return span ? intervalsOverlapping(db, span.start, span.end) : Promise.resolve([]);
}

interface StaleRollup {
  week: ReportWeek;
  fingerprint: string;
}

/** This week's ended days: their rollup as read (null: none usable), and where it ends. */
interface EndedDays extends StaleRollup {
  cut: DayRollupCut;
  kept: WeekActivity | null;
}

/** This week's activity: the ended days from their rollup, the rest from the intervals reaching past the cut. */
function thisWeekActivity(
  { week, cut }: EndedDays,
  kept: WeekActivity,
  { revisions, intervals, overrides, ownerId }: Pick<WeekActivityInput, 'revisions' | 'intervals' | 'overrides' | 'ownerId'>,
): WeekActivity {
  const fresh = weekActivity({
    week,
    revisions,
    intervals: intervals.filter((interval) => interval.end > cut.cut && interval.start < week.end),
    overrides: overrides.filter((override) => override.end > week.start && override.start < week.end),
    ownerId,
  });
  return joinedActivity(kept, fresh, cut);
}

async function keepRollups(db: HearthDb, stale: ReadonlyArray<StaleRollup | EndedDays>, reports: CheckInWeek['reports']): Promise<void> {
  const rollups = stale.flatMap((each) => {
    const report = reports.find((candidate) => candidate.weekStart === each.week.start);
    if (!report) return [];
    const activity: WeekActivity = { days: report.days, totals: report.totals, hours: report.hours };
    return [{ weekStart: each.week.start, rollup: { fingerprint: each.fingerprint, activity: 'cut' in each ? endedDays(activity, each.cut) : activity } satisfies WeekRollup }];
  });
  // A rollup only saves time: when it cannot be stored, the next check-in computes the week again.
  await saveRollups(db, rollups).catch(() => undefined);
}

/** This week's answers and the week before's (whose "what do we adjust" opens this check-in). */
export async function loadCheckInAnswers(
  db: HearthDb,
  weekStart: number,
  previousStart: number | undefined,
): Promise<{ answers: CheckInAnswers | null; previous: CheckInAnswers | null }> {
  const [answers, previous] = await Promise.all([
    db.settings.get(checkInAnswersKey(weekStart)),
    previousStart === undefined ? undefined : db.settings.get(checkInAnswersKey(previousStart)),
  ]);
  return { answers: storedCheckInAnswers(answers?.value), previous: storedCheckInAnswers(previous?.value) };
}

export async function saveCheckInAnswers(db: HearthDb, weekStart: number, answers: CheckInAnswers): Promise<void> {
  await db.settings.put({ key: checkInAnswersKey(weekStart), value: answers });
}

/** The week's check-in beside the partner's, as far as both share check-ins (see check-in-together.ts). */
export async function loadCheckInTogether(db: HearthDb, week: CheckInWeek): Promise<CheckInTogether> {
  const { weekStart } = week.report;
  const [link, answers, theirs] = await Promise.all([loadLink(db), db.settings.get(checkInAnswersKey(weekStart)), db.settings.get(partnerCheckInKey(weekStart))]);
  return checkInTogether(link, week, storedCheckInAnswers(answers?.value), theirs?.value);
}
