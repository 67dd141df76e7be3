import type { HearthDb } from '@/utils/db/hearth-db';
import { agreementInForceAt } from '@/utils/agreement/agreement-store';
import { planGuard, planKey, type ActiveOverride, type GuardPlan } from '@/utils/guard/guard-plan';
import { isStorageFailure } from '@/utils/db/storage-failure';
import { activeOverrides, overridesSince } from '@/utils/guard/override-store';
import { pageGuardFor } from '@/utils/guard/page-guard';
import { weekBounds } from '@/utils/schedule/week-bounds';
import { onWorkSiteHost } from '@/utils/sites/work-site-for-url';
import { applyRegistration } from './guard-registration';
import { applyToOpenTabs, applyToTab } from './guard-tabs';
import { applyFrameCss } from './guard-frame-css';
import { followInPageNavigation } from './guard-navigation';
import { knownWorkSites } from './known-work-sites';
import type { MessageRouter } from './message-router';
import { serialized } from './serialized';
import { takeOverride } from '@/utils/guard/take-override';
import { judgedUrl } from '@/utils/guard/judged-url';
import { graceKey, graceUntil } from '@/utils/guard/call-grace';
import { GRACE_ALARM, storedCallGrace, updateCallGrace, watchGraceTabs } from './guard-grace';
import { systemClock, type Clock } from './clock';
import type { Agreement, WorkSite } from '@/utils/agreement/agreement-schema';
import { effectiveAgreement } from '@/utils/plans/plan-agreement';
import { invokedPlanStore } from '@/utils/plans/plan-store';

const ALARM = 'hearth-guard-boundary';
const LAST_PLAN = 'guard:lastPlanKey';
const LAST_KNOWN = 'guard:lastKnown';

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
  const workSites = knownWorkSites();
  const refresh = serialized(() => applyNow(db, clock.now(), hooks, workSites.set), 'Hearth guard refresh failed');

  browser.runtime.onStartup.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'active') void refresh();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM || alarm.name === GRACE_ALARM) void refresh();
  });
  watchGraceTabs(refresh);
  // Every URL change of every tab comes here, pages that are not work included. Those are let go
  // on the in-memory work sites before anything is read or sent: no IndexedDB read, no derivation, no
  // message, which would reach the page's renderer while it loads (bench/guard-cost-bench.ts).
  followInPageNavigation(async (tabId, url) => {
    if (!onWorkSiteHost(await workSites.get(), url)) return;
    const { guard, agreement } = await guardForNow(url, tabId);
    // The agreement read just now is the truth: it may have dropped the site since.
    if (agreement && onWorkSiteHost(agreement.workSites, url)) await applyToTab(tabId, guard);
  });

  const guardForNow = async (url: string, tabId: number | undefined) => {
    const now = clock.now();
    const { plan, agreement, used } = await derive(db, now);
    workSites.set(agreement?.workSites ?? []);
    return { agreement, guard: pageGuardFor(plan, agreement, url, used, graceUntil(await storedCallGrace(), tabId, url, now)) };
  };

  // Every guarded document says hello when its script starts and whenever it is asked to recheck;
  // the answer comes with its CSS put in line, frame by frame (an embedded work site is guarded too).
  router.handle('guard:hello', async (message, sender) => {
    const { guard } = await guardForNow(judgedUrl(message.url, sender.origin, sender.frameId === 0), sender.tab?.id);
    if (sender.tab?.id !== undefined) await applyFrameCss(sender.tab.id, sender.frameId ?? 0, guard.mode);
    return guard;
  });
  router.handle('guard:veiled', async (message, sender) => {
    if (!import.meta.env.FIREFOX || sender.tab?.id === undefined) return;
    // Derived again, not taken from the page: the zone may have ended or turned to block meanwhile.
    const { guard } = await guardForNow(judgedUrl(message.url, sender.origin, sender.frameId === 0), sender.tab.id);
    await applyFrameCss(sender.tab.id, sender.frameId ?? 0, guard.mode, true);
  });
  router.handle('override:request', async ({ minutes, reason }, sender) => {
    // The sender's tab, as the browser names it: a page cannot release another site.
    // A work site embedded in another page asks from its own frame: release that site, not the page's.
    // A window it opened on about:blank asks with the origin the browser gives it: release its opener's site.
    const url = judgedUrl(sender.url ?? sender.tab?.url ?? '', sender.origin, sender.frameId === 0);
    const reply = await takeOverride(db, { minutes, reason, url }, clock.now());
    if (reply.ok) await refresh();
    return reply;
  });

  // The worker may have slept through a boundary; whatever woke it, catch up first.
  void refresh();
  return { refresh };
}

async function derive(db: HearthDb, now: number) {
  let known: LastKnown;
  try {
    const revision = await agreementInForceAt(db, now);
    // A contingency plan invoked here reads the agreement its way until it ends by itself.
    const underPlan = revision && effectiveAgreement(revision.agreement, await invokedPlanStore.load(db), now);
    const agreement = underPlan?.agreement;
    known = {
      agreement,
      overrides: await activeOverrides(db, now),
      used: agreement ? (await overridesSince(db, weekBounds(agreement, now).start)).length : 0,
      planEndsAt: underPlan?.planEndsAt ?? null,
    };
    await remember(known);
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    // IndexedDB will not open (a full disk, a damaged profile): keep guarding by what was last
    // read rather than by nothing, which would lift every zone. The registered script persists
    // anyway; this also moves it on at the next boundary.
    console.error('Hearth guards from the agreement it last read: storage failed', error);
    known = ((await browser.storage.local.get(LAST_KNOWN))[LAST_KNOWN] as LastKnown | undefined) ?? { agreement: undefined, overrides: [], used: 0, planEndsAt: null };
  }
  return { plan: planGuard(known.agreement, known.overrides, now, known.planEndsAt ?? null), agreement: known.agreement, used: known.used };
}

/** What the guard last read from IndexedDB, kept in storage.local as its fallback. */
interface LastKnown {
  agreement: Agreement | undefined;
  overrides: ActiveOverride[];
  used: number;
  /** When a contingency plan in force ends by itself (null: none). */
  planEndsAt: number | null;
}
let lastRemembered: string | undefined;

async function remember(known: LastKnown): Promise<void> {
  const text = JSON.stringify(known);
  // Written when it changes, not on every wake-up: a few KB, at most once per edit or override.
  if (text === lastRemembered) return;
  await browser.storage.local.set({ [LAST_KNOWN]: known });
  lastRemembered = text;
}

async function applyNow(db: HearthDb, now: number, hooks: GuardHooks, onWorkSites: (sites: readonly WorkSite[]) => void): Promise<void> {
  const { plan, agreement, used } = await derive(db, now);
  onWorkSites(agreement?.workSites ?? []);
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
