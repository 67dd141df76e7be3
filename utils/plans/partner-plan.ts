import * as v from 'valibot';
import { Instant } from '../link/instant';
import type { InvokedPlan } from './invoked-plan';
import { namedPlanDaysInWeek, type ReportPlan } from './plan-days';


/**
 * A contingency plan invoked or ended on the partner's browser, as the link carries it (kind
 * `plan`): the partner is told (issue #9) by name and dates only, never what the plan changes.
 * `endsAt` is when it ends by itself, or when it was ended early (`ended`).
 */
export const PartnerPlan = v.pipe(
  v.strictObject({
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
    invokedAt: Instant,
    endsAt: Instant,
    ended: v.optional(v.literal(true)),
  }),
  v.check((plan) => plan.invokedAt < plan.endsAt || (plan.ended === true && plan.invokedAt <= plan.endsAt)),
);
export type PartnerPlan = v.InferOutput<typeof PartnerPlan>;

/** The partner's plans this browser keeps for the weekly report: a few weeks' worth at most. */
export const KEEP_PARTNER_PLANS = 20;

/** The stored list, oldest first; anything malformed is dropped, never trusted. */
export function parsePartnerPlans(value: unknown): PartnerPlan[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = v.safeParse(PartnerPlan, entry);
    return parsed.success ? [parsed.output] : [];
  });
}

/**
 * The list after a message: the plan invoked at that instant is replaced (an early end of one
 * already known), else added, and one still holding then ended then (one plan at a time, as on the
 * partner's side); only the newest are kept. A message arriving twice changes nothing.
 */
export function withPartnerPlan(plans: readonly PartnerPlan[], plan: PartnerPlan): PartnerPlan[] {
  const others = plans
    .filter((known) => known.invokedAt !== plan.invokedAt)
    .map((known) => (known.invokedAt < plan.invokedAt && known.endsAt > plan.invokedAt ? { ...known, endsAt: plan.invokedAt, ended: true as const } : known));
  return [...others, plan].sort((a, b) => a.invokedAt - b.invokedAt).slice(-KEEP_PARTNER_PLANS);
}

/** The partner's plan holding at `now`: it ends by itself at `endsAt` here too, with no message needed. */
export function partnerPlanAt(plans: readonly PartnerPlan[], now: number): PartnerPlan | undefined {
  return plans.findLast((plan) => !plan.ended && plan.invokedAt <= now && now < plan.endsAt);
}

/** The partner's plans that held during [weekStart, weekEnd), for the report, clipped like this browser's own. */
export function partnerPlansInWeek(plans: readonly PartnerPlan[], timeZone: string, weekStart: number, weekEnd: number, now: number): ReportPlan[] {
  const named = plans.map((plan) => ({ planId: plan.name, name: plan.name, start: plan.invokedAt, end: plan.endsAt }));
  return namedPlanDaysInWeek(named, timeZone, weekStart, weekEnd, now);
}

/**
 * What to tell the partner when this browser's plan changed: the plan now in force, or the one that
 * was in force and just ended early. Nothing when neither (ending with no plan held).
 */
export function planMessage(before: InvokedPlan | null, after: InvokedPlan | null, nameOf: (planId: string) => string | undefined): PartnerPlan | null {
  if (after) {
    const name = nameOf(after.planId);
    return name ? { name, invokedAt: after.start, endsAt: after.end } : null;
  }
  if (!before) return null;
  const name = nameOf(before.planId);
  return name ? { name, invokedAt: before.start, endsAt: before.end, ended: true } : null;
}
