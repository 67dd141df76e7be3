import type { Agreement } from '../agreement/agreement-schema';
import { addDays, utcMsOfDate, MS_PER_DAY } from '../schedule/calendar-date';
import { wallTimeAt } from '../schedule/wall-clock';
import { finishedAt } from './day-spans';
import { quietEvenings } from './quiet-evenings';
import { firstWholeDay, watchedDays } from './watched-days';
import type { ReportDay, WeeklyReport } from './weekly-report';

/** One day as the check-in sees it (Viva Insights' "quiet days" and "workweek span"). */
export interface DayFigures {
  date: string;
  inHoursMs: number;
  afterHoursMs: number;
  inZoneMs: number;
  /** No after-hours work at all that day. */
  quiet: boolean;
  /** From the first to the last recorded work of the day, gaps included; 0 without work. */
  spanMs: number;
  /** When the day's last work ended, past midnight when it ran on without a break (`finishedAt`); null without work. */
  finishedAt: number | null;
}

export interface FocusSeasonFigures {
  label: string;
  lead: string;
  /** 1 on the season's first day. */
  day: number;
  days: number;
  reviewOn: string;
  /** Days from today to the review date; negative once it has passed. */
  daysToReview: number;
}

export interface WeekFigures {
  /** Days of the week that have begun and that Hearth can speak for (see `watchedDays`; all seven for a past week it watched). */
  elapsed: DayFigures[];
  inHoursMs: number;
  afterHoursMs: number;
  quietEvenings: { quiet: number; of: number };
  /** The latest finish of the week, and its day. */
  latestFinish: { date: string; at: number } | null;
  /** All recorded work per elapsed day (Screen Time's daily average), and after-hours alone. */
  dailyAverage: { workMs: number; afterHoursMs: number };
  /** The same averages a week earlier (over its seven days); null when there is no week before. */
  previousDailyAverage: { workMs: number; afterHoursMs: number } | null;
  overrides: { used: number; allowed: number };
  focusSeason: FocusSeasonFigures | null;
  /** Rituals kept over the weeks given (normally the last four), of those that ended. */
  ritualsKept: { kept: number; of: number; weeks: number };
}

export interface WeekFiguresInput {
  report: WeeklyReport;
  /** The week before, as judged by its own agreement; null when there is none. */
  previous: WeeklyReport | null;
  /** The agreement the week is judged by. */
  agreement: Agreement;
  ownerId: string;
  now: number;
  /** This week and the ones before it, newest first; rituals kept are counted over all of them. */
  ritualWeeks: readonly WeeklyReport[];
}

export function weekFigures({ report, previous, agreement, ownerId, now, ritualWeeks }: WeekFiguresInput): WeekFigures {
  const { timeZone } = agreement.household;
  const judgedAt = Math.min(now, report.weekEnd - 1);
  const today = wallTimeAt(judgedAt, timeZone).date;
  const byDate = new Map(report.days.map((day) => [day.date, day]));
  const elapsed = watchedDays(report.days, report)
    .filter((day) => day.date <= today)
    .map((day) => dayFigures(day, byDate.get(addDays(day.date, 1))));
  const latest = elapsed.filter((day) => day.finishedAt !== null).sort((a, b) => finishMinute(b.date, b.finishedAt!, timeZone) - finishMinute(a.date, a.finishedAt!, timeZone))[0];
  const workMs = report.totals.inHoursMs + report.totals.afterHoursMs;
  const perDay = (ms: number, days: number) => (days > 0 ? Math.round(ms / days) : 0);
  const previousDays = previous ? watchedDays(previous.days, previous).length : 0;
  const ritualReports = ritualWeeks.flatMap((week) => week.rituals).filter((ritual) => ritual.verdict !== 'unmarked');
  return {
    elapsed,
    inHoursMs: report.totals.inHoursMs,
    afterHoursMs: report.totals.afterHoursMs,
    quietEvenings: quietEvenings(report.days, wallTimeAt(now, timeZone).date, firstWholeDay(report)),
    latestFinish: latest ? { date: latest.date, at: latest.finishedAt! } : null,
    dailyAverage: { workMs: perDay(workMs, elapsed.length), afterHoursMs: perDay(report.totals.afterHoursMs, elapsed.length) },
    previousDailyAverage: previous && previousDays > 0
      ? {
          workMs: perDay(previous.totals.inHoursMs + previous.totals.afterHoursMs, previousDays),
          afterHoursMs: perDay(previous.totals.afterHoursMs, previousDays),
        }
      : null,
    overrides: { used: report.overrides.length, allowed: agreement.overridePolicy.perWeek },
    focusSeason: focusSeasonFigures(agreement, ownerId, today),
    ritualsKept: { kept: ritualReports.filter((ritual) => ritual.verdict === 'kept').length, of: ritualReports.length, weeks: ritualWeeks.length },
  };
}

function dayFigures(day: ReportDay, next: ReportDay | undefined): DayFigures {
  return {
    date: day.date,
    inHoursMs: day.inHoursMs,
    afterHoursMs: day.afterHoursMs,
    inZoneMs: day.inZoneMs,
    quiet: day.afterHoursMs === 0,
    spanMs: day.span ? day.span.lastEnd - day.span.firstStart : 0,
    finishedAt: day.span ? finishedAt(day.span, next?.span) : null,
  };
}

/**
 * When `date`'s work finished, in wall-clock minutes after its local midnight, so "latest" compares
 * clock times across days (and DST): 1440 at midnight, and past it for work that ran on into the night.
 */
export function finishMinute(date: string, finishedAt: number, timeZone: string): number {
  const wall = wallTimeAt(finishedAt - 1, timeZone);
  return Math.round((utcMsOfDate(wall.date) - utcMsOfDate(date)) / MS_PER_DAY) * 1440 + wall.minute + 1;
}

/** The focus season in force today that this person leads, or else the one their partner leads. */
function focusSeasonFigures(agreement: Agreement, ownerId: string, today: string): FocusSeasonFigures | null {
  const inForce = agreement.focusSeasons.filter((season) => season.start <= today && today <= season.end);
  const season = inForce.find((candidate) => candidate.lead === ownerId) ?? inForce[0];
  if (!season) return null;
  const daysBetween = (a: string, b: string) => Math.round((utcMsOfDate(b) - utcMsOfDate(a)) / MS_PER_DAY);
  return {
    label: season.label,
    lead: season.lead,
    day: daysBetween(season.start, today) + 1,
    days: daysBetween(season.start, season.end) + 1,
    reviewOn: season.reviewOn,
    daysToReview: daysBetween(today, season.reviewOn),
  };
}
