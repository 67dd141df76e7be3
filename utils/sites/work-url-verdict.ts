import type { WorkSite } from '../agreement/agreement-schema';
import { matchPatternProblem } from './match-pattern';
import { workSiteForUrl } from './work-site-for-url';

export type WorkUrlVerdict =
  | { kind: 'not-web' }
  /** `index` is the entry's place in the agreement's list: the first one that covers the address. */
  | { kind: 'work'; site: WorkSite; index: number; unchecked: number }
  | { kind: 'not-work'; unchecked: number };

function isWebUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Whether the guard would treat `url` as work under these work sites, answered the way the guard
 * decides it (first pattern in list order wins). Patterns are read as the schema stores them
 * (trimmed); ones the schema would refuse are skipped and counted in `unchecked`, because a draft
 * with them cannot be saved as it is.
 */
export function workUrlVerdict(workSites: readonly WorkSite[], url: string): WorkUrlVerdict {
  const trimmedUrl = url.trim();
  if (!isWebUrl(trimmedUrl)) return { kind: 'not-web' };
  const stored = workSites.map((site) => ({ ...site, pattern: site.pattern.trim() }));
  const unchecked = stored.filter((site) => matchPatternProblem(site.pattern) !== undefined).length;
  const match = workSiteForUrl(stored, trimmedUrl);
  if (!match) return { kind: 'not-work', unchecked };
  return { kind: 'work', site: workSites[stored.indexOf(match)]!, index: stored.indexOf(match), unchecked };
}
