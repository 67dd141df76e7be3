import { wallTimeAt } from '../schedule/wall-clock';
import { quietEvenings } from './quiet-evenings';
import { firstWholeDay } from './watched-days';
import type { WeeklyReport } from './weekly-report';

/** One week of the 8-week trend: after hours against the budget then in force, quiet evenings, rituals kept. */
export interface TrendWeek {
  weekStart: number;
  /** The week's first day, as the household's zone then named it (the zone may have moved since). */
  startDate: string;
  afterHoursMinutes: number;
  budgetMinutes: number;
  quietEvenings: number;
  /** Days of that week whose evening is decided by now (7 for a past week; see `quietEvenings`). */
  days: number;
  ritualsKept: number;
  /** Rituals that ended and were marked (kept, work came in or skipped). */
  rituals: number;
}

/** The trend, oldest week first, from reports given newest first (as they are read, going back). */
export function weekTrend(reportsNewestFirst: readonly WeeklyReport[], now: number): TrendWeek[] {
  return [...reportsNewestFirst].reverse().map((report) => {
    const marked = report.rituals.filter((ritual) => ritual.verdict !== 'unmarked');
    return {
      weekStart: report.weekStart,
      startDate: wallTimeAt(report.weekStart, report.timeZone).date,
      afterHoursMinutes: report.budget.usedMinutes,
      budgetMinutes: report.budget.budgetMinutes,
      ...trendQuiet(quietEvenings(report.days, wallTimeAt(now, report.timeZone).date, firstWholeDay(report))),
      ritualsKept: marked.filter((ritual) => ritual.verdict === 'kept').length,
      rituals: marked.length,
    };
  });
}

const trendQuiet = ({ quiet, of }: { quiet: number; of: number }) => ({ quietEvenings: quiet, days: of });

/** How many weeks in a row, newest first, stayed within the budget in force then (this week so far included). */
export function weeksUnderBudget(trend: readonly TrendWeek[]): number {
  let run = 0;
  for (let index = trend.length - 1; index >= 0 && trend[index]!.afterHoursMinutes <= trend[index]!.budgetMinutes; index -= 1) run += 1;
  return run;
}
