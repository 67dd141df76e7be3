import { test, expect } from '@playwright/test';
import { startRelay, type RelayProcess } from '../support/relay-process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHearth } from '../support/launch-hearth';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { launchCouple, meetThroughUi, openLinkSection, pairThroughUi } from '../support/link-pair';

let relay: RelayProcess;
test.beforeEach(async () => {
  relay = await startRelay({ engine: 'sqlite' });
});
test.afterEach(async () => {
  await relay.stop();
});

test('two browsers pair through the relay: both show the same four words, and only both confirmations link them', async () => {
  const couple = await launchCouple();
  try {
    const met = await meetThroughUi(couple.a, couple.b, relay.url);
    expect(met.inviterWords).toEqual(met.joinerWords);
    // The relay address belongs to invites made here: it is not offered while the words are compared
    // (the joiner's relay is the invite's, whatever its own field would say).
    for (const page of [met.inviter, met.joiner]) await expect(page.getByRole('textbox', { name: 'Relay address' })).toHaveCount(0);
    // The secret sits after '#': no server ever sees it.
    expect(new URL(met.link).hash.length).toBeGreaterThan(43);

    await met.inviter.getByRole('button', { name: 'They match' }).click();
    await expect(met.inviter.getByRole('status').filter({ hasText: 'Waiting for your partner to confirm' })).toBeVisible();
    // One confirmation links nobody.
    await expect(met.joiner.getByTestId('link-state')).toHaveCount(0);
    await met.joiner.getByRole('button', { name: 'They match' }).click();
    for (const page of [met.inviter, met.joiner]) await expect(page.getByTestId('link-state')).toContainText('Linked with your partner since');

    // The pairing is kept: a fresh options page shows the link.
    const again = await couple.b.context.newPage();
    await again.goto(`chrome-extension://${couple.b.extensionId}/options.html#link`);
    await expect(again.getByTestId('link-state')).toBeVisible();
  } finally {
    await couple.close();
  }
});

test("the invite's QR code is big enough for a phone and reads back as the invite link, in a light and a dark theme", async () => {
  const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-qr-')));
  try {
    const page = await openLinkSection(hearth);
    await page.getByRole('textbox', { name: 'Relay address' }).fill(relay.url);
    await page.getByRole('button', { name: 'Save address' }).click();
    await page.getByRole('button', { name: 'Invite my partner' }).click();
    const link = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const qr = page.getByRole('img', { name: /^QR code of the invite/ });
      const box = (await qr.boundingBox())!;
      expect(Math.min(box.width, box.height), colorScheme).toBeGreaterThanOrEqual(150);
      // What a camera sees: the code as drawn on the page, scaled to its size on screen, page background included.
      const image = PNG.sync.read(await qr.screenshot());
      expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data, colorScheme).toBe(link);
    }
  } finally {
    await hearth.context.close();
  }
});

test("'They don't match' stops pairing on both screens and says why", async () => {
  const couple = await launchCouple();
  try {
    const met = await meetThroughUi(couple.a, couple.b, relay.url);
    await met.inviter.getByRole('button', { name: 'They match' }).click();
    await met.joiner.getByRole('button', { name: "They don't match" }).click();
    await expect(met.joiner.getByRole('alert')).toContainText('the words did not match');
    await expect(met.inviter.getByRole('alert')).toContainText('Your partner said the words did not match');
    for (const page of [met.inviter, met.joiner]) await expect(page.getByRole('button', { name: 'Invite my partner' })).toHaveCount(0);
  } finally {
    await couple.close();
  }
});

test('a used invite, a garbled code and an unreachable relay each get a clear message', async () => {
  const couple = await launchCouple();
  try {
    const { link } = await pairThroughUi(couple.a, couple.b, relay.url);
    const third = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-third-')));
    try {
      const page = await openLinkSection(third);
      await page.getByRole('button', { name: 'I have an invite' }).click();
      await page.getByRole('textbox', { name: /Paste the invite/ }).fill('H1.not-a-code');
      await page.getByRole('button', { name: 'Join' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await page.getByRole('textbox', { name: /Paste the invite/ }).fill(link);
      await page.getByRole('button', { name: 'Join' }).click();
      await expect(page.getByRole('alert')).toContainText('already used or has expired');

      await page.getByRole('button', { name: 'Start again' }).click();
      await page.getByRole('textbox', { name: 'Relay address' }).fill('ws://127.0.0.1:9/v1');
      await page.getByRole('button', { name: 'Save address' }).click();
      await page.getByRole('button', { name: 'Invite my partner' }).click();
      await expect(page.getByRole('alert')).toContainText('The relay cannot be reached');
      await page.getByRole('textbox', { name: 'Relay address' }).fill('ws://relay.example.org/v1');
      await page.getByRole('button', { name: 'Save address' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'only allowed to this computer' })).toBeVisible();
    } finally {
      await third.context.close();
    }
  } finally {
    await couple.close();
  }
});
