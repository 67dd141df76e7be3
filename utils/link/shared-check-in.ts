import * as v from 'valibot';
import { Instant } from './instant';
import { CHECK_IN_ANSWER_MAX, type CheckInAnswers } from '../report/check-in-answers';
import type { CheckInWeek } from '../report/check-in';
import { STRETCH_LEVELS, type StretchEntry } from '../status/stretch-levels';
import type { EffectiveSharing } from './sharing';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));
const Minutes = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Counted in UTF-16 units here, in characters when typed: twice the limit holds any answer the form accepts. */
const Answer = v.pipe(v.string(), v.maxLength(CHECK_IN_ANSWER_MAX * 2));
const LocalDate = v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\d$/));
const Level = v.picklist(STRETCH_LEVELS);

/**
 * One partner's side of a week's check-in, as the other receives it. The answers travel whenever
 * check-ins are shared; each figure only when its own kind is shared too, so turning on check-ins
 * never reveals what the couple chose to keep apart: after hours and quiet evenings with `budget`,
 * rituals kept with `ritual`, each day's "how stretched" with `stretch`.
 */
export const SharedCheckIn = v.strictObject({
  weekStart: Instant,
  /** null: not answered yet. */
  answers: v.nullable(v.strictObject({ stretched: Answer, celebrate: Answer, adjust: Answer })),
  afterHours: v.optional(v.strictObject({ usedMinutes: Minutes, budgetMinutes: Minutes })),
  quietEvenings: v.optional(v.strictObject({ quiet: Count, of: Count })),
  ritualsKept: v.optional(v.strictObject({ kept: Count, of: Count })),
  /** Each day of the week in order, null where not answered. */
  stretch: v.optional(v.pipe(v.array(v.nullable(Level)), v.maxLength(7))),
});
export type SharedCheckIn = v.InferOutput<typeof SharedCheckIn>;

/** Today's "how stretched", as the partner receives it: the household date and the level. */
export const SharedStretch = v.strictObject({ date: LocalDate, level: Level });
export type SharedStretch = v.InferOutput<typeof SharedStretch>;

const MINUTE = 60_000;
/** Rounded like the shared budget in the status, so the two never disagree. */
const roundTo5 = (ms: number) => Math.round(ms / MINUTE / 5) * 5;

/** My side of a week's check-in as it would be sent now, or null when check-ins do not flow. */
export function sharedCheckIn(week: CheckInWeek, answers: CheckInAnswers | null, effective: EffectiveSharing): SharedCheckIn | null {
  if (effective.paused || !effective.checkIn) return null;
  const { report, figures } = week;
  const marked = report.rituals.filter((ritual) => ritual.verdict !== 'unmarked');
  return {
    weekStart: report.weekStart,
    answers: answers && { stretched: answers.stretched, celebrate: answers.celebrate, adjust: answers.adjust },
    ...(effective.budget && {
      afterHours: { usedMinutes: roundTo5(report.totals.afterHoursMs), budgetMinutes: report.budget.budgetMinutes },
      quietEvenings: { quiet: figures.quietEvenings.quiet, of: figures.quietEvenings.of },
    }),
    ...(effective.ritual && { ritualsKept: { kept: report.ritualCounts.kept, of: marked.length } }),
    ...(effective.stretch && week.stretch && { stretch: week.stretch }),
  };
}

/** Today's answer as it would be sent, or null when stretch does not flow or nothing was answered today. */
export function sharedStretch(entries: readonly StretchEntry[], today: string, effective: EffectiveSharing): SharedStretch | null {
  if (effective.paused || !effective.stretch) return null;
  const entry = entries.find((each) => each.date === today);
  return entry ? { date: entry.date, level: entry.level } : null;
}

/**
 * The partner's side of a check-in cut to what flows now, as mine is: a figure they sealed before
 * they learned my "no", or kept here from before I turned its kind off, is not shown, so each sees
 * of the other exactly what they show.
 */
export function receivedCheckIn(checkIn: SharedCheckIn, effective: EffectiveSharing): SharedCheckIn {
  const { afterHours, quietEvenings, ritualsKept, stretch } = checkIn;
  return {
    weekStart: checkIn.weekStart,
    answers: checkIn.answers,
    ...(effective.budget && afterHours && { afterHours }),
    ...(effective.budget && quietEvenings && { quietEvenings }),
    ...(effective.ritual && ritualsKept && { ritualsKept }),
    ...(effective.stretch && stretch && { stretch }),
  };
}
