import type { WorkSite } from '../agreement/agreement-schema';
import type { GuardPlan } from '../guard/guard-plan';
import { parseMatchPattern } from '../sites/match-pattern';
import { isGuardingMode } from '../schedule/guard-state';

/**
 * The content-setting pattern covering a work site's match pattern. Content-setting patterns
 * share the match-pattern syntax except that an http(s) path must be `/*`
 * (https://developer.chrome.com/docs/extensions/reference/api/contentSettings#content-setting-patterns),
 * and a notification permission belongs to a whole origin anyway, so a path-limited work site
 * (`*://example.com/work/*`) mutes its whole host. No port is named, so every port is covered.
 */
export function contentSettingPattern(matchPattern: string): string | undefined {
  const parsed = parseMatchPattern(matchPattern);
  if (!parsed) return undefined;
  return `${parsed.scheme}://${parsed.anySubdomain ? '*.' : ''}${parsed.host}/*`;
}

/**
 * The patterns whose notifications must be blocked now: every work site while the guard dims or
 * blocks, none otherwise. A site with a running override is exempt like it is from dimming; a
 * `*.` pattern stays muted, since the only way to carve a host out of it would be to set that
 * host's permission ourselves and hide the person's own choice.
 */
export function notificationMutePatterns(plan: GuardPlan, workSites: readonly WorkSite[]): string[] {
  if (!isGuardingMode(plan.state.mode)) return [];
  const released = new Set(plan.overrides.map((override) => override.site));
  const patterns = workSites.flatMap((site) => {
    const parsed = parseMatchPattern(site.pattern);
    if (!parsed || (!parsed.anySubdomain && released.has(parsed.host))) return [];
    return [contentSettingPattern(site.pattern)!];
  });
  return [...new Set(patterns)].sort();
}
