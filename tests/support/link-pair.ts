/// <reference types="chrome" />
import { expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHearth, type Hearth, type LaunchOptions } from './launch-hearth';

/** Two people's browsers: each its own profile with Hearth loaded. */
export async function launchCouple(options: LaunchOptions = {}): Promise<{ a: Hearth; b: Hearth; close: () => Promise<void> }> {
  const a = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-a-')), options);
  const b = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-b-')), options);
  return { a, b, close: async () => void (await Promise.all([a.context.close(), b.context.close()])) };
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
  for (const page of [met.inviter, met.joiner]) await expect(page.getByTestId('link-state')).toContainText('Linked with your partner since');
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
