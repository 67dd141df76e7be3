import { allRevisions } from '../agreement/agreement-store';
import type { HearthDb, OverrideRecord } from '../db/hearth-db';
import { loadIdentity, ownerOf } from '../identity/identity';
import { planDaysInWeek } from '../plans/plan-days';
import { invokedPlanStore } from '../plans/plan-store';
import { RITUAL_MARKS_KEY } from '../status/ritual-marks';
import { STRETCH_KEY, storedStretchLevels } from '../status/stretch-levels';
import { intervalsOverlapping } from '../tracking/tracking-store';
import { checkIn, trendSpan, trendWeeks, type CheckInWeek } from './check-in';
import { checkInAnswersKey, storedCheckInAnswers, type CheckInAnswers } from './check-in-answers';
import { WHOSE_UNKNOWN } from './report-owner';
import { checkInTogether, type CheckInTogether } from './check-in-together';
import { loadLink } from '../link/link-store';
import { partnerCheckInKey } from '../link/partner-shared';

/**
 * The check-in of the household week holding `weekContaining`: its report, figures, 8-week trend
 * and talking points, read straight from Dexie as the options page reads it; null when no agreement
 * was in force in that week, WHOSE_UNKNOWN when that agreement does not name this browser's partner.
 * The trend's intervals are read in one indexed range, then cut per week in memory. The tracker's
 * open interval lives in the background and is left out: at most one checkpoint (30 s) of the last
 * stretch of work.
 */
export async function loadCheckIn(db: HearthDb, now: number, weekContaining: number, locale: string): Promise<CheckInWeek | typeof WHOSE_UNKNOWN | null> {
  const [revisions, identity] = await Promise.all([allRevisions(db), loadIdentity(db)]);
  const weeks = trendWeeks(revisions, now, weekContaining);
  const span = trendSpan(weeks);
  if (!span) return null;
  const owner = ownerOf(weeks[0]!.agreement, identity);
  if (!owner) return WHOSE_UNKNOWN;
  const { start, end, agreement } = weeks[0]!;
  const [intervals, overrides, marks, stretch, plans] = await Promise.all([
    intervalsOverlapping(db, span.start, span.end),
    overridesOverlapping(db, span.start, span.end),
    db.settings.get(RITUAL_MARKS_KEY),
    db.settings.get(STRETCH_KEY),
    invokedPlanStore.load(db),
  ]);
  const stretchLevels = storedStretchLevels(stretch?.value);
  // Earlier weeks are judged for the same person, even under an agreement that spelled them otherwise.
  const week = checkIn({ now, weekContaining, revisions, intervals, overrides, marks: marks?.value, stretchLevels, ownerId: () => owner.id, locale }, weeks);
  if (!week) return null;
  return { ...week, report: { ...week.report, plans: planDaysInWeek(plans, agreement, start, end, now) } };
}

function overridesOverlapping(db: HearthDb, from: number, to: number): Promise<OverrideRecord[]> {
  return db.overrides.where('start').below(to).filter((override) => override.end > from).toArray();
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
