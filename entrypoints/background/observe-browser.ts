import type { BrowserObservation } from '@/utils/tracking/browser-observation';

/** Reads what the tracker needs to know from the browser right now: which tab has focus, which are audible. */
export async function observeBrowser(at: number, idle: Pick<BrowserObservation, 'idle' | 'idleSince'>): Promise<BrowserObservation> {
  const [focusedWindow, audibleTabs] = await Promise.all([
    browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined),
    browser.tabs.query({ audible: true }),
  ]);
  let focusedUrl: string | null = null;
  if (focusedWindow?.focused && focusedWindow.id !== undefined) {
    const [tab] = await browser.tabs.query({ active: true, windowId: focusedWindow.id });
    focusedUrl = tab?.url ?? null;
  }
  return {
    at,
    focusedUrl,
    audibleUrls: audibleTabs.flatMap((tab) => (tab.url ? [tab.url] : [])),
    ...idle,
  };
}
