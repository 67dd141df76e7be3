/// <reference types="chrome" />
import { test, expect } from '../support/hearth-test';
import type { Hearth } from '../support/launch-hearth';
import { openOptions, setAgreement } from '../support/hearth-pages';
import { minute, testAgreement, zoneBetween } from '../support/test-agreement';

/**
 * Web notifications exist only in secure contexts, and the *.hearth.test pages are plain http:
 * there Chrome says "denied" whatever the setting. Chrome counts *.localhost as secure and sends
 * it to the loopback address, where the test sites listen.
 */
const workUrl = (port: number, path = '/') => `http://work.localhost:${port}${path}`;
const otherUrl = (port: number) => `http://news.localhost:${port}/`;
const localAgreement = (zones: unknown[]) => testAgreement({ workSites: [{ pattern: '*://work.localhost/*', category: 'chat', label: 'Team chat' }], zones });

/** What Chrome's content settings say about notifications from `url`, asked from an extension page. */
async function notificationSetting(hearth: Hearth, url: string): Promise<string> {
  const page = await openOptions(hearth);
  const { setting } = await page.evaluate((primaryUrl) => chrome.contentSettings.notifications.get({ primaryUrl }), url);
  await page.close();
  return setting;
}

test('work-site notifications are blocked from the zone start to its end, and the site is back to asking after it', async ({ hearth, sites }) => {
  // A real boundary on each side, reached by the guard's alarm: start at the first whole minute at least 40 s away.
  const start = Math.ceil((Date.now() + 40_000) / minute) * minute;
  const end = start + minute;
  await setAgreement(hearth, localAgreement([zoneBetween(start, end)]));

  const work = await hearth.context.newPage();
  await work.goto(workUrl(sites.port));
  const other = await hearth.context.newPage();
  await other.goto(otherUrl(sites.port));
  expect(await notificationSetting(hearth, workUrl(sites.port))).toBe('ask');
  expect(await work.evaluate(() => Notification.permission)).toBe('default');

  await expect.poll(() => notificationSetting(hearth, workUrl(sites.port)), { timeout: start - Date.now() + 20_000, intervals: [1_000] }).toBe('block');
  expect(Date.now()).toBeGreaterThanOrEqual(start);
  // Every port of the host is covered, and the open page sees it without a reload.
  expect(await notificationSetting(hearth, 'https://work.localhost/inbox')).toBe('block');
  await expect.poll(() => work.evaluate(() => Notification.permission)).toBe('denied');
  expect(await work.evaluate(() => Notification.requestPermission())).toBe('denied');
  // A site that is not work is untouched.
  expect(await notificationSetting(hearth, otherUrl(sites.port))).toBe('ask');
  expect(await other.evaluate(() => Notification.permission)).toBe('default');

  await expect.poll(() => notificationSetting(hearth, workUrl(sites.port)), { timeout: end - Date.now() + 20_000, intervals: [1_000] }).toBe('ask');
  expect(Date.now()).toBeGreaterThanOrEqual(end);
  await expect.poll(() => work.evaluate(() => Notification.permission)).toBe('default');
});

test('turning muting off in the options lifts it during a zone, and turning it on mutes again', async ({ hearth, sites }) => {
  const now = Date.now();
  await setAgreement(hearth, localAgreement([zoneBetween(now - 2 * minute, now + 30 * minute)]));
  await expect.poll(() => notificationSetting(hearth, workUrl(sites.port))).toBe('block');

  const options = await openOptions(hearth);
  const mute = options.getByRole('checkbox', { name: 'Mute notifications from work sites during zones' });
  await expect(mute).toBeChecked();
  await mute.uncheck();
  await options.getByRole('button', { name: 'Save zone settings' }).click();
  await expect(options.locator('form', { has: mute }).getByRole('status')).toHaveText('Zone settings saved.');
  expect(await notificationSetting(hearth, workUrl(sites.port))).toBe('ask');

  await mute.check();
  await options.getByRole('button', { name: 'Save zone settings' }).click();
  await expect.poll(() => notificationSetting(hearth, workUrl(sites.port))).toBe('block');
});
