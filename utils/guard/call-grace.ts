import * as v from 'valibot';
import type { WorkSite } from '../agreement/agreement-schema';
import { workSiteForUrl } from '../sites/work-site-for-url';
import { hostOf } from './guard-plan';

/** Issue #4: a call is let finish, but for no longer than this after guarding starts. */
export const GRACE_CAP_MS = 30 * 60_000;
/**
 * How late after guarding starts the first look at the tabs may come and still count as "at the
 * start": the boundary alarm and a waking worker take seconds, not minutes. A tab heard only later
 * (the laptop woke mid-zone) proves nothing about a call running when the zone began.
 */
export const ADMISSION_WINDOW_MS = 2 * 60_000;
/**
 * How long a tab must stay silent before its call counts as over. Chromium already holds `audible`
 * for about 2 s, which bridges a breath but not a pause while someone thinks or a slide is read;
 * half a minute does, and it is also the shortest delay Chrome gives a packed extension's alarm.
 */
export const QUIET_MS = 30_000;

export interface GraceTab {
  id: number;
  url: string;
  audible: boolean;
}

/** A tab let finish its call: the host it was on, and since when it has been silent, if it is. */
export interface GraceEntry {
  tabId: number;
  host: string;
  quietSince: number | null;
}

/**
 * The grace of one guarding stretch. Kept even when no tab is left in it, so the tabs are looked
 * at once per stretch: a tab that falls silent or becomes audible later never (re)gains grace.
 */
export interface CallGrace {
  guardStart: number;
  entries: GraceEntry[];
}

/**
 * Which tabs are let finish their call at `now`. `guardStart` is when the current guarding stretch
 * began (see guardingSince), null when nothing guards or it began at least the cap ago. Grace is not
 * an override: it is granted by the schedule, never counted against the weekly allowance.
 */
export function decideCallGrace(
  previous: CallGrace | null,
  guardStart: number | null,
  workSites: readonly WorkSite[],
  tabs: readonly GraceTab[],
  now: number,
): CallGrace | null {
  if (guardStart === null || now >= guardStart + GRACE_CAP_MS) return null;
  const onWorkHost = (tab: GraceTab, host: string) => hostOf(tab.url) === host && workSiteForUrl(workSites, tab.url) !== undefined;
  if (previous?.guardStart !== guardStart) {
    if (now >= guardStart + ADMISSION_WINDOW_MS) return { guardStart, entries: [] };
    const entries = tabs.flatMap((tab) => {
      const host = hostOf(tab.url);
      return tab.audible && host !== undefined && onWorkHost(tab, host) ? [{ tabId: tab.id, host, quietSince: null }] : [];
    });
    return { guardStart, entries };
  }
  const entries = previous.entries.flatMap((entry): GraceEntry[] => {
    const tab = tabs.find((candidate) => candidate.id === entry.tabId);
    if (!tab || !onWorkHost(tab, entry.host)) return [];
    if (tab.audible) return [{ ...entry, quietSince: null }];
    const quietSince = entry.quietSince ?? now;
    return now >= quietSince + QUIET_MS ? [] : [{ ...entry, quietSince }];
  });
  return { guardStart, entries };
}

/**
 * Until when the page in `tabId`, now at `url`, is let finish its call; undefined if it is not.
 * Checks the cap itself, since a page may ask just before the refresh that ends its grace.
 */
export function graceUntil(grace: CallGrace | null, tabId: number | undefined, url: string, now: number): number | undefined {
  const entry = grace?.entries.find((candidate) => candidate.tabId === tabId);
  const until = grace ? grace.guardStart + GRACE_CAP_MS : 0;
  return entry && hostOf(url) === entry.host && now < until ? until : undefined;
}

/** When grace next ends by itself: the cap, or a silent tab's quiet running out. */
export function graceWakeAt(grace: CallGrace | null): number | null {
  if (!grace || grace.entries.length === 0) return null;
  return Math.min(grace.guardStart + GRACE_CAP_MS, ...grace.entries.flatMap((entry) => (entry.quietSince === null ? [] : [entry.quietSince + QUIET_MS])));
}

/** What the open pages depend on (who is in grace, until when); silences come and go without touching them. */
export function graceKey(grace: CallGrace | null): string {
  return JSON.stringify(grace ? [grace.guardStart, grace.entries.map((entry) => [entry.tabId, entry.host])] : null);
}

const CallGraceSchema = v.object({
  guardStart: v.number(),
  entries: v.array(v.object({ tabId: v.number(), host: v.string(), quietSince: v.nullable(v.number()) })),
});

/** Grace as read back from session storage: anything unexpected (an older shape after an update) is no grace. */
export function parseCallGrace(value: unknown): CallGrace | null {
  const result = v.safeParse(CallGraceSchema, value);
  return result.success ? result.output : null;
}
