import { at } from '../schedule/agreement-fixture';
import type { WorkSiteCategory } from '../sites/work-site-category';
import { intervalId, type ActivityInterval } from './activity-interval';

/** Test support: work on `domain` over [start, end), both ISO strings carrying their own offset. */
export function workInterval(start: string, end: string, domain = 'app.slack.com', category: WorkSiteCategory = 'chat'): ActivityInterval {
  return { id: intervalId(at(start), domain), domain, category, start: at(start), end: at(end), audible: false };
}
