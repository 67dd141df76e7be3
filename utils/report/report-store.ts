import { allRevisions } from '../agreement/agreement-store';
import type { HearthDb, OverrideRecord } from '../db/hearth-db';
import { loadIdentity, ownerOf } from '../identity/identity';
import { WHOSE_UNKNOWN } from './report-owner';
import { RITUAL_MARKS_KEY } from '../status/ritual-marks';
import { intervalsOverlapping } from '../tracking/tracking-store';
import { reportWeek, weeklyReport, type WeeklyReport } from './weekly-report';
import { planDaysInWeek } from '../plans/plan-days';
import { invokedPlanStore } from '../plans/plan-store';

/**
 * The report of the household week holding `weekContaining`, read straight from Dexie as the
 * options page reads it; null when no agreement was in force in that week, WHOSE_UNKNOWN when
 * that agreement does not name this browser's partner. The tracker's open
 * interval lives in the background and is left out: at most one checkpoint (30 s) of the last
 * stretch of work.
 */
export async function loadWeeklyReport(db: HearthDb, now: number, weekContaining: number): Promise<WeeklyReport | typeof WHOSE_UNKNOWN | null> {
  const [revisions, identity] = await Promise.all([allRevisions(db), loadIdentity(db)]);
  const week = reportWeek(revisions, now, weekContaining);
  if (!week) return null;
  const owner = ownerOf(week.agreement, identity);
  if (!owner) return WHOSE_UNKNOWN;
  const [intervals, overrides, marks, plans] = await Promise.all([
    intervalsOverlapping(db, week.start, week.end),
    overridesOverlapping(db, week.start, week.end),
    db.settings.get(RITUAL_MARKS_KEY),
    invokedPlanStore.load(db),
  ]);
  const report = weeklyReport({ now, week, revisions, intervals, overrides, marks: marks?.value, ownerId: owner.id });
  return { ...report, plans: planDaysInWeek(plans, week.agreement, week.start, week.end, now) };
}

function overridesOverlapping(db: HearthDb, from: number, to: number): Promise<OverrideRecord[]> {
  return db.overrides.where('start').below(to).filter((override) => override.end > from).toArray();
}
