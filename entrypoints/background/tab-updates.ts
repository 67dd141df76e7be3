type TabUpdateListener = Parameters<typeof browser.tabs.onUpdated.addListener>[0];

/**
 * `tabs.onUpdated` for the listed properties only. Firefox takes the filter and then neither wakes the
 * background nor calls it for anything else (titles, favicons, loading status: several per page
 * load); Chromium's event has no filter argument and sends every update, so the listener still
 * checks what changed itself.
 */
export function onTabUpdated(properties: ('url' | 'audible')[], listener: TabUpdateListener): void {
  if (import.meta.env.FIREFOX) (browser.tabs.onUpdated.addListener as (listener: TabUpdateListener, filter: { properties: string[] }) => void)(listener, { properties });
  else browser.tabs.onUpdated.addListener(listener);
}
