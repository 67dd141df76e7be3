import type { Agreement } from '@/utils/agreement/agreement-schema';
import { GRACE_CAP_MS, decideCallGrace, graceWakeAt, parseCallGrace, type CallGrace, type GraceTab } from '@/utils/guard/call-grace';
import { guardingSince } from '@/utils/guard/guarding-since';
import { onTabUpdated } from './tab-updates';

const GRACE_KEY = 'guard:callGrace';
export const GRACE_ALARM = 'hearth-call-grace';

/** In session storage, so a worker stopped mid-call picks up where it left off, and a browser restart forgets it. */
export async function storedCallGrace(): Promise<CallGrace | null> {
  const { [GRACE_KEY]: stored } = await browser.storage.session.get(GRACE_KEY);
  return parseCallGrace(stored);
}

/** Re-decides who is in grace from the schedule and the tabs as they are now, keeps it and wakes at its next end. */
export async function updateCallGrace(agreement: Agreement | undefined, now: number): Promise<CallGrace | null> {
  const [previous, tabs] = await Promise.all([storedCallGrace(), browser.tabs.query({})]);
  const guardStart = agreement ? guardingSince(agreement, now, GRACE_CAP_MS) : null;
  const observed = tabs.flatMap((tab): GraceTab[] => (tab.id === undefined || !tab.url ? [] : [{ id: tab.id, url: tab.url, audible: tab.audible ?? false }]));
  const grace = decideCallGrace(previous, guardStart, agreement?.workSites ?? [], observed, now);
  // Most refreshes (every worker wake) change nothing here; only a change is written and rescheduled.
  if (JSON.stringify(grace) === JSON.stringify(previous)) return grace;
  if (grace) await browser.storage.session.set({ [GRACE_KEY]: grace });
  else await browser.storage.session.remove(GRACE_KEY);
  const wakeAt = graceWakeAt(grace);
  if (wakeAt === null) await browser.alarms.clear(GRACE_ALARM);
  else await browser.alarms.create(GRACE_ALARM, { when: wakeAt });
  return grace;
}

/**
 * A call ending, its tab leaving for another host or closing ends its grace: those tabs trigger a
 * refresh. Every other tab event is left alone, so ordinary browsing costs one session read.
 */
export function watchGraceTabs(refresh: () => Promise<void>) {
  const refreshIfInGrace = async (tabId: number) => {
    if ((await storedCallGrace())?.entries.some((entry) => entry.tabId === tabId)) await refresh();
  };
  onTabUpdated(['audible', 'url'], (tabId, change) => {
    if (change.audible !== undefined || change.url !== undefined) void refreshIfInGrace(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void refreshIfInGrace(tabId));
}
