import type { MessageRouter } from './message-router';

/**
 * Brings the report forward, opening it only when no tab shows it yet: the shortcut pressed twice
 * should not leave two reports. Tabs are filtered by URL prefix here rather than with a `url`
 * match pattern, so each browser's rules for patterns over its own extension scheme do not matter.
 */
export async function openReportTab(weekContaining?: number): Promise<void> {
  const url = browser.runtime.getURL('/report.html');
  const linked = weekContaining === undefined ? url : `${url}#week=${weekContaining}`;
  const open = (await browser.tabs.query({})).find((tab) => tab.url?.startsWith(url));
  if (open?.id === undefined) {
    await browser.tabs.create({ url: linked });
    return;
  }
  // Only the hash changes for a week: the open page follows it without reloading.
  await browser.tabs.update(open.id, { active: true, ...(weekContaining !== undefined && { url: linked }) });
  if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
}

/** The popup asks here rather than opening the tab itself, so one function decides how the report opens. */
export function setupReportTab(router: MessageRouter) {
  router.handle('report:open', () => openReportTab());
}
