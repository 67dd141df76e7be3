import type { Agreement } from '../agreement/agreement-schema';
import { workSiteForUrl } from '../sites/work-site-for-url';
import { overrideChoices, overridesLeft } from './override-allowance';
import { overrideFor, type GuardPlan } from './guard-plan';
import { isGuardingMode } from '../schedule/guard-state';

/** What one work page shows: the guard's mode and the partners' own words for why. */
export interface PageGuard {
  /** `grace`: a call that was running when the zone began is let finish, under a gentle banner. */
  mode: 'off' | 'dim' | 'block' | 'grace';
  labels: string[];
  until: number | null;
  timeZone: string;
  /** Set while this site is released by an override. */
  releasedUntil?: number;
  /** Set in grace: the latest the page is dimmed or blocked, even if the call goes on. */
  graceUntil?: number;
  allowance: { choices: number[]; reasonRequired: boolean; left: number; perWeek: number };
}

export function pageGuardFor(
  plan: GuardPlan,
  agreement: Agreement | undefined,
  url: string,
  overridesUsedThisWeek: number,
  graceUntil?: number,
): PageGuard {
  const policy = agreement?.overridePolicy ?? { maxMinutes: 15, perWeek: 0, reasonRequired: true };
  const base = {
    labels: plan.state.sources.filter((source) => source.mode !== 'track').map((source) => source.label),
    until: plan.state.until,
    timeZone: agreement?.household.timeZone ?? 'UTC',
    allowance: {
      choices: overrideChoices(policy),
      reasonRequired: policy.reasonRequired,
      left: overridesLeft(policy, overridesUsedThisWeek),
      perWeek: policy.perWeek,
    },
  };
  const guarding = isGuardingMode(plan.state.mode);
  if (!agreement || !guarding || !workSiteForUrl(agreement.workSites, url)) return { ...base, mode: 'off' };
  const override = overrideFor(plan, url);
  if (override) return { ...base, mode: 'off', releasedUntil: override.end };
  if (graceUntil !== undefined) return { ...base, mode: 'grace', graceUntil };
  return { ...base, mode: plan.state.mode as 'dim' | 'block' };
}
