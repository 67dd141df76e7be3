import type { Agreement } from '../agreement/agreement-schema';
import { wallTimeAt } from '../schedule/wall-clock';

export interface BudgetStatus {
  usedMinutes: number;
  budgetMinutes: number;
  /**
   * usedMinutes / budgetMinutes, above 1 when over. A zero budget gives 0 while nothing is used and
   * 1 once anything is (a ratio must survive JSON, which has no Infinity).
   */
  ratio: number;
  /** The label of the focus season whose budget applies, when one does. */
  season?: string;
}

/**
 * This week's after-hours time against the budget that applies to the owner today: the budget of
 * a focus season they lead that is in force on today's household-local date (start and end
 * included; the first such season in the agreement when several are), or else the household's.
 */
export function budgetStatus(agreement: Agreement, ownerId: string, now: number, afterHoursWeekMs: number): BudgetStatus {
  const today = wallTimeAt(now, agreement.household.timeZone).date;
  const season = agreement.focusSeasons.find((candidate) => candidate.lead === ownerId && candidate.start <= today && today <= candidate.end);
  const budgetMinutes = season ? season.weeklyAfterHoursMinutes : agreement.budget.weeklyAfterHoursMinutes;
  const usedMinutes = Math.round(afterHoursWeekMs / 60_000);
  const ratio = budgetMinutes > 0 ? usedMinutes / budgetMinutes : usedMinutes > 0 ? 1 : 0;
  return { usedMinutes, budgetMinutes, ratio, ...(season && { season: season.label }) };
}
