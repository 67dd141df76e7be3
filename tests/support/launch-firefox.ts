import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
export const FIREFOX = process.env.HEARTH_FIREFOX ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'hearth@hearth.family';
/** Firefox picks a random moz-extension:// host per profile; a fixed one lets a test open Hearth's pages. */
const EXTENSION_HOST = '6b1f3a52-5d0c-4c59-9f3e-3c2a1d7e8f90';

export interface FirefoxHearth {
  browser: Browser;
  pageUrl: (file: string) => string;
  /** One of Hearth's own pages, loaded; the test evaluates in it. */
  openPage: (file: string) => Promise<Page>;
}

/**
 * The Firefox build in the system Firefox ESR over WebDriver BiDi, installed as a temporary add-on
 * on a fresh profile. Every host resolves to 127.0.0.1, so the *.hearth.test pages need no network.
 */
export async function launchFirefoxHearth(): Promise<FirefoxHearth> {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) throw new Error(`No build in ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // BiDi refuses to navigate to moz-extension:// pages unless system access is allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_HOST }),
      'network.dns.forceResolve': '127.0.0.1',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const pageUrl = (file: string) => `moz-extension://${EXTENSION_HOST}/${file}`;
  const openPage = async (file: string) => {
    const page = await browser.newPage();
    // Firefox 153 never reports a load event over BiDi for an extension page, so wait for the document instead.
    await page.goto(pageUrl(file), { timeout: 2000 }).catch(() => undefined);
    await page.waitForFunction(() => document.readyState === 'complete' && document.getElementById('app')?.childElementCount, { timeout: 15_000 });
    return page;
  };
  return { browser, pageUrl, openPage };
}
