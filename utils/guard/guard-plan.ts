import type { Agreement } from '../agreement/agreement-schema';
import { GUARD_HORIZON_MS, guardStateAt, isGuardingMode, nextGuardBoundary, type GuardState } from '../schedule/guard-state';

export interface ActiveOverride {
  site: string;
  end: number;
}

export type GuardCss = '/guard-dim.css' | '/guard-block.css' | '/guard-release.css';

/** The dynamic content script the background keeps registered, or none. */
export interface GuardRegistration {
  css: GuardCss;
  matches: string[];
  excludeMatches: string[];
}

export interface GuardPlan {
  state: GuardState;
  registration: GuardRegistration | null;
  overrides: ActiveOverride[];
  /**
   * When the background must look again: a zone boundary, an override running out, or the end of
   * the engine's look-ahead when nothing changes sooner (a special day nine days away is only seen
   * from within eight). Never absent, so the guard never depends on an unrelated alarm to wake it.
   */
  wakeAt: number;
}

export const GUARD_CSS: Record<'dim' | 'block', GuardCss> = { dim: '/guard-dim.css', block: '/guard-block.css' };
export const RELEASE_CSS: GuardCss = '/guard-release.css';

/** The one user sheet a guarded document should hold for its mode: the release sheet when nothing may dim it. */
export function sheetForMode(mode: 'off' | 'dim' | 'block' | 'grace'): GuardCss {
  return mode === 'dim' || mode === 'block' ? GUARD_CSS[mode] : RELEASE_CSS;
}

/**
 * The sheet for a guarded page whose veil or screen is up, in Firefox: none of the root's filter.
 * Firefox draws the top layer inside the root's filter, so the grey that holds from the first paint
 * would grey Hearth's banner as well, and a block's opacity(0) would make Hearth's own screen
 * invisible, leaving a blank page with no word of why and no way to override. Once the veil is up
 * it greys everything under it, and once the screen is up it covers everything, the page's own top
 * layer included; the page can neither reach nor lower either (components/guard/guard-layer.ts).
 */
export function veiledSheet(mode: 'off' | 'dim' | 'block' | 'grace'): GuardCss {
  return mode === 'dim' || mode === 'block' ? RELEASE_CSS : sheetForMode(mode);
}

/**
 * What the agreement says about `now`, as the background must apply it. Pure: the truth is
 * re-derived, never remembered. `alsoWakeAt`: another instant the plan changes by itself (a
 * contingency plan's end), passed in with the agreement already read under that plan.
 */
export function planGuard(agreement: Agreement | undefined, overrides: readonly ActiveOverride[], now: number, alsoWakeAt: number | null = null): GuardPlan {
  const horizon = now + GUARD_HORIZON_MS;
  if (!agreement) return { state: { mode: 'off', sources: [], until: null }, registration: null, overrides: [], wakeAt: horizon };
  const state = guardStateAt(agreement, now);
  const active = overrides.filter((override) => override.end > now);
  const guarding = isGuardingMode(state.mode);
  const matches = [...new Set(agreement.workSites.map((site) => site.pattern))];
  const registration: GuardRegistration | null =
    guarding && matches.length > 0
      ? {
          css: GUARD_CSS[state.mode as 'dim' | 'block'],
          matches,
          excludeMatches: [...new Set(active.map((override) => `*://${override.site}/*`))].sort(),
        }
      : null;
  const wakes = [nextGuardBoundary(agreement, now) ?? horizon, ...(alsoWakeAt === null ? [] : [alsoWakeAt]), ...active.map((override) => override.end)];
  return { state, registration, overrides: active, wakeAt: Math.min(...wakes) };
}

export function overrideFor(plan: GuardPlan, url: string): ActiveOverride | undefined {
  const host = hostOf(url);
  return host === undefined ? undefined : plan.overrides.find((override) => override.site === host);
}

export function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** A stable key of everything open tabs depend on, to skip touching them when nothing changed. */
export function planKey(plan: GuardPlan): string {
  return JSON.stringify([plan.state.mode, plan.state.sources.map((s) => `${s.kind}:${s.id}`), plan.state.until, plan.registration, plan.overrides]);
}
