import * as v from 'valibot';
import { keptSince } from '../tracking/retention-period';

/** A contingency plan holds for at most two weeks: a plan for longer is a new agreement. */
export const MAX_PLAN_DAYS = 14;

/** A plan one partner invoked on this browser: [start, end), epoch ms. */
export interface InvokedPlan {
  planId: string;
  start: number;
  end: number;
}

const Instant = v.pipe(v.number(), v.integer(), v.minValue(0));
const InvokedPlanSchema = v.object({ planId: v.string(), start: Instant, end: Instant });

/** The plans invoked here, oldest first, as stored: anything malformed is dropped, never trusted. */
export function parseInvokedPlans(value: unknown): InvokedPlan[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const result = v.safeParse(InvokedPlanSchema, entry);
    return result.success && result.output.start < result.output.end ? [result.output] : [];
  });
}

/** The plan holding at `now`, if any: the latest invoked whose interval holds it. */
export function currentInvokedPlan(plans: readonly InvokedPlan[], now: number): InvokedPlan | undefined {
  return plans.findLast((plan) => plan.start <= now && now < plan.end);
}

/**
 * The plans after invoking one from `now` to `end`: one that still held ends now (one plan at a
 * time). A plan is kept as long as the activity of its days: the report can show any week Hearth
 * still keeps, and a week a plan held must still say so, as it was judged.
 */
export function invokePlan(plans: readonly InvokedPlan[], planId: string, end: number, now: number): InvokedPlan[] {
  return [...endPlan(plans, now).filter((plan) => plan.end >= keptSince(now)), { planId, start: now, end }];
}

/** The plans after ending the one that holds at `now` (if any) right now. */
export function endPlan(plans: readonly InvokedPlan[], now: number): InvokedPlan[] {
  return plans.map((plan) => (plan.start <= now && now < plan.end ? { ...plan, end: now } : plan));
}
