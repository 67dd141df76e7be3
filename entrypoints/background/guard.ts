import type { HearthDb } from '@/utils/db/hearth-db';
import { agreementInForceAt } from '@/utils/agreement/agreement-store';
import { planGuard, planKey, type GuardPlan } from '@/utils/guard/guard-plan';
import { activeOverrides, overridesSince } from '@/utils/guard/override-store';
import { pageGuardFor } from '@/utils/guard/page-guard';
import { weekBounds } from '@/utils/schedule/week-bounds';
import { applyRegistration } from './guard-registration';
import { applyToOpenTabs, applyToTab } from './guard-tabs';
import { applyFrameCss } from './guard-frame-css';
import { followInPageNavigation } from './guard-navigation';
import type { MessageRouter } from './message-router';
import { serialized } from './serialized';
import { takeOverride } from '@/utils/guard/take-override';
import { graceKey, graceUntil } from '@/utils/guard/call-grace';
import { GRACE_ALARM, storedCallGrace, updateCallGrace, watchGraceTabs } from './guard-grace';
import { systemClock, type Clock } from './clock';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import { effectiveAgreement } from '@/utils/plans/plan-agreement';
import { invokedPlanStore } from '@/utils/plans/plan-store';

const ALARM = 'hearth-guard-boundary';
const LAST_PLAN = 'guard:lastPlanKey';

export interface GuardHooks {
  /** Runs after every re-derivation, inside the guard's queue, so other features follow zone transitions. */
  onPlanApplied?: (plan: GuardPlan, agreement: Agreement | undefined) => Promise<void>;
}

/**
 * Keeps the dimming in step with the agreement. The truth is always "what the agreement says about
 * now": every trigger re-derives the whole plan, so a missed alarm or a killed worker heals itself.
 */
export function setupGuard(db: HearthDb, router: MessageRouter, clock: Clock = systemClock, hooks: GuardHooks = {}) {
  // Test builds can move the clock (test-seams.ts); alarms still fire on the real one, so a test
  // that moves it brings about the refresh itself.
  const refresh = serialized(() => applyNow(db, clock.now(), hooks), 'Hearth guard refresh failed');

  browser.runtime.onStartup.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'active') void refresh();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM || alarm.name === GRACE_ALARM) void refresh();
  });
  watchGraceTabs(refresh);
  followInPageNavigation((tabId, url) => void guardForNow(url, tabId).then((guard) => applyToTab(tabId, guard)));

  const guardForNow = async (url: string, tabId: number | undefined) => {
    const now = clock.now();
    const { plan, agreement, used } = await derive(db, now);
    return pageGuardFor(plan, agreement, url, used, graceUntil(await storedCallGrace(), tabId, url, now));
  };

  // Every guarded document says hello when its script starts and whenever it is asked to recheck;
  // the answer comes with its CSS put in line, frame by frame (an embedded work site is guarded too).
  router.handle('guard:hello', async (message, sender) => {
    const guard = await guardForNow(message.url, sender.tab?.id);
    if (sender.tab?.id !== undefined) await applyFrameCss(sender.tab.id, sender.frameId ?? 0, guard.mode);
    return guard;
  });
  router.handle('override:request', async ({ minutes, reason }, sender) => {
    // The sender's tab, as the browser names it: a page cannot release another site.
    const reply = await takeOverride(db, { minutes, reason, url: sender.tab?.url ?? '' }, clock.now());
    if (reply.ok) await refresh();
    return reply;
  });

  // The worker may have slept through a boundary; whatever woke it, catch up first.
  void refresh();
  return { refresh };
}

async function derive(db: HearthDb, now: number) {
  const revision = await agreementInForceAt(db, now);
  // A contingency plan invoked here reads the agreement its way until it ends by itself.
  const underPlan = revision && effectiveAgreement(revision.agreement, await invokedPlanStore.load(db), now);
  const agreement = underPlan?.agreement;
  const plan = planGuard(agreement, await activeOverrides(db, now), now, underPlan?.planEndsAt ?? null);
  const used = agreement ? (await overridesSince(db, weekBounds(agreement, now).start)).length : 0;
  return { plan, agreement, used };
}

async function applyNow(db: HearthDb, now: number, hooks: GuardHooks): Promise<void> {
  const { plan, agreement, used } = await derive(db, now);
  const grace = await updateCallGrace(agreement, now);
  await applyRegistration(plan.registration);
  const key = planKey(plan) + graceKey(grace);
  const { [LAST_PLAN]: lastKey } = await browser.storage.session.get(LAST_PLAN);
  if (key !== lastKey) {
    await applyToOpenTabs((url, tabId) => pageGuardFor(plan, agreement, url, used, graceUntil(grace, tabId, url, now)));
    await browser.storage.session.set({ [LAST_PLAN]: key });
  }
  await scheduleWake(plan);
  await hooks.onPlanApplied?.(plan, agreement);
}

async function scheduleWake(plan: GuardPlan): Promise<void> {
  await browser.alarms.create(ALARM, { when: plan.wakeAt });
}
