import { test, expect } from '@playwright/test';
import { launchHearth } from '../support/launch-hearth';
import { agreeAfterLinking, agreeAsCouple, launchCouple, openLinkSection, openPopup, pairThroughUi, shareEverything } from '../support/link-pair';
import { startRelay, type RelayProcess } from '../support/relay-process';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';
import { readStore, sendFromExtensionPage, stopWorker } from '../support/hearth-pages';

let relay: RelayProcess;
test.beforeEach(async () => {
  relay = await startRelay({ engine: 'sqlite' });
});
test.afterEach(async () => {
  await relay.stop();
});

/**
 * Both browsers agree on an agreement with no zone and no ritual (nothing in it depends on the
 * hour the test runs at), pair through the UI and share every kind.
 */
async function linkSharingEverything(couple: Awaited<ReturnType<typeof launchCouple>>) {
  const agreement = testAgreement();
  await agreeAsCouple(couple.a, couple.b, agreement);
  const { inviter, joiner } = await pairThroughUi(couple.a, couple.b, relay.url);
  await shareEverything(inviter);
  await shareEverything(joiner);
  return agreement;
}

test("a zone starting on one browser shows on the other's open popup within 2 s", async () => {
  const couple = await launchCouple();
  try {
    const agreement = await linkSharingEverything(couple);

    const popup = await openPopup(couple.b);
    const partner = popup.getByRole('region', { name: 'Your partner' });
    await expect(partner).toBeVisible();

    const now = floorToMinute(Date.now());
    const label = `Pancakes ${Math.random().toString(36).slice(2, 8)}`;
    // Linked, the zone is agreed by both: it starts on A's browser once B's acceptance reaches it.
    await agreeAfterLinking(couple.a, couple.b, { ...agreement, zones: [zoneBetween(now - 2 * minute, now + 60 * minute, { label })] });
    await expect(partner).toContainText(label, { timeout: 2_000 });
  } finally {
    await couple.close();
  }
});

test('an offline partner catches up on reconnect: the thank-you arrives as a notification and the status is there', async () => {
  const couple = await launchCouple();
  try {
    const agreement = await linkSharingEverything(couple);
    // The zone is agreed while both are there (an agreement changes only with both); then B goes away.
    const now = floorToMinute(Date.now());
    const label = `Board games ${Math.random().toString(36).slice(2, 8)}`;
    await agreeAfterLinking(couple.a, couple.b, { ...agreement, zones: [zoneBetween(now - 2 * minute, now + 60 * minute, { label })] });
    await couple.b.context.close();

    // While B is away, A's status changes (a new note) and A sends a thank-you from the popup.
    const popupA = await openPopup(couple.a);
    await popupA.getByRole('textbox', { name: 'Status note' }).fill('Out with the kids');
    await popupA.getByRole('button', { name: 'Save note' }).click();
    await popupA.getByRole('textbox', { name: /thank-you/i }).fill('Thank you for the soup');
    await popupA.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(popupA.getByRole('status').filter({ hasText: /sent|on its way/i })).toBeVisible();

    couple.b = await launchHearth(couple.dirs.b);
    await expect
      .poll(async () => Object.keys(await couple.b.worker.evaluate(() => chrome.notifications.getAll())), { timeout: 20_000 })
      .toEqual([expect.stringMatching(/^hearth-thanks-/)]);
    const popupB = await openPopup(couple.b);
    await expect(popupB.getByRole('region', { name: 'Your partner' })).toContainText(label);
    await expect(popupB.getByRole('region', { name: 'Your partner' })).toContainText('Out with the kids');

    // Kept for the weekly report, and deletable.
    const report = await couple.b.context.newPage();
    await report.goto(`chrome-extension://${couple.b.extensionId}/report.html`);
    await expect(report.getByRole('region', { name: 'Thank-yous this week' })).toContainText('Thank you for the soup');
    const options = await openLinkSection(couple.b);
    await options.getByRole('button', { name: 'Delete the thank-you “Thank you for the soup”' }).click();
    await expect(options.getByText('Thank you for the soup')).toHaveCount(0);
    expect(await readStore(couple.b, 'thanks')).toEqual([]);
  } finally {
    await couple.close();
  }
});

test('what I stop sharing, or pause, I no longer read from my partner, even while their browser is away', async () => {
  const couple = await launchCouple();
  try {
    await linkSharingEverything(couple);
    const popupA = await openPopup(couple.a);
    await popupA.getByRole('textbox', { name: 'Status note' }).fill('Out with the kids');
    await popupA.getByRole('button', { name: 'Save note' }).click();
    const popupB = await openPopup(couple.b);
    const partner = popupB.getByRole('region', { name: 'Your partner' });
    await expect(partner).toContainText('Out with the kids', { timeout: 20_000 });
    // A goes away: nothing new comes from A, so only B's own choices can change what B reads.
    await couple.a.context.close();

    const options = await openLinkSection(couple.b);
    await options.getByRole('checkbox', { name: 'My status note' }).uncheck();
    await options.getByRole('button', { name: 'Save sharing' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Sharing saved' })).toBeVisible();
    await expect(partner).not.toContainText('Out with the kids', { timeout: 5_000 });
    await expect(partner).toContainText('Away from work sites');

    await options.getByRole('button', { name: 'Pause sharing' }).click();
    await expect(partner).toContainText('Sharing is paused.', { timeout: 5_000 });
    await expect(partner).not.toContainText('Away from work sites');
  } finally {
    await couple.close();
  }
});

test('what the partner starts sharing back shows at once: their browser publishes again when my choices arrive', async () => {
  const couple = await launchCouple();
  try {
    await agreeAsCouple(couple.a, couple.b, testAgreement());
    const { inviter, joiner } = await pairThroughUi(couple.a, couple.b, relay.url);
    // A shares everything and writes a note; nothing of it flows while B shares nothing.
    await shareEverything(inviter);
    const popupA = await openPopup(couple.a);
    await popupA.getByRole('textbox', { name: 'Status note' }).fill('Out with the kids');
    await popupA.getByRole('button', { name: 'Save note' }).click();
    const popupB = await openPopup(couple.b);
    const partner = popupB.getByRole('region', { name: 'Your partner' });
    await expect(partner).toContainText('State not shared.', { timeout: 20_000 });

    // B shares back: B's status reaches A at once, and A's, now with the note, reaches B as soon.
    await shareEverything(joiner);
    await expect(partner).toContainText('Out with the kids', { timeout: 5_000 });
  } finally {
    await couple.close();
  }
});

test('an open Hearth page keeps the link live when the worker is stopped: a thank-you still arrives at once', async () => {
  const couple = await launchCouple();
  try {
    // B keeps its options page open (the joiner's link section), as a person leaves a tab open.
    await linkSharingEverything(couple);
    const stopped = await stopWorker(couple.b);
    // Nothing but the open page's port starts it again: no alarm is due for minutes.
    await expect.poll(() => stopped.statuses.at(-1), { timeout: 15_000 }).toBe('running');
    await stopped.close();

    expect(await sendFromExtensionPage(couple.a, { type: 'link:thanks', text: 'Thank you for the walk' })).toMatchObject({ ok: true });
    await expect
      .poll(async () => Object.keys(await couple.b.worker.evaluate(() => chrome.notifications.getAll())), { timeout: 15_000 })
      .toEqual([expect.stringMatching(/^hearth-thanks-/)]);
    // The options page B left open lists it too, without a reload, once B looks at it.
    const options = couple.b.context.pages().find((page) => page.url().includes('/options.html'))!;
    await options.bringToFront();
    await expect(options.getByRole('region', { name: 'Thank-yous from your partner' })).toContainText('Thank you for the walk');
  } finally {
    await couple.close();
  }
});

test('when the relay goes away the open options page says so, and "Try again" reaches it at once when it is back', async () => {
  const couple = await launchCouple();
  try {
    await linkSharingEverything(couple);
    const options = await openLinkSection(couple.a);
    await expect(options.getByTestId('link-state')).toBeVisible();
    const { port, dbPath } = relay;
    await relay.stop();
    // The live socket closes; the first try to open it again, 5 s later, finds no relay.
    const problem = options.getByRole('alert').filter({ hasText: /relay/i });
    await expect(problem).toBeVisible({ timeout: 15_000 });
    await options.getByRole('button', { name: 'Try again' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Tried again just now, with the same result' })).toBeVisible();

    relay = await startRelay({ engine: 'sqlite', dbPath, env: { PORT: String(port) } });
    await options.getByRole('button', { name: 'Try again' }).click();
    // Hearth's own next try comes 7.5 s or more after its first failed one: this is the button's.
    await expect(problem).toHaveCount(0, { timeout: 4_000 });
    await expect(options.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  } finally {
    await couple.close();
  }
});

