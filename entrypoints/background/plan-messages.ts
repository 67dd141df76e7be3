import type { HearthDb } from '@/utils/db/hearth-db';
import { agreementInForceAt } from '@/utils/agreement/agreement-store';
import type { PlanReply, PlanStatus } from '@/utils/messages';
import { currentInvokedPlan, endPlan, invokePlan, type InvokedPlan } from '@/utils/plans/invoked-plan';
import { planDateRange, planEndOrProblem } from '@/utils/plans/plan-end';
import { invokedPlanStore } from '@/utils/plans/plan-store';
import type { Clock } from './clock';
import type { MessageRouter } from './message-router';
import { reviewsDue } from '@/utils/agreement/reviews-due';
import { planMessage, type PartnerPlan } from '@/utils/plans/partner-plan';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import { wallTimeAt } from '@/utils/schedule/wall-clock';

export interface PlanHooks {
  /** Re-derives the guard, so the plan's zones switch at once. */
  refresh: () => Promise<void>;
  /**
   * Told of every invocation and early end on this browser, as the partner is to hear of it: the
   * partner link tells the other browser from here (issue #9: "the partner is told").
   */
  onPlanChanged?: (message: PartnerPlan) => Promise<void> | void;
}

/**
 * Contingency plans from the popup: invoking one needs no acceptance (that is what the couple
 * agreed it for) and it ends by itself at its end; the guard wakes then (guard-plan.ts).
 */
export function setupPlanMessages(db: HearthDb, router: MessageRouter, clock: Clock, hooks: PlanHooks) {
  router.handle('plan:status', async () => planStatus(db, clock.now()));
  router.handle('plan:invoke', async ({ planId, through }): Promise<PlanReply> => {
    const now = clock.now();
    const agreement = (await agreementInForceAt(db, now))?.agreement;
    if (!agreement?.contingencyPlans.some((plan) => plan.id === planId)) return { ok: false, key: 'planErrUnknown' };
    const end = planEndOrProblem(through, now, agreement.household.timeZone);
    if (!end.ok) return end;
    const before = await invokedPlanStore.load(db);
    await changed(db, agreement, before, invokePlan(before, planId, end.end, now), now, hooks);
    return { ok: true };
  });
  router.handle('plan:end', async (): Promise<PlanReply> => {
    const now = clock.now();
    const agreement = (await agreementInForceAt(db, now))?.agreement;
    const before = await invokedPlanStore.load(db);
    await changed(db, agreement, before, endPlan(before, now), now, hooks);
    return { ok: true };
  });
}

async function changed(db: HearthDb, agreement: Agreement | undefined, before: InvokedPlan[], plans: InvokedPlan[], now: number, hooks: PlanHooks): Promise<void> {
  await invokedPlanStore.save(db, plans);
  await hooks.refresh();
  // The plan that held until now, as it reads after the change: ended now when it was ended early.
  const held = currentInvokedPlan(before, now);
  const endedNow = held && plans.find((plan) => plan.planId === held.planId && plan.start === held.start);
  const nameOf = (planId: string) => agreement?.contingencyPlans.find((plan) => plan.id === planId)?.name;
  const message = planMessage(endedNow ?? null, currentInvokedPlan(plans, now) ?? null, nameOf);
  if (message) await hooks.onPlanChanged?.(message);
}

async function planStatus(db: HearthDb, now: number): Promise<PlanStatus | null> {
  const agreement = (await agreementInForceAt(db, now))?.agreement;
  if (!agreement) return null;
  const invoked = currentInvokedPlan(await invokedPlanStore.load(db), now);
  const plan = invoked && agreement.contingencyPlans.find((candidate) => candidate.id === invoked.planId);
  const { timeZone } = agreement.household;
  return {
    reviews: reviewsDue(agreement, wallTimeAt(now, timeZone).date),
    plans: agreement.contingencyPlans.map(({ id, name, cover }) => ({ id, name, cover })),
    current: plan && invoked ? { planId: plan.id, name: plan.name, end: invoked.end } : null,
    dates: planDateRange(now, timeZone),
    timeZone,
  };
}
