import type { WorkSite } from '../agreement/agreement-schema';
import type { ActiveOverride, GuardPlan } from '../guard/guard-plan';
import type { GuardMode } from '../schedule/guard-state';

/** A plan in the given mode, with only what the comforts read from it. */
export function planIn(mode: GuardMode, overrides: ActiveOverride[] = []): GuardPlan {
  const sources = mode === 'off' ? [] : [{ kind: 'zone' as const, id: 'evenings', label: 'Family evenings', mode: mode === 'track' ? ('track' as const) : mode }];
  return { state: { mode, sources, until: null }, registration: null, overrides, wakeAt: Number.MAX_SAFE_INTEGER };
}

export const site = (pattern: string): WorkSite => ({ pattern, category: 'chat' });
