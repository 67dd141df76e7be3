import type { Agreement } from '../agreement/agreement-schema';
import { minutesOfDay } from '../agreement/time-of-day';
import { WEEKDAYS } from '../agreement/weekday';
import { formatWeekday } from '../format/agreement-format';
import { formatDay } from '../format/format-day';
import { formatDuration } from '../format/format-duration';
import { weekdayOfDate } from '../schedule/calendar-date';
import { finishMinute, type WeekFigures } from './week-figures';
import { weeksUnderBudget, type TrendWeek } from './week-trend';
import type { WeeklyReport } from './weekly-report';

/**
 * Something worth saying at the check-in, in the order a friend would say it: what went well,
 * then where someone was stretched, then what the agreement might change. Each speaks of time and
 * events, never of a person's character: "Thursday ran 1 hr 40 min past your agreed end", not
 * "you overworked". `key` is an i18n message; `substitutions` are already formatted.
 */
export const TALKING_POINT_KEYS = [
  'talkQuietEvenings',
  'talkUnderBudgetRun',
  'talkAllRitualsKept',
  'talkZonesHeld',
  'talkZonesHeldSoFar',
  'talkRanPastEnd',
  'talkDayOffWork',
  'talkOverBudget',
  'talkZoneOverridden',
  'talkZoneOverriddenSameReason',
  'talkSeasonReviewSoon',
  'talkSeasonReviewToday',
  'talkSeasonReviewOverdue',
  'talkRitualInterrupted',
] as const;

export interface TalkingPoint {
  tone: 'celebrate' | 'stretched' | 'adjust';
  key: (typeof TALKING_POINT_KEYS)[number];
  substitutions: string[];
}

export interface TalkingPointsInput {
  report: WeeklyReport;
  figures: WeekFigures;
  /** Oldest first, this week last. */
  trend: readonly TrendWeek[];
  agreement: Agreement;
  ownerId: string;
  /** This ritual's recent history, from the reports of the last weeks (newest first). */
  ritualWeeks: readonly WeeklyReport[];
  locale: string;
}

/** A day that ran at least this far past the agreed end is worth a word; less is ordinary spill-over. */
const STRETCH_MS = 30 * 60_000;
/** The most "ran past" points shown, largest first: the conversation needs examples, not a ledger. */
const MAX_STRETCHED_DAYS = 2;

export function talkingPoints(input: TalkingPointsInput): TalkingPoint[] {
  return [...celebrations(input), ...stretches(input), ...adjustments(input)];
}

function celebrations({ report, figures, trend }: TalkingPointsInput): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  const { quiet, of } = figures.quietEvenings;
  if (quiet >= 3) points.push({ tone: 'celebrate', key: 'talkQuietEvenings', substitutions: [String(quiet), String(of)] });
  const run = weeksUnderBudget(trend);
  if (run >= 2) points.push({ tone: 'celebrate', key: 'talkUnderBudgetRun', substitutions: [String(run)] });
  const ended = report.rituals.filter((ritual) => ritual.verdict !== 'unmarked');
  if (ended.length > 0 && ended.every((ritual) => ritual.verdict === 'kept')) {
    points.push({ tone: 'celebrate', key: 'talkAllRitualsKept', substitutions: [String(ended.length)] });
  }
  // Only a zone that came round can be said to have held: an agreement without zones, or a week
  // before its first one, has nothing to celebrate here. A week still running has held so far.
  const days = new Set(figures.elapsed.map((day) => day.date));
  const zoneCameRound = report.hours.some((day) => days.has(day.date) && day.hours.some((hour) => hour.zoneMs > 0));
  if (report.overrides.length === 0 && report.totals.inZoneMs === 0 && zoneCameRound) {
    points.push({ tone: 'celebrate', key: report.current ? 'talkZonesHeldSoFar' : 'talkZonesHeld', substitutions: [] });
  }
  return points;
}

function stretches({ report, figures, agreement, ownerId, locale }: TalkingPointsInput): TalkingPoint[] {
  const partner = agreement.partners.find((candidate) => candidate.id === ownerId);
  const points: Array<TalkingPoint & { ms: number }> = [];
  for (const day of figures.elapsed) {
    if (day.finishedAt === null) continue;
    const weekday = WEEKDAYS[weekdayOfDate(day.date)]!;
    const dayName = formatWeekday(weekday, locale);
    const blocks = partner?.workingHours[weekday] ?? [];
    if (blocks.length === 0) {
      if (day.afterHoursMs >= STRETCH_MS) points.push({ tone: 'stretched', key: 'talkDayOffWork', substitutions: [dayName, formatDuration(day.afterHoursMs, locale)], ms: day.afterHoursMs });
      continue;
    }
    // Blocks that run past midnight end on the next day: their end is later than any same-day finish.
    if (blocks.some((block) => minutesOfDay(block.end) <= minutesOfDay(block.start))) continue;
    const agreedEnd = Math.max(...blocks.map((block) => minutesOfDay(block.end)));
    const finish = finishMinute(day.date, day.finishedAt, report.timeZone);
    const pastMs = (finish - agreedEnd) * 60_000;
    if (pastMs >= STRETCH_MS) points.push({ tone: 'stretched', key: 'talkRanPastEnd', substitutions: [dayName, formatDuration(pastMs, locale)], ms: pastMs });
  }
  const days = points.sort((a, b) => b.ms - a.ms).slice(0, MAX_STRETCHED_DAYS).map(({ ms: _, ...point }) => point);
  const { usedMinutes, budgetMinutes } = report.budget;
  if (usedMinutes > budgetMinutes) {
    days.push({ tone: 'stretched', key: 'talkOverBudget', substitutions: [formatDuration((usedMinutes - budgetMinutes) * 60_000, locale)] });
  }
  return days;
}

function adjustments({ report, figures, ritualWeeks, locale }: TalkingPointsInput): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  const byZone = new Map<string, string[]>();
  for (const override of report.overrides) {
    for (const zone of override.zones) byZone.set(zone, [...(byZone.get(zone) ?? []), override.reason.trim().toLocaleLowerCase(locale)]);
  }
  for (const [zone, reasons] of byZone) {
    if (reasons.length < 3) continue;
    const sameReason = Math.max(...[...new Set(reasons.filter(Boolean))].map((reason) => reasons.filter((r) => r === reason).length), 0);
    points.push(
      sameReason >= 2
        ? { tone: 'adjust', key: 'talkZoneOverriddenSameReason', substitutions: [zone, String(reasons.length), String(sameReason)] }
        : { tone: 'adjust', key: 'talkZoneOverridden', substitutions: [zone, String(reasons.length)] },
    );
  }
  const season = figures.focusSeason;
  if (season && season.daysToReview >= 0 && season.daysToReview <= 7) {
    points.push({ tone: 'adjust', key: season.daysToReview === 0 ? 'talkSeasonReviewToday' : 'talkSeasonReviewSoon', substitutions: [season.label, formatDay(season.reviewOn, locale)] });
  } else if (season && season.daysToReview < 0) {
    points.push({ tone: 'adjust', key: 'talkSeasonReviewOverdue', substitutions: [season.label] });
  }
  const workCameIn = new Map<string, { label: string; count: number; of: number }>();
  for (const ritual of ritualWeeks.flatMap((week) => week.rituals)) {
    if (ritual.verdict === 'unmarked') continue;
    const entry = workCameIn.get(ritual.ritualId) ?? { label: ritual.label, count: 0, of: 0 };
    entry.of += 1;
    if (ritual.verdict === 'missed') entry.count += 1;
    workCameIn.set(ritual.ritualId, entry);
  }
  for (const { label, count, of } of workCameIn.values()) {
    if (count >= 2) points.push({ tone: 'adjust', key: 'talkRitualInterrupted', substitutions: [label, String(count), String(of)] });
  }
  return points;
}
