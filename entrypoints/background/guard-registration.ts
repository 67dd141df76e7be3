import type { GuardRegistration } from '@/utils/guard/guard-plan';
import { GUARD_SCRIPT_IDS, guardScripts, type GuardScript } from '@/utils/guard/guard-scripts';

/**
 * Registers the dimming only for the work-site patterns and only while a zone is on
 * (design decision 2): outside zones and on other sites Hearth injects nothing at all.
 */
export async function applyRegistration(desired: GuardRegistration | null): Promise<void> {
  const current = await browser.scripting.getRegisteredContentScripts({ ids: GUARD_SCRIPT_IDS });
  const scripts = desired ? guardScripts(desired) : [];
  const gone = current.filter((script) => !scripts.some((wanted) => wanted.id === script.id)).map((script) => script.id);
  if (gone.length > 0) await browser.scripting.unregisterContentScripts({ ids: gone });
  const added = scripts.filter((script) => !current.some((registered) => registered.id === script.id));
  if (added.length > 0) await browser.scripting.registerContentScripts(added);
  const changed = scripts.filter((script) => {
    const registered = current.find((candidate) => candidate.id === script.id);
    return registered !== undefined && !sameRegistration(registered, script);
  });
  if (changed.length > 0) await browser.scripting.updateContentScripts(changed);
}

function sameRegistration(current: Browser.scripting.RegisteredContentScript, desired: GuardScript) {
  const same = (a: readonly string[] | undefined, b: readonly string[]) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
  return (
    same(current.matches, desired.matches) &&
    same(current.excludeMatches, desired.excludeMatches) &&
    same(current.css, desired.css) &&
    Boolean(current.allFrames) === desired.allFrames &&
    Boolean(current.matchOriginAsFallback) === desired.matchOriginAsFallback
  );
}
