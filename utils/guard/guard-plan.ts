import type { Agreement } from '../agreement/agreement-schema';
import { guardStateAt, isGuardingMode, nextGuardBoundary, type GuardState } from '../schedule/guard-state';

export interface ActiveOverride {
  site: string;
  end: number;
}

export type GuardCss = '/guard-dim.css' | '/guard-block.css';

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
  /** When the plan next changes by itself: a zone boundary or an override running out. */
  wakeAt: number | null;
}

export const GUARD_CSS: Record<'dim' | 'block', GuardCss> = { dim: '/guard-dim.css', block: '/guard-block.css' };

/**
 * What the agreement says about `now`, as the background must apply it. Pure: the truth is
 * re-derived, never remembered. `alsoWakeAt`: another instant the plan changes by itself (a
 * contingency plan's end), passed in with the agreement already read under that plan.
 */
export function planGuard(agreement: Agreement | undefined, overrides: readonly ActiveOverride[], now: number, alsoWakeAt: number | null = null): GuardPlan {
  if (!agreement) return { state: { mode: 'off', sources: [], until: null }, registration: null, overrides: [], wakeAt: null };
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
  const wakes = [nextGuardBoundary(agreement, now), alsoWakeAt, ...active.map((override) => override.end)].filter(
    (instant): instant is number => instant !== null,
  );
  return { state, registration, overrides: active, wakeAt: wakes.length ? Math.min(...wakes) : null };
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
