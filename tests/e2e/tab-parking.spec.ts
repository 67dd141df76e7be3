/// <reference types="chrome" />
import { test, expect } from '../support/hearth-test';
import { launchHearth, type Hearth } from '../support/launch-hearth';
import type { Page } from '@playwright/test';
import { backgroundExtensionPage, openOptions, readStore, sendFromExtensionPage, stopWorker } from '../support/hearth-pages';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';
import type { SettingRecord } from '../../utils/db/hearth-db';

interface TabState {
  url: string;
  windowId: number;
  pinned: boolean;
  grouped: boolean;
  group?: { title?: string; collapsed: boolean };
}

/**
 * Every open web tab as the browser sees it, asked from an extension page that stays open (Hearth's
 * worker may be stopped). Opening and closing a page per question would change which tab is active.
 */
async function webTabs(page: Page): Promise<TabState[]> {
  const tabs = await page.evaluate(async () => {
    const all = await chrome.tabs.query({});
    return Promise.all(
      all
        .filter((tab) => tab.url?.startsWith('http'))
        .map(async (tab) => {
          const group = tab.groupId === -1 ? undefined : await chrome.tabGroups.get(tab.groupId);
          return {
            url: tab.url!,
            windowId: tab.windowId,
            pinned: tab.pinned,
            grouped: tab.groupId !== -1,
            ...(group && { group: { title: group.title, collapsed: group.collapsed } }),
          };
        }),
    );
  });
  return tabs.sort((a, b) => a.url.localeCompare(b.url));
}

const inZone = () => {
  const now = floorToMinute(Date.now());
  return testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 30 * minute)] });
};
async function agree(page: Page, agreement: unknown): Promise<void> {
  const reply = await page.evaluate((text) => chrome.runtime.sendMessage({ type: 'agreement:import', text }), JSON.stringify(agreement));
  expect(reply).toEqual({ ok: true, outcome: 'saved' });
  expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'identity:set', partnerId: 'alex' }))).toEqual({ ok: true });
}

const parkedRecord = async (hearth: Hearth) => (await readStore<SettingRecord>(hearth, 'settings')).find((row) => row.key === 'comforts:parked');

test('"group and collapse" puts work tabs in a collapsed "Parked by Hearth" group at zone start and dissolves it at zone end', async ({ hearth, sites }) => {
  const options = await openOptions(hearth);
  await options.getByRole('radio', { name: 'Group and collapse them' }).check();
  await options.getByRole('button', { name: 'Save zone settings' }).click();
  await expect(options.getByText('Zone settings saved.')).toBeVisible();
  await options.close();

  // One extension page for all messages: a page opened per message can land in the newest window
  // and, closing again, change which tab is active there.
  const messenger = await backgroundExtensionPage(hearth);
  const work = [await hearth.context.newPage(), await hearth.context.newPage()];
  await work[0]!.goto(sites.workUrl('/a'));
  await work[1]!.goto(sites.workUrl('/b'));
  await work[0]!.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const other = await hearth.context.newPage();
  await other.goto(sites.otherUrl());
  // A second window holding nothing but a work tab: a group cannot collapse over the active tab.
  const soloWindow = await hearth.worker.evaluate((url) => chrome.windows.create({ url }).then((window) => window!.id!), sites.workUrl('/solo'));

  await agree(messenger, inZone());
  const parked = { title: 'Parked by Hearth', collapsed: true };
  await expect
    .poll(() => webTabs(messenger))
    .toEqual([
      expect.objectContaining({ url: sites.otherUrl(), grouped: false }),
      expect.objectContaining({ url: sites.workUrl('/a'), group: parked }),
      expect.objectContaining({ url: sites.workUrl('/b'), group: parked }),
      expect.objectContaining({ url: sites.workUrl('/solo'), windowId: soloWindow, group: parked }),
    ]);
  // That window got a new tab page first, in front, and the work tab is collapsed beside it.
  const soloTabs = await hearth.worker.evaluate((windowId) => chrome.tabs.query({ windowId }), soloWindow);
  expect(soloTabs.filter((tab) => tab.active).map((tab) => tab.groupId)).toEqual([-1]);
  expect(soloTabs).toHaveLength(2);

  // A later refresh in the same zone (here: another agreement change) does not park again or twice.
  await agree(messenger, inZone());
  expect(await hearth.worker.evaluate(() => chrome.tabGroups.query({}))).toHaveLength(2);

  // The person takes one tab out of Hearth's group into a group of their own: that is theirs now.
  await hearth.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url: `${url}*` });
    await chrome.tabGroups.update(await chrome.tabs.group({ tabIds: tab!.id! }), { title: 'Mine' });
  }, sites.workUrl('/b'));

  await agree(messenger, testAgreement());
  await expect
    .poll(() => webTabs(messenger))
    .toEqual([
      expect.objectContaining({ url: sites.otherUrl(), grouped: false }),
      expect.objectContaining({ url: sites.workUrl('/a'), grouped: false }),
      expect.objectContaining({ url: sites.workUrl('/b'), group: { title: 'Mine', collapsed: false } }),
      expect.objectContaining({ url: sites.workUrl('/solo'), grouped: false }),
    ]);
  expect((await hearth.worker.evaluate(() => chrome.tabGroups.query({}))).map((group) => group.title)).toEqual(['Mine']);
  expect(await parkedRecord(hearth)).toBeUndefined();
  // Grouping moved the tabs without reloading them.
  expect(await work[0]!.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test('"save and close" closes work tabs at zone start and reopens them, pinned as they were, after the worker was stopped', async ({ hearth, sites }) => {
  await sendFromExtensionPage(hearth, { type: 'comforts:settings', settings: { muteNotifications: true, parkTabs: 'close' } });
  const messenger = await backgroundExtensionPage(hearth);
  const a = await hearth.context.newPage();
  await a.goto(sites.workUrl('/a'));
  const b = await hearth.context.newPage();
  await b.goto(sites.workUrl('/b'));
  await hearth.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url: `${url}*` });
    await chrome.tabs.update(tab!.id!, { pinned: true });
  }, sites.workUrl('/a'));
  const other = await hearth.context.newPage();
  await other.goto(sites.otherUrl());

  await agree(messenger, inZone());
  await expect.poll(async () => (await webTabs(messenger)).map((tab) => tab.url)).toEqual([sites.otherUrl()]);
  const record = await parkedRecord(hearth);
  expect(record?.value).toEqual({
    kind: 'close',
    tabs: expect.arrayContaining([
      expect.objectContaining({ url: sites.workUrl('/a'), title: 'Work', pinned: true }),
      expect.objectContaining({ url: sites.workUrl('/b'), title: 'Work', pinned: false }),
    ]),
  });

  await (await stopWorker(hearth)).close();

  // The zone ends (the agreement no longer has it); a fresh worker finds the saved tabs and reopens them.
  await agree(messenger, testAgreement());
  await expect
    .poll(() => webTabs(messenger))
    .toEqual([
      expect.objectContaining({ url: sites.otherUrl(), pinned: false }),
      expect.objectContaining({ url: sites.workUrl('/a'), pinned: true }),
      expect.objectContaining({ url: sites.workUrl('/b'), pinned: false }),
    ]);
  expect(await parkedRecord(hearth)).toBeUndefined();
});

test('tabs saved and closed in a zone come back after the browser was quit and relaunched during it', async ({ hearth, profileDir, sites }) => {
  await sendFromExtensionPage(hearth, { type: 'comforts:settings', settings: { muteNotifications: true, parkTabs: 'close' } });
  const messenger = await backgroundExtensionPage(hearth);
  const work = await hearth.context.newPage();
  await work.goto(sites.workUrl('/report'));
  await agree(messenger, inZone());
  await expect.poll(async () => (await webTabs(messenger)).map((tab) => tab.url)).toEqual([]);
  await hearth.context.close();

  const relaunched = await launchHearth(profileDir, { installed: true });
  try {
    const again = await backgroundExtensionPage(relaunched);
    expect((await webTabs(again)).map((tab) => tab.url)).toEqual([]);
    await agree(again, testAgreement());
    await expect.poll(async () => (await webTabs(again)).map((tab) => tab.url)).toEqual([sites.workUrl('/report')]);
    expect(await parkedRecord(relaunched)).toBeUndefined();
  } finally {
    await relaunched.context.close();
  }
});
