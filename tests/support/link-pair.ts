/// <reference types="chrome" />
import { expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStore, sendFromExtensionPage, setAgreement } from './hearth-pages';
import { launchHearth, type Hearth, type LaunchOptions } from './launch-hearth';

/** Two people's browsers: each its own profile with Hearth loaded. */
export async function launchCouple(options: LaunchOptions = {}) {
  const dirs = { a: mkdtempSync(join(tmpdir(), 'hearth-a-')), b: mkdtempSync(join(tmpdir(), 'hearth-b-')) };
  const couple = {
    dirs,
    a: await launchHearth(dirs.a, options),
    b: await launchHearth(dirs.b, options),
    /** Closes whichever browsers are open now (a test may have closed and relaunched one). */
    close: async () => void (await Promise.all([couple.a.context.close(), couple.b.context.close()])),
  };
  return couple;
}

/** Both browsers hold the same agreement; A is its first partner, B its second. */
export async function agreeAsCouple(a: Hearth, b: Hearth, agreement: { partners: Array<{ id: string }> }) {
  await setAgreement(a, agreement, agreement.partners[0]!.id);
  await setAgreement(b, agreement, agreement.partners[1]!.id);
}

interface Revision {
  id: number;
  agreement: unknown;
}
const latestOf = async (hearth: Hearth) => (await readStore<Revision>(hearth, 'agreementRevisions')).sort((x, y) => x.id - y.id).at(-1);

/**
 * Linked browsers change the shared agreement only together: `proposer` imports `agreement` (a
 * proposal, nothing in force changes), `accepter` accepts it when it arrives, and this returns once
 * both hold it as their latest revision, guarding by it.
 */
export async function agreeAfterLinking(proposer: Hearth, accepter: Hearth, agreement: unknown) {
  const before = await latestOf(accepter);
  const reply = await sendFromExtensionPage(proposer, { type: 'agreement:import', text: JSON.stringify(agreement) });
  expect(reply).toEqual({ ok: true, outcome: 'proposed' });
  type Listed = { proposals: Array<{ id: string; mine: boolean; state: string }> };
  let id = '';
  await expect
    .poll(
      async () => {
        const listed = await sendFromExtensionPage<Listed>(accepter, { type: 'proposal:list' });
        id = listed.proposals.find((proposal) => !proposal.mine && proposal.state === 'open')?.id ?? '';
        return id;
      },
      { timeout: 20_000 },
    )
    .not.toBe('');
  expect(await sendFromExtensionPage(accepter, { type: 'proposal:accept', id, onCurrent: false })).toEqual({ ok: true });
  const accepted = await latestOf(accepter);
  expect(accepted!.id).not.toBe(before?.id);
  await expect.poll(async () => (await latestOf(proposer))?.agreement, { timeout: 20_000 }).toEqual(accepted!.agreement);
}

/** The popup, opened as a tab: the same page the toolbar button shows. */
export async function openPopup(hearth: Hearth): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  return page;
}

/** The room this browser is linked to, read from its IndexedDB (the keys stay there). */
export async function linkedRoom(hearth: Hearth): Promise<{ room: string; token: string; role: string } | null> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/options.html`);
  const room = await page.evaluate(
    () =>
      new Promise<{ room: string; token: string; role: string } | null>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('link').objectStore('link').get('current');
          get.onsuccess = () => resolve(get.result ? { room: get.result.room, token: get.result.token, role: get.result.role } : null);
        };
      }),
  );
  await page.close();
  return room;
}

export async function openLinkSection(hearth: Hearth): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/options.html#link`);
  await expect(page.getByRole('heading', { name: 'Link with my partner' })).toBeVisible();
  return page;
}

/** A points its Hearth at the relay and invites; B pastes the invite. Both reach the four words. */
export async function meetThroughUi(a: Hearth, b: Hearth, relayUrl: string) {
  const inviter = await openLinkSection(a);
  await inviter.getByRole('textbox', { name: 'Relay address' }).fill(relayUrl);
  await inviter.getByRole('button', { name: 'Save address' }).click();
  await expect(inviter.getByRole('status').filter({ hasText: 'Relay address saved' })).toBeVisible();
  await inviter.getByRole('button', { name: 'Invite my partner' }).click();
  const link = await inviter.getByRole('textbox', { name: 'Invite link' }).inputValue();

  const joiner = await openLinkSection(b);
  await joiner.getByRole('button', { name: 'I have an invite' }).click();
  await joiner.getByRole('textbox', { name: /Paste the invite/ }).fill(link);
  await joiner.getByRole('button', { name: 'Join' }).click();

  const inviterWords = await wordsOn(inviter);
  const joinerWords = await wordsOn(joiner);
  return { inviter, joiner, link, inviterWords, joinerWords };
}

export async function wordsOn(page: Page): Promise<string[]> {
  const list = page.getByTestId('link-words');
  await expect(list.getByRole('listitem')).toHaveCount(4);
  return list.getByRole('listitem').allTextContents();
}

/** Pairs A and B through the real options UI, confirming the words on both sides. */
export async function pairThroughUi(a: Hearth, b: Hearth, relayUrl: string) {
  const met = await meetThroughUi(a, b, relayUrl);
  await met.inviter.getByRole('button', { name: 'They match' }).click();
  await met.joiner.getByRole('button', { name: 'They match' }).click();
  // "Linked with Sam since…" once whose browser this is is known, "with your partner" before.
  for (const page of [met.inviter, met.joiner]) await expect(page.getByTestId('link-state')).toHaveText(/^Linked with .+ since /);
  return met;
}

/** Every kind shared on one side, through its options page. */
export async function shareEverything(page: Page) {
  for (const name of ['My state', 'My status note', 'My after-hours against the budget', 'Our next ritual']) {
    await page.getByRole('checkbox', { name }).check();
  }
  await page.getByRole('button', { name: 'Save sharing' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sharing saved' })).toBeVisible();
}
