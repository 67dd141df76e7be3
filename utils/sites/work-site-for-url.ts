import type { WorkSite } from '../agreement/agreement-schema';
import { matchPatternProblem, parseMatchPattern, patternMatchesHost, patternMatchesUrl, type ParsedMatchPattern } from './match-pattern';

/**
 * Keyed by pattern text, not by the work-site list: every read of the agreement from storage
 * yields a fresh array, while the patterns themselves barely change. The set of patterns a couple
 * ever writes is small, so the cache needs no eviction. `null` remembers a pattern that does not
 * parse (only possible for unvalidated input), so it is not re-parsed on every tab update.
 */
const parsedPatterns = new Map<string, ParsedMatchPattern | null>();

function parsed(pattern: string): ParsedMatchPattern | null {
  let entry = parsedPatterns.get(pattern);
  if (entry === undefined) {
    entry = parseMatchPattern(pattern) ?? null;
    parsedPatterns.set(pattern, entry);
  }
  return entry;
}

function webUrl(url: string): URL | undefined {
  try {
    const parsedUrl = new URL(url);
    return parsedUrl.protocol === 'http:' || parsedUrl.protocol === 'https:' ? parsedUrl : undefined;
  } catch {
    return undefined;
  }
}

/** The first work site in list order whose pattern covers `url`, so earlier entries decide the category. */
export function workSiteForUrl(workSites: readonly WorkSite[], url: string): WorkSite | undefined {
  const target = webUrl(url);
  if (!target) return undefined;
  return workSites.find((site) => {
    const pattern = parsed(site.pattern);
    return pattern !== null && patternMatchesUrl(pattern, target);
  });
}

/**
 * Whether a work site names the host of `url`, whatever the path. A page on any other host is never
 * guarded and cannot hold the guard script (it is registered for work sites only, and a navigation
 * inside a page keeps its host), so the guard has nothing to tell it.
 */
export function onWorkSiteHost(workSites: readonly WorkSite[], url: string): boolean {
  const target = webUrl(url);
  if (!target) return false;
  return workSites.some((site) => {
    const pattern = parsed(site.pattern);
    return pattern !== null && patternMatchesHost(pattern, target.hostname);
  });
}

/**
 * The match pattern for exactly the host of `url` (`*://app.slack.com/*`), used to exempt one site
 * during an override. Undefined for non-web URLs and hosts a match pattern cannot name, such as
 * IPv6 literals.
 */
export function hostPatternForUrl(url: string): string | undefined {
  const target = webUrl(url);
  if (!target) return undefined;
  const pattern = `*://${target.hostname}/*`;
  return matchPatternProblem(pattern) ? undefined : pattern;
}
