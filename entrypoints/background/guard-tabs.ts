import { GUARD_CSS } from '@/utils/guard/guard-plan';
import type { PageGuard } from '@/utils/guard/page-guard';
import type { HearthMessage } from '@/utils/messages';
import { GUARD_SCRIPT_FILE } from './guard-registration';
import { isGuardingMode } from '@/utils/schedule/guard-state';

/**
 * Brings already-open tabs in line at a boundary, without reloading them: a tab that has the guard
 * script is told the new state; a work tab without it gets the CSS and script injected.
 */
export async function applyToOpenTabs(guardFor: (url: string, tabId: number) => PageGuard): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url) return;
      const guard = guardFor(tab.url, tab.id);
      try {
        await applyToTab(tab.id, guard);
      } catch (error) {
        // A tab that navigated or closed meanwhile is not an error worth stopping the others for.
        console.debug('Hearth could not update tab', tab.id, error);
      }
    }),
  );
}

async function applyToTab(tabId: number, guard: PageGuard): Promise<void> {
  // A page in grace gets no CSS yet: nothing may dim it until its call ends.
  if (isGuardingMode(guard.mode)) {
    await browser.scripting.insertCSS({ target: { tabId }, files: [GUARD_CSS[guard.mode]] });
  }
  const message: HearthMessage = { type: 'guard:apply', guard };
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch {
    // No guard script in this tab yet. Only a page that must now be guarded gets one.
    if (guard.mode !== 'off') await browser.scripting.executeScript({ target: { tabId }, files: [GUARD_SCRIPT_FILE] });
  }
}
