import type { WorkSiteCategory } from '../sites/work-site-category';

/**
 * One stretch of active use of one work site, as it happened (design decision 4): whether it was
 * in hours, after hours or in a zone is decided later, when reading.
 */
export interface ActivityInterval {
  /** `${start}:${domain}`: known before the first write, so every checkpoint is an idempotent put. */
  id: string;
  domain: string;
  category: WorkSiteCategory;
  start: number;
  /** The last checkpoint; grows while the interval is open. */
  end: number;
  /** Counted because the tab was audible (a call), not because it had focus. */
  audible: boolean;
}

export function intervalId(start: number, domain: string): string {
  return `${start}:${domain}`;
}
