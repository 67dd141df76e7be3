import { test, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendFromExtensionPage, setAgreement } from '../support/hearth-pages';
import { launchFirefoxHearth, type FirefoxHearth } from '../support/launch-firefox';
import { launchHearth, type Hearth } from '../support/launch-hearth';
import { openLinkSection, shareEverything, wordsOn } from '../support/link-pair';
import { startRelay, type RelayProcess } from '../support/relay-process';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

/**
 * Firefox ESR pairs with a Chromium through the same relay, and its popup shows the partner's card.
 * Firefox is driven over WebDriver BiDi (puppeteer-core), so its page is worked through the DOM.
 */
let relay: RelayProcess;
let firefox: FirefoxHearth;
let chromium: Hearth;
test.beforeEach(async () => {
  relay = await startRelay({ engine: 'sqlite' });
  firefox = await launchFirefoxHearth();
  chromium = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-chromium-')));
});
test.afterEach(async () => {
  await Promise.all([firefox.browser.close(), chromium.context.close()]);
  await relay.stop();
});

const click = (page: Page, text: string) =>
  page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((each) => each.textContent?.trim() === label);
    if (!button) throw new Error(`no button "${label}"`);
    button.click();
  }, text);

/** Types as a person would, so Preact's input handlers see it. */
const fill = (page: Page, selector: string, value: string) =>
  page.evaluate(
    ({ selector, value }) => {
      const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
      setter.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { selector, value },
  );

const text = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
const eventually = <T>(read: () => Promise<T>, expected: T) => expect.poll(read, { timeout: 20_000 }).toEqual(expected);

test('Firefox ESR pairs with Chromium through the relay (same four words) and its popup shows the partner live', async () => {
  const agreement = testAgreement();
  const options = await firefox.openPage('options.html#link');
  await options.evaluate((text) => browser.runtime.sendMessage({ type: 'agreement:import', text }), JSON.stringify(agreement));
  await options.evaluate((id) => browser.runtime.sendMessage({ type: 'identity:set', partnerId: id }), agreement.partners[0].id);
  await setAgreement(chromium, agreement, agreement.partners[1].id);

  await fill(options, '#link input[type=url]', relay.url);
  await click(options, 'Save address');
  await eventually(async () => (await text(options, '#link [role=status]')).startsWith('Relay address saved'), true);
  await click(options, 'Invite my partner');
  await options.waitForSelector('#link input[readonly], #link [role=alert]', { timeout: 20_000 });
  expect(await text(options, '#link [role=alert]')).toBe('');
  const invite = await options.evaluate(() => document.querySelector<HTMLInputElement>('#link input[readonly]')!.value);

  const joiner = await openLinkSection(chromium);
  await joiner.getByRole('button', { name: 'I have an invite' }).click();
  await joiner.getByRole('textbox', { name: /Paste the invite/ }).fill(invite);
  await joiner.getByRole('button', { name: 'Join' }).click();
  const words = await wordsOn(joiner);
  await eventually(() => options.evaluate(() => [...document.querySelectorAll('[data-testid=link-words] li')].map((li) => li.textContent)), words);

  await click(options, 'They match');
  await joiner.getByRole('button', { name: 'They match' }).click();
  // Each side names the other as its own agreement does.
  await eventually(async () => (await text(options, '[data-testid=link-state]')).startsWith(`Linked with ${agreement.partners[1].name} since`), true);
  await expect(joiner.getByTestId('link-state')).toContainText(`Linked with ${agreement.partners[0].name} since`);

  for (const box of await options.$$('form[aria-labelledby=link-sharing-title] input[type=checkbox]')) await box.click();
  await click(options, 'Save sharing');
  await shareEverything(joiner);

  const popup = await firefox.openPage('popup.html');
  const now = floorToMinute(Date.now());
  const label = `Picnic ${Math.random().toString(36).slice(2, 8)}`;
  // Linked, the zone is a proposal from Chromium; it starts there once Firefox accepts it.
  const proposed = await sendFromExtensionPage(chromium, { type: 'agreement:import', text: JSON.stringify(testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 60 * minute, { label })] })) });
  expect(proposed).toEqual({ ok: true, outcome: 'proposed' });
  let id = '';
  await eventually(async () => {
    const listed = (await options.evaluate(() => browser.runtime.sendMessage({ type: 'proposal:list' }))) as { proposals: Array<{ id: string; mine: boolean }> };
    id = listed.proposals.find((proposal) => !proposal.mine)?.id ?? '';
    return id !== '';
  }, true);
  expect(await options.evaluate((proposal) => browser.runtime.sendMessage({ type: 'proposal:accept', id: proposal, onCurrent: false }), id)).toEqual({ ok: true });
  await eventually(async () => (await text(popup, 'section.partner')).includes(label), true);
});
