import { wallTimeAt } from '../schedule/wall-clock';
import type { WeeklyReport } from './weekly-report';

/** One week of the 8-week trend: after hours against the budget then in force, quiet evenings, rituals kept. */
export interface TrendWeek {
  weekStart: number;
  afterHoursMinutes: number;
  budgetMinutes: number;
  quietEvenings: number;
  /** Days of that week that had begun by now (7 for a past week). */
  days: number;
  ritualsKept: number;
  /** Rituals that ended and were marked (kept, work came in or skipped). */
  rituals: number;
}

/** The trend, oldest week first, from reports given newest first (as they are read, going back). */
export function weekTrend(reportsNewestFirst: readonly WeeklyReport[], now: number): TrendWeek[] {
  return [...reportsNewestFirst].reverse().map((report) => {
    const today = wallTimeAt(Math.min(now, report.weekEnd - 1), report.timeZone).date;
    const begun = report.days.filter((day) => day.date <= today);
    const marked = report.rituals.filter((ritual) => ritual.verdict !== 'unmarked');
    return {
      weekStart: report.weekStart,
      afterHoursMinutes: report.budget.usedMinutes,
      budgetMinutes: report.budget.budgetMinutes,
      quietEvenings: begun.filter((day) => day.afterHoursMs === 0).length,
      days: begun.length,
      ritualsKept: marked.filter((ritual) => ritual.verdict === 'kept').length,
      rituals: marked.length,
    };
  });
}

/** How many weeks in a row, newest first, stayed within the budget in force then (this week so far included). */
export function weeksUnderBudget(trend: readonly TrendWeek[]): number {
  let run = 0;
  for (let index = trend.length - 1; index >= 0 && trend[index]!.afterHoursMinutes <= trend[index]!.budgetMinutes; index -= 1) run += 1;
  return run;
}
