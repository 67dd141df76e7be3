import { ALL_ZONES, type Agreement, type ContingencyPlan } from '../agreement/agreement-schema';
import { currentInvokedPlan, type InvokedPlan } from './invoked-plan';

export interface PlanInForce {
  plan: ContingencyPlan;
  invoked: InvokedPlan;
}

/** The contingency plan in force at `now`: invoked here, holding now, and still in the agreement. */
export function planInForce(agreement: Agreement, plans: readonly InvokedPlan[], now: number): PlanInForce | undefined {
  const invoked = currentInvokedPlan(plans, now);
  const plan = invoked && agreement.contingencyPlans.find((candidate) => candidate.id === invoked.planId);
  return plan && invoked ? { plan, invoked } : undefined;
}

/**
 * The agreement as it reads while the plan holds: its zones and special days only track, its
 * budget is the plan's (when it names one), and its paused rituals neither remind nor protect.
 * Everything downstream (the guard, reminders, the budget) reads this, so a plan is not an
 * exception anyone takes: the zones simply hold in `track` mode, and no override is counted.
 */
export function agreementUnderPlan(agreement: Agreement, plan: ContingencyPlan): Agreement {
  const tracks = (id: string) => plan.trackZones === ALL_ZONES || plan.trackZones.includes(id);
  return {
    ...agreement,
    zones: agreement.zones.map((zone) => (tracks(zone.id) ? { ...zone, mode: 'track' } : zone)),
    specialDays: agreement.specialDays.map((day) => (tracks(day.id) ? { ...day, mode: 'track' } : day)),
    rituals: agreement.rituals.filter((ritual) => !plan.pausedRituals.includes(ritual.id)),
    budget: plan.weeklyAfterHoursMinutes === undefined ? agreement.budget : { weeklyAfterHoursMinutes: plan.weeklyAfterHoursMinutes },
  };
}

/**
 * The agreement to act on at `now`, and when that changes by itself: the plan's end, at which the
 * guard's alarm must wake to put the zones back.
 */
export function effectiveAgreement(agreement: Agreement, plans: readonly InvokedPlan[], now: number): { agreement: Agreement; planEndsAt: number | null; inForce?: PlanInForce } {
  const inForce = planInForce(agreement, plans, now);
  if (!inForce) return { agreement, planEndsAt: null };
  return { agreement: agreementUnderPlan(agreement, inForce.plan), planEndsAt: inForce.invoked.end, inForce };
}
