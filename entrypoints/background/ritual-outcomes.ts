import type { HearthDb } from '@/utils/db/hearth-db';
import { revisionsInForceDuring } from '@/utils/agreement/agreement-store';
import { ritualsEndedBetween } from '@/utils/reminders/ended-rituals';
import { automaticMarks } from '@/utils/reminders/ritual-outcome';
import { pausedByPlan } from '@/utils/plans/paused-ritual';
import { invokedPlanStore } from '@/utils/plans/plan-store';
import { MS_PER_DAY } from '@/utils/schedule/calendar-date';
import { addAutomaticMarks } from '@/utils/status/ritual-mark-store';
import { intervalsOverlapping } from '@/utils/tracking/tracking-store';
import { trackerOpenInterval } from './tracker';

/**
 * Stateless on purpose: every look re-derives the outcomes of the last day's rituals and fills in
 * only those without a mark, so a worker that slept through a ritual's end catches up, and one that
 * looks twice writes nothing new. Rituals last at most a day, so a day covers any that ended.
 */
const LOOKBACK_MS = MS_PER_DAY;

export async function recordRitualOutcomes(db: HearthDb, now: number): Promise<void> {
  const [revisions, plans] = await Promise.all([revisionsInForceDuring(db, now - LOOKBACK_MS, now), invokedPlanStore.load(db)]);
  // A ritual a plan paused gets no guess: "skipped" would count as missed what both agreed to let go.
  const agreementAt = (instant: number) => revisions.findLast((revision) => revision.effectiveAt <= instant)!.agreement;
  const ended = ritualsEndedBetween(revisions, now - LOOKBACK_MS, now).filter((occurrence) => !pausedByPlan(occurrence, agreementAt(occurrence.start), plans));
  if (ended.length === 0) return;
  const first = Math.min(...ended.map((occurrence) => occurrence.start));
  // The tracker checkpoints every 30 s: work in a ritual's last seconds may only be in its open interval.
  const [stored, open] = await Promise.all([intervalsOverlapping(db, first, now), trackerOpenInterval()]);
  await addAutomaticMarks(db, automaticMarks(ended, open ? [...stored, open] : stored, now));
}

