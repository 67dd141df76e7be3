import type { WorkSite } from '../agreement/agreement-schema';
import { workSiteForUrl } from '../sites/work-site-for-url';
import { intervalId, type ActivityInterval } from './activity-interval';
import type { BrowserObservation } from './browser-observation';
import { CHECKPOINT_MS, MAX_GAP_MS, type TrackingSettings } from './tracking-settings';

export interface TrackerState {
  open: ActivityInterval | null;
  /** When the previous observation was made. */
  lastAt: number | null;
  /** The open interval's end as last written, to checkpoint no more often than needed. */
  writtenEnd: number | null;
}

export const INITIAL_TRACKER_STATE: TrackerState = { open: null, lastAt: null, writtenEnd: null };

interface Target {
  domain: string;
  category: ActivityInterval['category'];
  audible: boolean;
}

/**
 * Turns one observation into interval writes, heartbeat-style: the open interval grows while the
 * same work site stays in use and closes the moment anything else happens. Writes are idempotent
 * puts by id, so replaying or retrying one is harmless.
 */
export function observeActivity(
  state: TrackerState,
  observation: BrowserObservation,
  workSites: readonly WorkSite[],
  settings: TrackingSettings,
): { state: TrackerState; writes: ActivityInterval[] } {
  const at = observation.at;
  const writes = new Map<string, ActivityInterval>();
  let open = state.open;
  let writtenEnd = state.writtenEnd;

  // Time the tracker did not see (sleep, a changed clock) is never work: close at the last checkpoint.
  if (open && state.lastAt !== null && (at < state.lastAt || at - state.lastAt > MAX_GAP_MS)) {
    writes.set(open.id, open);
    open = null;
  }

  const target = currentTarget(observation, workSites, settings);
  if (open && target && target.domain === open.domain && target.category === open.category) {
    open = { ...open, end: Math.max(open.end, at), audible: open.audible || target.audible };
  } else if (open) {
    writes.set(open.id, { ...open, end: closingEnd(open, observation) });
    open = null;
  }
  if (!open && target) {
    open = { id: intervalId(at, target.domain), ...target, start: at, end: at };
    writtenEnd = null;
  }
  if (open && (writtenEnd === null || open.end - writtenEnd >= CHECKPOINT_MS)) {
    writes.set(open.id, open);
    writtenEnd = open.end;
  }
  return { state: { open, lastAt: at, writtenEnd: open ? writtenEnd : null }, writes: [...writes.values()] };
}

function currentTarget(observation: BrowserObservation, workSites: readonly WorkSite[], settings: TrackingSettings): Target | null {
  const audibleUrls = settings.countAudible && observation.idle !== 'locked' ? observation.audibleUrls : [];
  if (observation.idle === 'active' && observation.focusedUrl) {
    const site = workSiteForUrl(workSites, observation.focusedUrl);
    if (site) return { domain: new URL(observation.focusedUrl).hostname, category: site.category, audible: audibleUrls.includes(observation.focusedUrl) };
  }
  // A call counts without input, but only one: the first audible work tab.
  for (const url of audibleUrls) {
    const site = workSiteForUrl(workSites, url);
    if (site) return { domain: new URL(url).hostname, category: site.category, audible: true };
  }
  return null;
}

/** Idleness is trimmed back to when it began rather than counted through; a call is not idle. */
function closingEnd(open: ActivityInterval, observation: BrowserObservation): number {
  if (observation.idle !== 'active' && observation.idleSince !== undefined && !open.audible) {
    return Math.min(Math.max(observation.idleSince, open.start), Math.max(open.end, observation.at));
  }
  return Math.max(open.end, observation.at);
}
