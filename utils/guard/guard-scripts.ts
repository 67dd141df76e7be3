import type { GuardRegistration } from './guard-plan';

export const GUARD_SCRIPT_FILE = '/guard.js';

/** One of the dynamic content scripts the guard keeps registered, as scripting.registerContentScripts takes it. */
export interface GuardScript {
  id: 'hearth-guard' | 'hearth-guard-paths';
  matches: string[];
  excludeMatches: string[];
  css: string[];
  js: string[];
  runAt: 'document_start';
  allFrames: true;
  matchOriginAsFallback: boolean;
  persistAcrossSessions: true;
}

const WHOLE_HOST = /^[^:]+:\/\/[^/]+\/\*$/;

export const GUARD_SCRIPT_IDS: GuardScript['id'][] = ['hearth-guard', 'hearth-guard-paths'];

/**
 * The registration as content scripts. A work site that names a whole host also reaches the windows
 * and frames its pages make without a URL of their own (about:blank, blob:), matched by the origin
 * they inherit (`matchOriginAsFallback`): Gmail's pop-out compose is one. Chromium allows that only
 * for patterns whose path is `/*`, so a path-limited site keeps a script of its own without it.
 * A work site embedded in another page is still work: every frame is checked, as a tab would be.
 */
export function guardScripts(registration: GuardRegistration): GuardScript[] {
  const wholeHost = registration.matches.filter((pattern) => WHOLE_HOST.test(pattern));
  const pathLimited = registration.matches.filter((pattern) => !wholeHost.includes(pattern));
  const script = (id: GuardScript['id'], matches: string[], matchOriginAsFallback: boolean): GuardScript => ({
    id,
    matches,
    excludeMatches: registration.excludeMatches,
    css: [registration.css],
    js: [GUARD_SCRIPT_FILE],
    runAt: 'document_start',
    allFrames: true,
    matchOriginAsFallback,
    persistAcrossSessions: true,
  });
  return [
    ...(wholeHost.length > 0 ? [script('hearth-guard', wholeHost, true)] : []),
    ...(pathLimited.length > 0 ? [script('hearth-guard-paths', pathLimited, false)] : []),
  ];
}
