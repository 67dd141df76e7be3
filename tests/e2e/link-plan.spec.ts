import { test, expect } from '@playwright/test';
import { agreeAsCouple, launchCouple, openPopup, pairThroughUi } from '../support/link-pair';
import { startRelay, type RelayProcess } from '../support/relay-process';
import { HOUSEHOLD_ZONE, testAgreement } from '../support/test-agreement';
import { readStore } from '../support/hearth-pages';

let relay: RelayProcess;
test.beforeEach(async () => {
  relay = await startRelay({ engine: 'sqlite' });
});
test.afterEach(async () => {
  await relay.stop();
});

const CRUNCH = { id: 'crunch', name: 'Deadline crunch', trackZones: 'all', pausedRituals: [], cover: 'Sam does the school run.' };

/** Tomorrow in the household's zone: a plan held through it cannot end by itself while the test runs, whatever the hour. */
function householdTomorrow(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: HOUSEHOLD_ZONE }).format(Date.now() + 24 * 60 * 60_000);
}

test('a plan invoked on one browser is told to the other, shows in its popup and report, and ends there by itself', async () => {
  const couple = await launchCouple({ build: 'e2e' });
  try {
    // No zone, no ritual: nothing in it depends on the hour the test runs at.
    const agreement = testAgreement({ contingencyPlans: [CRUNCH] });
    await agreeAsCouple(couple.a, couple.b, agreement);
    await pairThroughUi(couple.a, couple.b, relay.url);

    // B's popup stays open, so B holds the live socket and hears of it at once.
    const popupB = await openPopup(couple.b);
    const partner = popupB.getByRole('region', { name: 'Your partner' });
    await expect(partner).toBeVisible();

    const popupA = await openPopup(couple.a);
    const plans = popupA.getByRole('region', { name: 'Plans for hard weeks' });
    await plans.getByLabel('Plan', { exact: true }).selectOption({ label: 'Deadline crunch' });
    await plans.getByLabel('Holds through').fill(householdTomorrow());
    await plans.getByRole('button', { name: 'Start this plan' }).click();
    await expect(plans.getByRole('status')).toHaveText('The plan holds now.');

    await expect(partner.locator('.partner-plan')).toHaveText(/^Plan: Deadline crunch, until /, { timeout: 10_000 });
    const notifications = () => couple.b.worker.evaluate(() => chrome.notifications.getAll());
    await expect.poll(async () => Object.keys(await notifications())).toEqual([expect.stringMatching(/^hearth-plan-\d+-invoked$/)]);
    // A plan is no override, and the partner learns its name and dates only.
    const settings = await readStore<{ key: string; value: unknown }>(couple.b, 'settings');
    const [stored] = settings.find((row) => row.key === 'plans:partner')!.value as { name: string; invokedAt: number; endsAt: number }[];
    expect(Object.keys(stored!).toSorted()).toEqual(['endsAt', 'invokedAt', 'name']);

    const report = await couple.b.context.newPage();
    await report.goto(`chrome-extension://${couple.b.extensionId}/report.html`);
    await expect(report.getByRole('list', { name: 'Your partner’s plans' })).toContainText('Deadline crunch');

    // Past its end on B's clock, with no message from A: the plan is gone from B's popup.
    await popupB.evaluate((offsetMs) => chrome.runtime.sendMessage({ type: 'test:clock', offsetMs }), stored!.endsAt - Date.now() + 60_000);
    const later = await openPopup(couple.b);
    await expect(later.getByRole('region', { name: 'Your partner' })).toBeVisible();
    await expect(later.locator('.partner-plan')).toHaveCount(0);
  } finally {
    await couple.close();
  }
});
