/** The slice of Chrome's `contentSettings.notifications` Hearth uses; Firefox has no such API. */
interface NotificationSetting {
  set(details: { primaryPattern: string; setting: 'block' }): Promise<void>;
  clear(details: Record<string, never>): Promise<void>;
}

export const notificationSetting = (): NotificationSetting | undefined =>
  (browser as unknown as { contentSettings?: { notifications?: NotificationSetting } }).contentSettings?.notifications;

/** In session storage: it survives a stopped worker, and a browser start re-applies once to heal. */
const MUTED_KEY = 'comforts:mutedPatterns';

/**
 * Makes Hearth's notification rules exactly `patterns`. `clear` removes only the rules this
 * extension set, so the person's own per-site choices come back by themselves when a zone ends
 * (https://developer.chrome.com/docs/extensions/reference/api/contentSettings#method-ContentSetting-clear).
 * Only what was last applied is remembered, and it is written after the rules, so a worker
 * stopped half-way finds a mismatch and applies again.
 */
export async function applyNotificationMute(patterns: readonly string[]): Promise<void> {
  const notifications = notificationSetting();
  if (!notifications) return;
  const key = JSON.stringify(patterns);
  const { [MUTED_KEY]: applied } = await browser.storage.session.get(MUTED_KEY);
  if (applied === key) return;
  await notifications.clear({});
  for (const primaryPattern of patterns) await notifications.set({ primaryPattern, setting: 'block' });
  await browser.storage.session.set({ [MUTED_KEY]: key });
}
