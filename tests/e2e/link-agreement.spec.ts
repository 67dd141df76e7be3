import { test, expect } from '@playwright/test';
import { launchCouple, openPopup, pairThroughUi } from '../support/link-pair';
import { readStore, setAgreement, storedRevisions } from '../support/hearth-pages';
import { startRelay, type RelayProcess } from '../support/relay-process';
import { testAgreement } from '../support/test-agreement';
import { expectNoAxeViolations } from '../support/axe';

let relay: RelayProcess;
test.beforeEach(async () => {
  relay = await startRelay({ engine: 'sqlite' });
});
test.afterEach(async () => {
  await relay.stop();
});

interface Setting {
  key: string;
  value: unknown;
}
const setting = async (hearth: Parameters<typeof readStore>[0], key: string) => (await readStore<Setting>(hearth, 'settings')).find((row) => row.key === key)?.value;

test("a partner who set nothing up takes the other's agreement in one step, and is then the other partner of it", async () => {
  const couple = await launchCouple();
  try {
    const agreement = testAgreement();
    await setAgreement(couple.a, agreement, 'alex');
    const { inviter, joiner } = await pairThroughUi(couple.a, couple.b, relay.url);

    // Alex's browser tells its agreement over the link; Sam's options page offers it as it arrives.
    const card = joiner.getByRole('region', { name: "Alex's agreement is here" });
    await expect(card).toBeVisible({ timeout: 30_000 });
    await expect(card).toContainText("This browser is then Sam's, since the agreement came from Alex's.");
    await card.getByRole('button', { name: "Take Alex's agreement" }).click();
    await expect(joiner.getByRole('status').filter({ hasText: "Done: this browser holds Alex's agreement and is Sam's." })).toBeVisible();
    await expect(card).toHaveCount(0);

    const [taken] = await storedRevisions(couple.b);
    expect(taken).toMatchObject({ source: 'partner', agreement: (await storedRevisions(couple.a))[0]!.agreement });
    expect(await setting(couple.b, 'identity')).toEqual({ partnerId: 'sam' });
    await expect(joiner.getByRole('region', { name: 'History of the agreement' })).toContainText("taken from your partner's browser");

    // Sam's browser tells back the agreement it now holds: Alex's page has nothing to offer.
    await expect.poll(async () => ((await setting(couple.a, 'partnerAgreement')) as { senderId?: string } | undefined)?.senderId, { timeout: 30_000 }).toBe('sam');
    await inviter.reload();
    await expect(inviter.getByRole('heading', { name: 'The agreement in force' })).toBeVisible();
    await expect(inviter.locator('#partner-agreement')).toHaveCount(0);
  } finally {
    await couple.close();
  }
});

test("with no agreement of its own, the linked browser's popup offers the partner's and takes it in one step", async () => {
  const couple = await launchCouple();
  try {
    await setAgreement(couple.a, testAgreement(), 'alex');
    await pairThroughUi(couple.a, couple.b, relay.url);

    // The popup asks again each time it opens; the agreement comes over the link shortly after pairing.
    const popup = await openPopup(couple.b);
    const offer = popup.getByRole('region', { name: "Alex's agreement is here" });
    await expect(async () => {
      await popup.reload();
      await expect(offer).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000, intervals: [1_000] });
    await expect(offer).toHaveAccessibleDescription(/This browser is then Sam's, since the agreement came from Alex's\.$/);
    await expectNoAxeViolations(popup, "the popup offering the partner's agreement");
    await offer.getByRole('button', { name: "Take Alex's agreement" }).click();

    // Then the popup is Sam's, by the agreement just taken.
    await expect(popup.getByRole('region', { name: 'Right now' })).toBeVisible();
    await expect(offer).toHaveCount(0);
    const [taken] = await storedRevisions(couple.b);
    expect(taken).toMatchObject({ source: 'partner', agreement: (await storedRevisions(couple.a))[0]!.agreement });
    expect(await setting(couple.b, 'identity')).toEqual({ partnerId: 'sam' });
  } finally {
    await couple.close();
  }
});

/** Alex's browser and Sam's, linked, holding agreements that differ in the budget; each page offers the other's. */
async function linkedWithDifferentAgreements(couple: Awaited<ReturnType<typeof launchCouple>>) {
  await setAgreement(couple.a, testAgreement({ budget: { weeklyAfterHoursMinutes: 120 } }), 'alex');
  await setAgreement(couple.b, testAgreement({ budget: { weeklyAfterHoursMinutes: 90 } }), 'sam');
  const { inviter, joiner } = await pairThroughUi(couple.a, couple.b, relay.url);
  const onAlex = inviter.getByRole('region', { name: 'Your two browsers hold different agreements' });
  const onSam = joiner.getByRole('region', { name: 'Your two browsers hold different agreements' });
  await expect(onAlex).toContainText("The agreement in Sam's browser is not the one here.", { timeout: 30_000 });
  await expect(onSam).toContainText("The agreement in Alex's browser is not the one here.", { timeout: 30_000 });
  return { joiner, onAlex, onSam };
}

test('browsers holding different agreements each see what taking the other one would change, until one takes it', async () => {
  const couple = await launchCouple();
  try {
    const { joiner, onAlex, onSam } = await linkedWithDifferentAgreements(couple);
    await expect(onSam.getByRole('listitem')).toHaveText(['Weekly budget: after hours a week 1 hr 30 min → 2 hr']);
    await expect(onSam).toContainText('Or Alex takes yours in their browser.');
    await expectNoAxeViolations(joiner, "the options page offering the partner's agreement");

    await onSam.getByRole('button', { name: "Take Alex's agreement" }).click();
    await expect(onSam).toHaveCount(0);
    const revisions = await storedRevisions(couple.b);
    expect(revisions).toHaveLength(2);
    expect(revisions[1]!.agreement).toEqual((await storedRevisions(couple.a))[0]!.agreement);
    // Once Sam's browser has told what it holds now, Alex's offer goes too, without a reload.
    await expect(onAlex).toHaveCount(0, { timeout: 30_000 });
  } finally {
    await couple.close();
  }
});

test("both taking the other's agreement at the same moment swap them; each page then says so, and one more take settles it", async () => {
  const couple = await launchCouple();
  try {
    const { onAlex, onSam } = await linkedWithDifferentAgreements(couple);

    // "The same moment": neither browser hears of the other's take before making its own. The relay
    // is paused (SIGSTOP) while both take, so the order cannot depend on the machine's speed.
    process.kill(relay.pid, 'SIGSTOP');
    try {
      await onAlex.getByRole('button', { name: "Take Sam's agreement" }).click();
      await onSam.getByRole('button', { name: "Take Alex's agreement" }).click();
      await expect.poll(async () => (await storedRevisions(couple.a)).length).toBe(2);
      await expect.poll(async () => (await storedRevisions(couple.b)).length).toBe(2);
    } finally {
      process.kill(relay.pid, 'SIGCONT');
    }
    expect((await storedRevisions(couple.a))[1]!.agreement).toEqual((await storedRevisions(couple.b))[0]!.agreement);
    expect((await storedRevisions(couple.b))[1]!.agreement).toEqual((await storedRevisions(couple.a))[0]!.agreement);

    const swapped = (name: string) => `You and ${name} each took the other's agreement at the same moment, so your browsers swapped them`;
    await expect(onAlex).toContainText(swapped('Sam'), { timeout: 30_000 });
    await expect(onSam).toContainText(swapped('Alex'), { timeout: 30_000 });
    await expect(onSam.getByRole('listitem')).toHaveText(['Weekly budget: after hours a week 2 hr → 1 hr 30 min']);

    await onSam.getByRole('button', { name: "Take Alex's agreement" }).click();
    await expect(onSam).toHaveCount(0);
    await expect(onAlex).toHaveCount(0, { timeout: 30_000 });
    expect((await storedRevisions(couple.b)).at(-1)!.agreement).toEqual((await storedRevisions(couple.a)).at(-1)!.agreement);
  } finally {
    await couple.close();
  }
});
