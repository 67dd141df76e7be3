import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect } from '../support/hearth-test';
import { launchHearth, type Hearth } from '../support/launch-hearth';
import { rootFilter, setAgreement } from '../support/hearth-pages';
import { SPA_WORK_PATTERN } from '../support/test-sites';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

/**
 * Issue #11 item 16: a page that is not work pays nothing for Hearth. The guard follows every tab's
 * URL (for in-page navigation on path-limited work sites), so it must let a URL on a host no work
 * site names go before it reads anything or reaches into the tab. The e2e build counts IndexedDB
 * reads per table and calls into tabs (entrypoints/background/test-seams.ts); only the guard reads
 * `overrides` (the tracker, which also follows URLs to see work stop, reads the agreement and its settings).
 */
const test = base.extend<{ hearth: Hearth }>({
  hearth: async ({}, use) => {
    const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-profile-')), { build: 'e2e' });
    await use(hearth);
    await hearth.context.close();
  },
});

interface Stats {
  reads: Record<string, number>;
  tabCalls: Record<string, number>;
}

/** The counters once the background has gone quiet: two equal readings half a second apart. */
async function settledStats(hearth: Hearth): Promise<Stats> {
  const read = () => hearth.worker.evaluate(async () => (await chrome.storage.session.get('test:stats'))['test:stats'] as Stats);
  let last = await read();
  for (let tries = 0; tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await read();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error('the background never went quiet');
}

const guardWork = (stats: Stats) => ({ overridesRead: stats.reads.overrides ?? 0, tabCalls: stats.tabCalls });

async function navigateInPage(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.evaluate((to) => history.pushState(null, '', to), path);
    await expect.poll(() => page.evaluate(() => location.pathname + location.hash)).toBe(path);
  }
}

test('inside a zone, URL changes on a host no work site names read nothing and reach into no tab; on a work host they are followed', async ({ hearth, sites }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(
    hearth,
    testAgreement({
      zones: [zoneBetween(now - 2 * minute, now + 60 * minute)],
      workSites: [{ pattern: SPA_WORK_PATTERN, category: 'docs', label: 'Wiki' }],
    }),
  );
  const page = await hearth.context.newPage();
  await page.goto(sites.otherUrl('/front'));
  const before = await settledStats(hearth);

  await navigateInPage(page, ['/news/1', '/news/2', '/news/2#comments', '/work/inbox']);
  await page.evaluate(() => history.back());
  await page.goto(sites.otherUrl('/sports'));
  await page.goto(sites.embeddingUrl());
  expect(guardWork(await settledStats(hearth))).toEqual(guardWork(before));

  // Control: the same steps on the path-limited work site's host are followed, so the counters can see them.
  await page.goto(sites.spaUrl('/home'));
  const onWorkHost = await settledStats(hearth);
  await navigateInPage(page, ['/work/inbox']);
  await expect.poll(() => rootFilter(page)).toContain('grayscale(1)');
  const followed = await settledStats(hearth);
  expect(followed.reads.overrides ?? 0).toBeGreaterThan(onWorkHost.reads.overrides ?? 0);
  expect(followed.tabCalls.sendMessage ?? 0).toBeGreaterThan(onWorkHost.tabCalls.sendMessage ?? 0);
});
