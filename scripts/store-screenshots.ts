/**
 * The store screenshots, taken from the real production build (`npx wxt build` first) in the
 * system Chromium, at the 1280x800 both stores accept: the first-run setup, the popup during a
 * zone, a dimmed work page with its banner, the options page's week view and the weekly report.
 * Writes docs/store/screenshots/<locale>-<n>-<name>.png for English and German.
 * Run with `npm run store:screenshots`.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchHearth } from '../tests/support/launch-hearth';
import { setAgreement } from '../tests/support/hearth-pages';
import { floorToMinute, minute, wallClock } from '../tests/support/test-agreement';
import { startTestSites, WORK_PATTERN } from '../tests/support/test-sites';

const OUT = 'docs/store/screenshots';
const SIZE = { width: 1280, height: 800 };
const example = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));

/** The documented example with its evening zone moved to hold now, so the guard is on in every shot. */
function agreementNow(label: string) {
  const now = floorToMinute(Date.now());
  const from = wallClock(now - 20 * minute, example.household.timeZone);
  const to = wallClock(now + 70 * minute, example.household.timeZone);
  return {
    ...example,
    workSites: [{ pattern: WORK_PATTERN, category: 'chat', label: 'Team chat' }, ...example.workSites],
    zones: [{ id: 'dinner', label, days: [from.weekday], start: from.time, end: to.time, mode: 'dim' }, ...example.zones.slice(1)],
  };
}

async function shoot(page: Page, name: string) {
  await page.setViewportSize(SIZE);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`${OUT}/${name}.png`);
}

mkdirSync(OUT, { recursive: true });
const sites = await startTestSites();
for (const [locale, zoneLabel] of [
  ['en-GB', 'Family dinner'],
  ['de-DE', 'Familienessen'],
] as const) {
  const prefix = locale.slice(0, 2);
  const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-shots-')), { welcome: true, locale });
  const url = (file: string) => `chrome-extension://${hearth.extensionId}/${file}`;
  const welcome = hearth.context.pages().find((page) => page.url().endsWith('/welcome.html')) ?? (await hearth.context.waitForEvent('page'));
  await welcome.waitForLoadState();
  await shoot(welcome, `${prefix}-1-welcome`);
  await welcome.close();

  await setAgreement(hearth, agreementNow(zoneLabel));
  const popup = await hearth.context.newPage();
  await popup.goto(url('popup.html'));
  await popup.waitForSelector('[data-ready]');
  // The popup is 340 px wide in its bubble; enlarged and centred, it reads at store size.
  await popup.addStyleTag({ content: 'html{background:#e9dfd2} body{zoom:1.6;margin:24px auto;box-shadow:0 4px 24px #0003}' });
  await shoot(popup, `${prefix}-2-popup`);

  const work = await hearth.context.newPage();
  await work.goto(sites.workUrl());
  await shoot(work, `${prefix}-3-dimmed-work-page`);

  const options = await hearth.context.newPage();
  await options.goto(url('options.html'));
  await options.locator('#week').scrollIntoViewIfNeeded();
  await shoot(options, `${prefix}-4-week-view`);

  const report = await hearth.context.newPage();
  await report.goto(url('report.html'));
  await report.getByRole('heading', { level: 1 }).waitFor();
  await shoot(report, `${prefix}-5-weekly-report`);
  await hearth.context.close();
}
await sites.close();
