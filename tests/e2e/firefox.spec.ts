import { test, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { launchFirefoxHearth, type FirefoxHearth } from '../support/launch-firefox';
import { SPA_WORK_PATTERN, startTestSites, type TestSites } from '../support/test-sites';
import { minute, testAgreement, zoneBetween } from '../support/test-agreement';
import { colourfulPixels, colourfulShare } from '../support/frames';

/**
 * The Firefox build in a real Firefox ESR: the same guard, popup and recording as in Chromium, through
 * Firefox's own scripting, storage and IndexedDB. Driven over WebDriver BiDi with puppeteer-core, so
 * these tests poll with their own helper rather than Playwright's page assertions.
 */
let firefox: FirefoxHearth;
let sites: TestSites;
test.beforeEach(async () => {
  sites = await startTestSites();
  firefox = await launchFirefoxHearth();
});
test.afterEach(async () => {
  await firefox.browser.close();
  await sites.close();
});

async function importAgreement(agreement: unknown) {
  const options = await firefox.openPage('options.html');
  const reply = await options.evaluate((text) => browser.runtime.sendMessage({ type: 'agreement:import', text }), JSON.stringify(agreement));
  expect(reply).toEqual({ ok: true, outcome: 'saved' });
  expect(await options.evaluate(() => browser.runtime.sendMessage({ type: 'identity:set', partnerId: 'alex' }))).toEqual({ ok: true });
  await options.close();
}

const rootFilter = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).filter);

async function eventually<T>(read: () => Promise<T>, expected: T) {
  await expect.poll(read, { timeout: 15_000 }).toEqual(expected);
}

/** Hearth's host has no name: it is the one child of <html> that is neither head nor body. */
const hostCount = (page: Page) =>
  page.evaluate(() => [...document.documentElement.children].filter((child) => child !== document.head && child !== document.body).length);

const screenshot = async (page: Page) => Buffer.from(await page.screenshot({ type: 'png' }));

/**
 * Dimmed: Hearth's banner is there and the page is grey all over. Not read from the root's filter:
 * in Firefox the root's grey holds only until the veil is up (guard-plan.ts, `veiledSheet`).
 */
const dimmed = async (page: Page) => (await hostCount(page)) === 1 && colourfulShare(await screenshot(page)) < 0.02;
const undimmed = async (page: Page) => (await hostCount(page)) === 0 && (await rootFilter(page)) === 'none';

test('in a zone, a work page opens dimmed and other sites are left alone', async () => {
  const now = Date.now();
  await importAgreement(testAgreement({ zones: [zoneBetween(now - 5 * minute, now + 60 * minute)] }));

  const work = await firefox.browser.newPage();
  await work.goto(sites.workUrl());
  // The banner follows once the background has answered the page.
  await eventually(() => hostCount(work), 1);
  // Grey all over, the page's saturated red background included, once the veil's wash is on it.
  await expect.poll(async () => colourfulShare(await screenshot(work)), { timeout: 5_000 }).toBeLessThan(0.02);
  // All but Hearth's banner, which keeps its colours (its brown name and link): Firefox draws the
  // top layer inside the root's filter, so the root's grey is lifted once the veil greys the page.
  await expect.poll(async () => colourfulPixels(await screenshot(work)), { timeout: 5_000 }).toBeGreaterThan(20);
  await eventually(() => rootFilter(work), 'none');
  // With the root's grey lifted (its transition over), the veil alone keeps the page grey.
  expect(colourfulShare(await screenshot(work))).toBeLessThan(0.02);
  // Nothing on <html> tells the page what Hearth does.
  expect(await work.evaluate(() => document.documentElement.getAttributeNames())).toEqual([]);

  const other = await firefox.browser.newPage();
  await other.goto(sites.otherUrl());
  expect(await rootFilter(other)).toBe('none');
  expect(await hostCount(other)).toBe(0);
});

test('a work tab already open when a zone comes into force is dimmed in place, and undimmed when it ends', async () => {
  const work = await firefox.browser.newPage();
  await work.goto(sites.workUrl());
  const marker = await work.evaluate(() => ((window as unknown as { loadedOnce: number }).loadedOnce = Math.random()));

  const now = Date.now();
  await importAgreement(testAgreement({ zones: [zoneBetween(now - 5 * minute, now + 60 * minute)] }));
  await eventually(() => dimmed(work), true);

  await importAgreement(testAgreement({ zones: [] }));
  await eventually(() => undimmed(work), true);
  // The same document throughout: the guard never reloads a page.
  expect(await work.evaluate(() => (window as unknown as { loadedOnce: number }).loadedOnce)).toBe(marker);
});

test('in-page navigation on a path-limited work site is followed both ways', async () => {
  const now = Date.now();
  await importAgreement(
    testAgreement({ zones: [zoneBetween(now - 5 * minute, now + 60 * minute)], workSites: [{ pattern: SPA_WORK_PATTERN, category: 'docs', label: 'Wiki' }] }),
  );
  const page = await firefox.browser.newPage();
  await page.goto(sites.spaUrl('/home'));
  expect(await undimmed(page)).toBe(true);

  await page.evaluate(() => history.pushState(null, '', '/work/inbox'));
  await eventually(() => dimmed(page), true);

  await page.evaluate(() => history.pushState(null, '', '/home'));
  await eventually(() => undimmed(page), true);

  await page.evaluate(() => history.back());
  await eventually(() => dimmed(page), true);
});

test('in a block zone, a work page shows Hearth\'s screen over nothing of the page', async () => {
  const now = Date.now();
  await importAgreement(testAgreement({ zones: [zoneBetween(now - 5 * minute, now + 60 * minute, { mode: 'block', label: 'Our Sunday' })] }));
  const work = await firefox.browser.newPage();
  await work.goto(sites.workUrl());
  await eventually(() => hostCount(work), 1);
  // None of the page's saturated red, and Hearth's screen in its own colours (its brown name and link):
  // Firefox draws the top layer inside the root's filter, so the root's opacity(0) would hide the screen too.
  await expect.poll(async () => colourfulShare(await screenshot(work)), { timeout: 5_000 }).toBeLessThan(0.02);
  await expect.poll(async () => colourfulPixels(await screenshot(work)), { timeout: 5_000 }).toBeGreaterThan(20);
  // The screen stays over the page once the root's filter is gone.
  await eventually(() => rootFilter(work), 'none');
  expect(colourfulShare(await screenshot(work))).toBeLessThan(0.02);
});

test("a zoom the page sets on <html> and body leaves Hearth's banner its designed size", async () => {
  const now = Date.now();
  await importAgreement(testAgreement({ zones: [zoneBetween(now - 5 * minute, now + 60 * minute)] }));
  const work = await firefox.browser.newPage();
  await work.goto(sites.workUrl());
  await eventually(() => hostCount(work), 1);
  await eventually(() => rootFilter(work), 'none');
  // The banner's own colours (its brown name and link) measure its size: a tenth as wide and as tall
  // leaves a hundredth of them. No scrollbar, which Firefox draws in the page's red, to count with them.
  await work.evaluate(() => document.documentElement.style.setProperty('overflow', 'hidden'));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const designed = colourfulPixels(await screenshot(work));
  expect(designed).toBeGreaterThan(20);
  await work.evaluate(() => {
    document.documentElement.style.setProperty('zoom', '0.1', 'important');
    document.body.style.setProperty('zoom', '0.1', 'important');
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(colourfulPixels(await screenshot(work))).toBeGreaterThan(designed * 0.8);
});

test('a window a work page opens on about:blank and writes itself into is dimmed like its opener', async () => {
  const now = Date.now();
  await importAgreement(testAgreement({ zones: [zoneBetween(now - 5 * minute, now + 60 * minute)] }));
  const work = await firefox.browser.newPage();
  await work.goto(sites.workUrl());
  await eventually(() => hostCount(work), 1);
  const open = await firefox.browser.pages();
  await work.evaluate(() => {
    const opened = window.open('', '_blank')!;
    opened.document.write('<!doctype html><html><body style="margin:0;background:#ff0000;min-height:100vh"><h1>Compose</h1></body></html>');
    opened.document.close();
  });
  await expect.poll(async () => (await firefox.browser.pages()).length).toBe(open.length + 1);
  const popup = (await firefox.browser.pages()).find((page) => !open.includes(page))!;
  await eventually(() => hostCount(popup), 1);
  await expect.poll(async () => colourfulShare(await screenshot(popup)), { timeout: 5_000 }).toBeLessThan(0.02);
});

/** Presses Tab until the focus is inside Hearth's banner (the page sees its host as the active element). */
async function tabIntoHearth(page: Page) {
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      const active = document.activeElement;
      return !!active && active.parentElement === document.documentElement && active !== document.body;
    });
    if (inside) return;
  }
  throw new Error("the keyboard never reached Hearth's banner");
}

test("keys typed into Hearth's override never reach the page's shortcuts, and the whole reason arrives", async () => {
  const now = Date.now();
  await importAgreement(
    testAgreement({ zones: [zoneBetween(now - 5 * minute, now + 60 * minute)], overridePolicy: { maxMinutes: 5, perWeek: 2, reasonRequired: true } }),
  );
  const page = await firefox.browser.newPage();
  await page.goto(sites.hostileUrl());
  await eventually(() => hostCount(page), 1);
  const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  const forget = () => page.evaluate(() => void ((window as unknown as { seen: string[] }).seen = []));

  // The page's shortcuts are live where the person types into the page itself.
  await page.keyboard.press('s');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
  expect(await seen()).toContain('window-capture keydown s');

  // By keyboard alone: into the banner, open the form (its first field takes the keyboard), on to the reason, type, submit.
  await tabIntoHearth(page);
  await forget();
  await page.keyboard.press('Enter');
  // The form is a frame of Hearth's own in the banner; the keyboard is on its first field, the duration.
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/override-form.html'))).toBe(true);
  const form = page.frames().find((frame) => frame.url().includes('/override-form.html'))!;
  await expect.poll(() => form.evaluate(() => document.activeElement?.localName ?? null)).toBe('select');
  await page.keyboard.press('Tab');
  const reason = 'was asked to send a status update';
  await page.keyboard.type(reason);
  expect(await seen()).toEqual([]);
  expect(await page.evaluate(() => (document.getElementById('search') as HTMLInputElement).value)).toBe('');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await eventually(() => undimmed(page), true);
  expect(await seen()).toEqual([]);

  const options = await firefox.openPage('options.html');
  const reasons = await options.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        indexedDB.open('hearth').onsuccess = (event) => {
          const all = (event.target as IDBOpenDBRequest).result.transaction('overrides').objectStore('overrides').getAll();
          all.onsuccess = () => resolve(all.result.map((override: { reason: string }) => override.reason));
        };
      }),
  );
  expect(reasons).toEqual([reason]);
});

test('the popup names the zone in force', async () => {
  const now = Date.now();
  await importAgreement(testAgreement({ zones: [zoneBetween(now - 5 * minute, now + 60 * minute, { label: 'Family evenings' })] }));
  const popup = await firefox.openPage('popup.html');
  await eventually(() => popup.evaluate(() => document.body.innerText.includes('Family evenings until')), true);
});

test('time on a work site is recorded in IndexedDB, and the weekly report reads it back', async () => {
  await importAgreement(testAgreement());
  // Opened first, so that reading the records does not take the focus from the work page.
  const options = await firefox.openPage('options.html');
  const work = await firefox.browser.newPage();
  await work.goto(sites.workUrl());
  await work.bringToFront();
  const intervals = () =>
    options.evaluate(
      () =>
        new Promise<{ domain: string; category: string }[]>((resolve, reject) => {
          const open = indexedDB.open('hearth');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('intervals').objectStore('intervals').getAll();
            all.onsuccess = () => resolve(all.result);
          };
        }),
    );
  await expect.poll(async () => (await intervals()).map(({ domain, category }) => ({ domain, category })), { timeout: 20_000 }).toEqual([{ domain: 'work.hearth.test', category: 'docs' }]);

  // The report's whole path in Firefox: its read of IndexedDB, the week's figures and the table of
  // kinds of work, which lists all work-site time whether it fell in working hours or not.
  const report = await firefox.openPage('report.html');
  const kinds = () =>
    report.evaluate(() => [...document.querySelectorAll('section[aria-labelledby="categories-title"] tbody th')].map((cell) => cell.textContent));
  await eventually(kinds, ['Docs and files']);
});

test('the options page says plainly that Firefox does not let Hearth mute site notifications', async () => {
  const options = await firefox.openPage('options.html');
  await eventually(
    () => options.evaluate(() => document.body.innerText.includes("This browser doesn't let Hearth mute site notifications")),
    true,
  );
  // Firefox has tab groups, so parking by group is offered there.
  expect(await options.evaluate(() => document.body.innerText.includes('This browser has no tab groups'))).toBe(false);
});
