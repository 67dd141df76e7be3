import type { PageGuard } from '@/utils/guard/page-guard';
import type { HearthMessage } from '@/utils/messages';
import { GUARD_SCRIPT_FILE } from '@/utils/guard/guard-scripts';

/**
 * Brings already-open tabs in line at a boundary, without reloading them: the guard script in a tab
 * (in every frame that has one) is asked to say hello again, and the hello puts its document in line
 * (background/guard.ts); a work tab without the script gets it injected.
 */
export async function applyToOpenTabs(guardFor: (url: string, tabId: number) => PageGuard): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url) return;
      await applyToTab(tab.id, guardFor(tab.url, tab.id));
    }),
  );
}

export async function applyToTab(tabId: number, guard: PageGuard): Promise<void> {
  const message: HearthMessage = { type: 'guard:recheck' };
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch {
    // No guard script in this tab yet. Only a page that must now be guarded gets one.
    if (guard.mode === 'off') return;
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [GUARD_SCRIPT_FILE] });
    } catch (error) {
      // A tab that navigated or closed meanwhile is not an error worth stopping the others for.
      console.debug('Hearth could not guard tab', tabId, error);
    }
  }
}
