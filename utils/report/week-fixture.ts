import type { AgreementRevision, OverrideRecord } from '../db/hearth-db';
import { at } from '../schedule/agreement-fixture';
import { household } from '../status/status-fixture';
import { workInterval } from '../tracking/interval-fixture';
import { reportWeek, weeklyReport, type WeeklyReport } from './weekly-report';

/** Test support for the check-in's figures and talking points: one hand-computed Berlin week. */
export const berlin = household();
export const revisions: AgreementRevision[] = [{ id: 1, effectiveAt: at('2026-10-01T00:00:00+02:00'), source: 'import', agreement: berlin }];

/**
 * Alex works 9 to 5 on weekdays; the household's budget is 120 min. Hand-computed:
 * after hours Mon 30 + Tue 40 + Thu 100 + Sat 45 = 215 min; in hours Mon 60 + Thu 480 = 540 min;
 * quiet evenings Wed, Fri, Sun = 3 of 7; the latest finish Mon 20:30.
 */
export const WEEK = [
  workInterval('2026-11-23T10:00:00+01:00', '2026-11-23T11:00:00+01:00'),
  workInterval('2026-11-23T20:00:00+01:00', '2026-11-23T20:30:00+01:00'),
  workInterval('2026-11-24T18:00:00+01:00', '2026-11-24T18:40:00+01:00'),
  workInterval('2026-11-26T09:00:00+01:00', '2026-11-26T18:40:00+01:00', 'github.com', 'code'),
  workInterval('2026-11-28T10:00:00+01:00', '2026-11-28T10:45:00+01:00'),
  // The week before: 60 min after hours on its Sunday, nothing else.
  workInterval('2026-11-22T20:00:00+01:00', '2026-11-22T21:00:00+01:00'),
];
export const SUNDAY_NIGHT = at('2026-11-29T22:00:00+01:00');
/** The week just over: Sunday's evening is decided too (at SUNDAY_NIGHT it still could change). */
export const WEEK_OVER = at('2026-11-30T00:30:00+01:00');

export function reportFor(now: number, weekContaining: number, intervals = WEEK, overrides: OverrideRecord[] = [], marks?: unknown, revs = revisions): WeeklyReport {
  const week = reportWeek(revs, now, weekContaining);
  if (!week) throw new Error('no week');
  return weeklyReport({ now, week, revisions: revs, intervals, overrides, marks, ownerId: 'alex' });
}
