import { onTabUpdated } from './tab-updates';

/**
 * Follows a tab's URL as it changes without a new document (history.pushState, replaceState,
 * popstate, a new hash): a path-limited work site (`docs.google.com/document/*`) is entered and left
 * that way, and no registered content script runs then. `tabs.onUpdated` reports those URL changes
 * under the `tabs` permission Hearth already has, in Chromium and Firefox, so no webNavigation
 * permission is asked for. A new document is left to the registration; re-checking it as well is harmless.
 */
export function followInPageNavigation(onUrlChange: (tabId: number, url: string) => Promise<void>): void {
  onTabUpdated(['url'], (tabId, change) => {
    if (change.url) void onUrlChange(tabId, change.url).catch((error) => console.error("Hearth could not follow a tab's navigation", error));
  });
}
