import type { GuardRegistration } from '@/utils/guard/guard-plan';

export const GUARD_SCRIPT_ID = 'hearth-guard';
export const GUARD_SCRIPT_FILE = '/guard.js';

/**
 * Registers the dimming only for the work-site patterns and only while a zone is on
 * (design decision 2): outside zones and on other sites Hearth injects nothing at all.
 */
export async function applyRegistration(desired: GuardRegistration | null): Promise<void> {
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [GUARD_SCRIPT_ID] });
  if (!desired) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
    return;
  }
  const script = {
    id: GUARD_SCRIPT_ID,
    matches: desired.matches,
    excludeMatches: desired.excludeMatches,
    css: [desired.css],
    js: [GUARD_SCRIPT_FILE],
    runAt: 'document_start' as const,
    // A work site embedded in another page is still work: its frame is dimmed like a tab would be.
    allFrames: true,
    persistAcrossSessions: true,
  };
  if (!current) {
    await browser.scripting.registerContentScripts([script]);
  } else if (!sameRegistration(current, script)) {
    await browser.scripting.updateContentScripts([script]);
  }
}

function sameRegistration(
  current: Browser.scripting.RegisteredContentScript,
  desired: { matches: string[]; excludeMatches: string[]; css: string[]; allFrames: boolean },
) {
  const same = (a: readonly string[] | undefined, b: readonly string[]) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
  return (
    same(current.matches, desired.matches) &&
    same(current.excludeMatches, desired.excludeMatches) &&
    same(current.css, desired.css) &&
    Boolean(current.allFrames) === desired.allFrames
  );
}
