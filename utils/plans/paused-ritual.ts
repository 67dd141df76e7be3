import type { Agreement } from '../agreement/agreement-schema';
import type { InvokedPlan } from './invoked-plan';
import { planInForce } from './plan-agreement';

/**
 * Whether a contingency plan that held when the ritual began paused it (`agreement`: the one in
 * force then). The couple agreed not to expect it kept, so work during it is no miss to guess.
 */
export function pausedByPlan(occurrence: { ritualId: string; start: number }, agreement: Agreement, plans: readonly InvokedPlan[]): boolean {
  return planInForce(agreement, plans, occurrence.start)?.plan.pausedRituals.includes(occurrence.ritualId) ?? false;
}
