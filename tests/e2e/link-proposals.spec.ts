import { test, expect, type Page } from '@playwright/test';
import { agreeAsCouple, launchCouple, openPopup, pairThroughUi } from '../support/link-pair';
import { startRelay, type RelayProcess } from '../support/relay-process';
import { startTestSites, type TestSites } from '../support/test-sites';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';
import { storedRevisions, rootFilter } from '../support/hearth-pages';
import { notifications, watchNotifications } from '../support/notifications';
import type { Hearth } from '../support/launch-hearth';


let relay: RelayProcess;
let sites: TestSites;
test.beforeEach(async () => {
  [relay, sites] = await Promise.all([startRelay({ engine: 'sqlite' }), startTestSites()]);
});
test.afterEach(async () => {
  await Promise.all([relay.stop(), sites.close()]);
});

const latest = async (hearth: Hearth) => (await storedRevisions(hearth)).at(-1)!;

/**
 * Alex (A) and Sam (B) hold the same agreement — no zone, no ritual, so nothing depends on the
 * hour — and link through the real relay. Each keeps its options page open (the live socket).
 */
async function linkedCouple() {
  const couple = await launchCouple();
  const agreement = testAgreement();
  await agreeAsCouple(couple.a, couple.b, agreement);
  const { inviter, joiner } = await pairThroughUi(couple.a, couple.b, relay.url);
  await Promise.all([watchNotifications(couple.a), watchNotifications(couple.b)]);
  return { couple, agreement, alex: inviter, sam: joiner };
}

/** Proposes from a Hearth page through `agreement:save`, as the editor and the review page do. */
async function propose(page: Page, hearth: Hearth, agreement: unknown, note?: string) {
  const basedOn = (await latest(hearth)).id;
  return page.evaluate((message) => chrome.runtime.sendMessage(message), { type: 'agreement:save', agreement, basedOn, ...(note ? { note } : {}) });
}

const proposalsOf = (page: Page, from: string) => page.getByRole('region', { name: from });

/** A zone in force from two minutes ago for an hour, dimming the test work site. */
const zoneNow = (label: string) => {
  const now = floorToMinute(Date.now());
  return zoneBetween(now - 2 * minute, now + 60 * minute, { id: 'dinner', label });
};

async function workPageDims(hearth: Hearth) {
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  await expect.poll(() => rootFilter(page), { timeout: 15_000 }).toContain('grayscale');
  await page.close();
}

test('a proposal reaches the partner as a notification, and once accepted both browsers guard by it', async () => {
  const { couple, agreement, alex, sam } = await linkedCouple();
  try {
    const label = 'Dinner together';
    const reply = await propose(alex, couple.a, { ...agreement, zones: [zoneNow(label)] }, 'We keep missing dinner');
    expect(reply).toEqual({ ok: true, outcome: 'proposed' });
    await expect(proposalsOf(alex, 'Yours')).toContainText(`New zone: ${label}`);
    await expect(proposalsOf(alex, 'Yours')).toContainText('Waiting for Sam to answer.');

    // Nothing is in force until Sam accepts: Alex's work page stays as it was.
    const before = await couple.a.context.newPage();
    await before.goto(sites.workUrl());
    expect(await rootFilter(before)).toBe('none');
    await before.close();
    expect((await storedRevisions(couple.a)).length).toBe(1);

    await expect
      .poll(async () => (await notifications(couple.b)).filter((shown) => shown.id.startsWith('hearth-proposal-')), { timeout: 20_000 })
      .toEqual([expect.objectContaining({ title: 'Alex proposes a change to your agreement', message: expect.stringContaining(`New zone: ${label}`) })]);
    // The popup says so too, with the change in words.
    const popup = await openPopup(couple.b);
    const card = popup.getByRole('region', { name: 'Proposals for you' });
    await expect(card).toContainText(`New zone: ${label}`);
    await expect(card).toContainText('Why: We keep missing dinner');
    await popup.close();

    const theirs = proposalsOf(sam, 'From Alex');
    await expect(theirs).toContainText(`New zone: ${label}`);
    await theirs.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(sam.getByText('No open proposals.')).toBeVisible();

    // Both browsers now guard by the new agreement, and their histories say who and why.
    for (const hearth of [couple.b, couple.a]) {
      await expect.poll(async () => (await latest(hearth)).agreement.zones.map((zone) => zone.label), { timeout: 20_000 }).toEqual([label]);
      expect(await latest(hearth)).toMatchObject({ proposedBy: 'alex', acceptedBy: 'sam', note: 'We keep missing dinner' });
      await workPageDims(hearth);
    }
    await expect(alex.getByText('No open proposals.')).toBeVisible();
    await expect.poll(async () => (await notifications(couple.a)).map((shown) => shown.title)).toContain('Sam accepted your proposal: it is in force now');
    const history = alex.getByRole('region', { name: 'History of the agreement' });
    await expect(history).toContainText('proposed by Alex');
    await expect(history).toContainText('accepted by Sam');
  } finally {
    await couple.close();
  }
});

test('declined with a word: both agreements stay as they were, and the proposer reads the word', async () => {
  const { couple, agreement, alex, sam } = await linkedCouple();
  try {
    // Through the editor: linked, its save button proposes.
    const budget = alex.getByRole('textbox', { name: 'After-hours budget', exact: true });
    await budget.fill('90');
    await alex.getByRole('textbox', { name: /Why this change/ }).fill('Fewer late evenings');
    await alex.getByRole('button', { name: 'Propose to Sam' }).click();
    await expect(alex.getByRole('status').filter({ hasText: 'Proposed to Sam.' })).toBeVisible();
    // The draft is the agreement in force again; the proposal waits in its own section.
    await expect(budget).toHaveValue(String(agreement.budget.weeklyAfterHoursMinutes));

    const theirs = proposalsOf(sam, 'From Alex');
    await expect(theirs).toContainText(/Weekly budget: after hours a week 2 hrs? → 1 hr 30 mins?/, { timeout: 20_000 });
    await theirs.getByRole('textbox', { name: 'A word with your decline (optional)' }).fill('Let’s talk on Sunday');
    await theirs.getByRole('button', { name: 'Decline' }).click();
    await expect(sam.getByText('No open proposals.')).toBeVisible();

    await expect(proposalsOf(alex, 'Yours')).toContainText('Sam declined this: “Let’s talk on Sunday”', { timeout: 20_000 });
    await expect.poll(async () => (await notifications(couple.a)).find((shown) => shown.id.startsWith('hearth-proposal-'))).toMatchObject({
      title: 'Sam declined your proposal',
      message: 'Let’s talk on Sunday',
    });
    for (const hearth of [couple.a, couple.b]) {
      expect((await storedRevisions(hearth)).length).toBe(1);
      expect((await latest(hearth)).agreement.budget.weeklyAfterHoursMinutes).toBe(agreement.budget.weeklyAfterHoursMinutes);
    }
    await proposalsOf(alex, 'Yours').getByRole('button', { name: 'Dismiss' }).click();
    await expect(alex.getByText('No open proposals.')).toBeVisible();
  } finally {
    await couple.close();
  }
});

test('two competing proposals: accepting one makes the other outdated, and it is re-applied on the current agreement in one step', async () => {
  const { couple, agreement, alex, sam } = await linkedCouple();
  try {
    const label = 'Board games';
    const walk = { id: 'sunday-walk', label: 'Sunday walk', recurrence: { kind: 'weekly', days: ['sun'] }, time: '10:00', durationMinutes: 60, reminderMinutes: 0, protected: false };
    expect(await propose(alex, couple.a, { ...agreement, zones: [zoneNow(label)] })).toEqual({ ok: true, outcome: 'proposed' });
    expect(await propose(alex, couple.a, { ...agreement, rituals: [walk] })).toEqual({ ok: true, outcome: 'proposed' });

    const theirs = proposalsOf(sam, 'From Alex');
    await expect(theirs.getByRole('article')).toHaveCount(2, { timeout: 20_000 });
    await theirs.getByRole('article').filter({ hasText: `New zone: ${label}` }).getByRole('button', { name: 'Accept', exact: true }).click();

    // The walk was proposed on the agreement before the zone: outdated on both sides, but clean.
    const walkOnSam = theirs.getByRole('article').filter({ hasText: 'New ritual: Sunday walk' });
    await expect(walkOnSam).toContainText('Outdated: the agreement changed since this was proposed, but not where this changes it.');
    await expect(walkOnSam.getByRole('button', { name: 'Accept', exact: true })).toHaveCount(0);
    const walkOnAlex = proposalsOf(alex, 'Yours').getByRole('article').filter({ hasText: 'New ritual: Sunday walk' });
    await expect(walkOnAlex).toContainText('Outdated', { timeout: 20_000 });

    // Alex re-applies it on the current agreement; Sam sees it fresh and accepts.
    await walkOnAlex.getByRole('button', { name: 'Re-apply on the current agreement' }).click();
    const fresh = theirs.getByRole('article').filter({ hasText: 'New ritual: Sunday walk' });
    await expect(fresh.getByRole('button', { name: 'Accept', exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(theirs.getByRole('article')).toHaveCount(1);
    await fresh.getByRole('button', { name: 'Accept', exact: true }).click();

    for (const hearth of [couple.b, couple.a]) {
      await expect
        .poll(async () => {
          const { agreement: now } = await latest(hearth);
          return { zones: now.zones.map((zone) => zone.label), rituals: now.rituals.map((ritual) => ritual.label) };
        }, { timeout: 20_000 })
        .toEqual({ zones: [label], rituals: ['Sunday walk'] });
      await workPageDims(hearth);
    }
    expect((await latest(couple.a)).agreement).toEqual((await latest(couple.b)).agreement);
  } finally {
    await couple.close();
  }
});
