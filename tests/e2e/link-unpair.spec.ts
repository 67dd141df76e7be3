import { test, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { countConnections } from '../support/connection-counter';
import { readStore, sendFromExtensionPage, setAgreement, stopWorker } from '../support/hearth-pages';
import { notifications, watchNotifications } from '../support/notifications';
import { launchHearth, type Hearth } from '../support/launch-hearth';
import { agreeAsCouple, launchCouple, linkedRoom, openLinkSection, openPopup, pairThroughUi } from '../support/link-pair';
import { startRelay, type RelayProcess } from '../support/relay-process';
import { testAgreement } from '../support/test-agreement';

let relay: RelayProcess;
test.beforeEach(async () => {
  relay = await startRelay({ engine: 'sqlite' });
});
test.afterEach(async () => {
  await relay.stop();
});

const roomsOnRelay = () => {
  const db = new Database(relay.dbPath!, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM rooms').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** Both agree with no zone and no ritual and link; then B's browser closes, so only A hears what follows. */
async function linkedWhileBGoesAway(couple: Awaited<ReturnType<typeof launchCouple>>): Promise<Page> {
  await agreeAsCouple(couple.a, couple.b, testAgreement());
  const { inviter } = await pairThroughUi(couple.a, couple.b, relay.url);
  await couple.b.context.close();
  return inviter;
}

/** Unpairs from an open link section, as a person does: the button, the confirmation, then the way to link again. */
async function unpairOn(page: Page) {
  await page.getByRole('button', { name: 'Unpair' }).click();
  await page.getByRole('button', { name: 'Yes, unpair' }).click();
  await expect(page.getByRole('button', { name: 'Invite my partner' })).toBeVisible();
}

/** Every request any page or the worker of this browser makes, except to Hearth's own pages. */
function watchRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith('chrome-extension://')) seen.push(request.url());
  });
  return seen;
}

/** Exercises everything that would talk to a relay if it were linked: pages, a guard refresh, a thank-you. */
async function useHearth(hearth: Hearth, agreement: ReturnType<typeof testAgreement>) {
  await setAgreement(hearth, agreement, agreement.partners[0].id);
  const popup = await openPopup(hearth);
  await expect(popup.getByRole('region', { name: 'Your partner' })).toContainText('Not linked yet');
  await openLinkSection(hearth);
  await popup.waitForTimeout(3_000);
}

test('unpairing on one side clears both browsers and deletes the room on the relay; afterwards no request at all', async () => {
  const couple = await launchCouple();
  try {
    const agreement = testAgreement();
    await agreeAsCouple(couple.a, couple.b, agreement);
    const { inviter, joiner } = await pairThroughUi(couple.a, couple.b, relay.url);
    const popupB = await openPopup(couple.b);
    await expect(popupB.getByRole('region', { name: 'Your partner' })).not.toContainText('Not linked yet');
    expect(roomsOnRelay()).toBe(1);

    await unpairOn(inviter);
    // B was online: it heard `gone` and forgot the link at once.
    await expect(joiner.getByRole('button', { name: 'Invite my partner' })).toBeVisible();
    await expect(popupB.getByRole('region', { name: 'Your partner' })).toContainText('Not linked yet');
    expect(roomsOnRelay()).toBe(0);
    for (const hearth of [couple.a, couple.b]) {
      expect(await linkedRoom(hearth)).toBeNull();
      expect(await readStore(hearth, 'outbox')).toEqual([]);
      expect(await readStore(hearth, 'thanks')).toEqual([]);
    }

    // Where the relay was, a bare listener now counts any connection at all.
    const { port } = relay;
    await relay.stop();
    const listener = await countConnections(port);
    try {
      const requests = [...[couple.a, couple.b].map((hearth) => watchRequests(hearth.context))];
      await useHearth(couple.a, agreement);
      await useHearth(couple.b, agreement);
      expect(requests.flat()).toEqual([]);
      expect(listener.count()).toBe(0);
    } finally {
      await listener.close();
      relay = await startRelay({ engine: 'sqlite' });
    }
  } finally {
    await couple.close();
  }
});

test("unpairing takes away the notification of a proposal that can no longer be answered", async () => {
  const couple = await launchCouple();
  try {
    const agreement = testAgreement();
    await agreeAsCouple(couple.a, couple.b, agreement);
    const { inviter } = await pairThroughUi(couple.a, couple.b, relay.url);
    await watchNotifications(couple.b);
    const reply = await sendFromExtensionPage(couple.a, { type: 'agreement:import', text: JSON.stringify({ ...agreement, budget: { weeklyAfterHoursMinutes: 240 } }) });
    expect(reply).toEqual({ ok: true, outcome: 'proposed' });
    const proposalNotes = async () => (await notifications(couple.b)).filter((shown) => shown.id.startsWith('hearth-proposal-'));
    await expect.poll(proposalNotes, { timeout: 20_000 }).toHaveLength(1);

    await unpairOn(inviter);
    // B forgot the proposal with the link: a notification left behind would open an empty list.
    await expect.poll(async () => (await readStore(couple.b, 'proposals')).length, { timeout: 10_000 }).toBe(0);
    await expect.poll(proposalNotes, { timeout: 5_000 }).toEqual([]);
  } finally {
    await couple.close();
  }
});

test('a partner who was offline when the other unpaired shows "not linked" on its next catch-up', async () => {
  const couple = await launchCouple();
  try {
    const inviter = await linkedWhileBGoesAway(couple);
    await unpairOn(inviter);
    expect(roomsOnRelay()).toBe(0);

    couple.b = await launchHearth(couple.dirs.b);
    // Its worker catches up as it starts: the relay answers `denied` for the deleted room.
    await expect.poll(() => linkedRoom(couple.b), { timeout: 20_000 }).toBeNull();
    const popupB = await openPopup(couple.b);
    await expect(popupB.getByRole('region', { name: 'Your partner' })).toContainText('Not linked yet');
  } finally {
    await couple.close();
  }
});

test('a Hearth that was never linked makes no request at all', async () => {
  const listener = await countConnections();
  const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-unlinked-')));
  try {
    const requests = watchRequests(hearth.context);
    const options = await openLinkSection(hearth);
    await options.getByRole('textbox', { name: 'Relay address' }).fill(`ws://127.0.0.1:${listener.port}/v1`);
    await options.getByRole('button', { name: 'Save address' }).click();
    await useHearth(hearth, testAgreement());
    expect(requests).toEqual([]);
    expect(listener.count()).toBe(0);
  } finally {
    await hearth.context.close();
    await listener.close();
  }
});

test('an unpair the relay could not hear deletes the room once the relay is back, then stops asking', async () => {
  const couple = await launchCouple();
  try {
    const inviter = await linkedWhileBGoesAway(couple);
    const { port, dbPath } = relay;
    await relay.stop();

    await unpairOn(inviter);
    expect(await linkedRoom(couple.a)).toBeNull();
    const alarm = () => couple.a.worker.evaluate(() => chrome.alarms.get('hearth-link-delete-room'));
    const pending = async () => (await readStore<{ key: string; value: { room: string; since?: number } }>(couple.a, 'settings')).find((record) => record.key === 'link:pendingDelete');
    expect((await alarm())?.periodInMinutes).toBe(1);
    // Kept with when it began, so the tries slow down after an hour and stop after 30 days (pending-delete.test.ts).
    expect((await pending())?.value.since).toEqual(expect.any(Number));

    relay = await startRelay({ engine: 'sqlite', dbPath, env: { PORT: String(port) } });
    expect(roomsOnRelay()).toBe(1);
    // The next try is due within the minute: bring it forward, so the real alarm reaches the real listener now.
    await couple.a.worker.evaluate(() => chrome.alarms.create('hearth-link-delete-room', { when: Date.now() + 100, periodInMinutes: 1 }));
    await expect.poll(roomsOnRelay, { timeout: 20_000 }).toBe(0);
    await expect.poll(alarm, { timeout: 10_000 }).toBeUndefined();
    expect(await pending()).toBeUndefined();
  } finally {
    await couple.close();
  }
});

test('a room still waiting to be deleted is tried again after an update of Hearth forgot its alarm', async () => {
  const couple = await launchCouple();
  try {
    const inviter = await linkedWhileBGoesAway(couple);
    const { port, dbPath } = relay;
    await relay.stop();
    await unpairOn(inviter);
    const extensionPage = await openLinkSection(couple.a);
    const alarm = () => extensionPage.evaluate(() => chrome.alarms.get('hearth-link-delete-room').then((found) => found?.periodInMinutes ?? null));
    expect(await alarm()).toBe(1);

    // An update clears an extension's alarms and restarts its worker (Firefox forgets alarms at every restart).
    await extensionPage.evaluate(() => chrome.alarms.clearAll());
    await (await stopWorker(couple.a)).close();
    await openPopup(couple.a);
    await expect.poll(alarm, { timeout: 10_000 }).toBe(1);

    relay = await startRelay({ engine: 'sqlite', dbPath, env: { PORT: String(port) } });
    expect(roomsOnRelay()).toBe(1);
    await extensionPage.evaluate(() => chrome.alarms.create('hearth-link-delete-room', { when: Date.now() + 100, periodInMinutes: 1 }));
    await expect.poll(roomsOnRelay, { timeout: 20_000 }).toBe(0);
  } finally {
    await couple.close();
  }
});
