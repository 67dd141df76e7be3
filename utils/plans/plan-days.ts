import type { Agreement } from '../agreement/agreement-schema';
import { datesThrough } from '../schedule/calendar-date';
import { wallTimeAt } from '../schedule/wall-clock';
import type { InvokedPlan } from './invoked-plan';

/** A contingency plan as the weekly report shows it: which plan, when it held in the week, on which household days. */
export interface ReportPlan {
  planId: string;
  name: string;
  start: number;
  end: number;
  days: string[];
}

/**
 * The plans that held during [weekStart, weekEnd), clipped to the week, up to `now`, oldest first.
 * A plan since removed from the agreement still shows, by its id: it held, and the week is judged
 * with it.
 */
export function planDaysInWeek(plans: readonly InvokedPlan[], agreement: Agreement, weekStart: number, weekEnd: number, now: number): ReportPlan[] {
  const named = plans.map((plan) => ({ ...plan, name: agreement.contingencyPlans.find((candidate) => candidate.id === plan.planId)?.name ?? plan.planId }));
  return namedPlanDaysInWeek(named, agreement.household.timeZone, weekStart, weekEnd, now);
}

/** The same for plans that carry their own name, such as the partner's, told by the link. */
export function namedPlanDaysInWeek(plans: readonly (InvokedPlan & { name: string })[], timeZone: string, weekStart: number, weekEnd: number, now: number): ReportPlan[] {
  const until = Math.min(weekEnd, now);
  return plans
    .filter((plan) => plan.start < until && plan.end > weekStart)
    .map((plan) => {
      const start = Math.max(plan.start, weekStart);
      const end = Math.min(plan.end, until);
      // The last instant inside it names the last day: a plan ending at midnight did not hold the next day.
      return { planId: plan.planId, name: plan.name, start, end, days: datesThrough(wallTimeAt(start, timeZone).date, wallTimeAt(Math.max(start, end - 1), timeZone).date) };
    });
}
