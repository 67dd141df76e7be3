/**
 * The store screenshots, taken from the real production build (`npx wxt build` first) in the
 * system Chromium, at the 1280x800 both stores accept: the first-run setup and the week it makes, the popup during a
 * zone, a dimmed work page with its banner, the options page's week view and the weekly report.
 * Writes docs/store/screenshots/<locale>-<n>-<name>.png for English and German.
 * Run with `npm run store:screenshots`.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchHearth } from '../tests/support/launch-hearth';
import { setAgreement } from '../tests/support/hearth-pages';
import { floorToMinute } from '../tests/support/test-agreement';
import { startTestSites } from '../tests/support/test-sites';
import { storeAgreement } from './store-agreement';
import { catalogTranslator } from '../utils/i18n/translate';
import en from '../public/_locales/en/messages.json';
import de from '../public/_locales/de/messages.json';

const OUT = 'docs/store/screenshots';
const SIZE = { width: 1280, height: 800 };

async function shoot(page: Page, name: string) {
  await page.setViewportSize(SIZE);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`${OUT}/${name}.png`);
}

/**
 * The first-run setup answered as a couple would, by position rather than by name so it works in
 * every language: two names, this browser the first's, two zone templates, the first ritual, two sites.
 */
async function walkThroughSetup(page: Page) {
  const next = () => page.locator('button[type=submit]').click();
  await page.locator('button.primary').click();
  await page.locator('#name-0').fill('Alex');
  await page.locator('#name-1').fill('Sam');
  await page.locator('input[name=mine]').first().check();
  for (let step = 0; step < 3; step++) await next();
  const templates = page.locator('fieldset.field input[type=checkbox]');
  await templates.nth(0).check();
  await templates.nth(1).check();
  await next();
  await page.locator('input[name=ritual]').nth(1).check();
  await next();
  await page.locator('#site-slack').check();
  await page.locator('#site-gmail').check();
  await next();
}

mkdirSync(OUT, { recursive: true });
const sites = await startTestSites();
for (const [locale, zoneLabel, catalog] of [
  ['en-GB', 'Family dinner', en],
  ['de-DE', 'Familienessen', de],
] as const) {
  const prefix = locale.slice(0, 2);
  const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-shots-')), { welcome: true, locale });
  const url = (file: string) => `chrome-extension://${hearth.extensionId}/${file}`;
  const welcome = hearth.context.pages().find((page) => page.url().endsWith('/welcome.html')) ?? (await hearth.context.waitForEvent('page'));
  await welcome.waitForLoadState();
  await shoot(welcome, `${prefix}-1-welcome`);
  await walkThroughSetup(welcome);
  await welcome.locator('section.week-view').scrollIntoViewIfNeeded();
  await shoot(welcome, `${prefix}-2-setup-week`);
  await welcome.close();

  await setAgreement(hearth, storeAgreement(zoneLabel, floorToMinute(Date.now()), catalogTranslator(catalog)));
  const popup = await hearth.context.newPage();
  await popup.goto(url('popup.html'));
  await popup.waitForSelector('[data-ready]');
  // The popup is 340 px wide in its bubble; enlarged and centred, it reads at store size.
  await popup.addStyleTag({ content: 'html{background:#e9dfd2} body{zoom:1.6;margin:24px auto;box-shadow:0 4px 24px #0003}' });
  await shoot(popup, `${prefix}-3-popup`);

  const work = await hearth.context.newPage();
  await work.goto(sites.workUrl('/team-chat'));
  await shoot(work, `${prefix}-4-dimmed-work-page`);

  const options = await hearth.context.newPage();
  await options.goto(url('options.html'));
  await options.locator('#week').scrollIntoViewIfNeeded();
  await shoot(options, `${prefix}-5-week-view`);

  const report = await hearth.context.newPage();
  await report.goto(url('report.html'));
  await report.getByRole('heading', { level: 1 }).waitFor();
  await shoot(report, `${prefix}-6-weekly-report`);
  await hearth.context.close();
}
await sites.close();
