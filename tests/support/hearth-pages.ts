/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import type { Hearth } from './launch-hearth';

export async function openOptions(hearth: Hearth): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/options.html`);
  return page;
}

/** Stores an agreement the way the options page does, through the background. */
export async function setAgreement(hearth: Hearth, agreement: unknown): Promise<void> {
  const page = await openOptions(hearth);
  const reply = await page.evaluate(
    (text) => chrome.runtime.sendMessage({ type: 'agreement:import', text }),
    JSON.stringify(agreement),
  );
  await page.close();
  if (!reply?.ok) throw new Error(`agreement refused: ${JSON.stringify(reply)}`);
}

export async function registeredGuardScripts(hearth: Hearth) {
  return hearth.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
}

/** The filter the guard puts on the page's root, read in the page itself. */
export async function rootFilter(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).filter);
}
