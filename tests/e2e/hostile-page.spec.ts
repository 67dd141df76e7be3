import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { test, expect } from '../support/hearth-test';
import { guardUi } from '../support/closed-shadow';
import { probeInjections } from '../support/injection-probe';
import { rootFilter, setAgreement } from '../support/hearth-pages';
import { SPA_WORK_PATTERN } from '../support/test-sites';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

/**
 * Real work sites are not written with Hearth in mind: they listen to every key, restyle <html>,
 * re-render the whole document, open dialogs and navigate without loading. None of that may undim,
 * re-dim, read what the person types into Hearth or learn more than that something dims the page
 * (design decision 2). Each test plays one such page against Hearth.
 */

const inZone = (extra: Record<string, unknown> = {}) => {
  const now = floorToMinute(Date.now());
  return zoneBetween(now - 2 * minute, now + 60 * minute, { label: 'Family evenings', ...extra });
};

/**
 * Share of pixels in the test pages' own red (#ff0000) or blue (#0050ff), in the whole viewport or one
 * box: 0 when nothing of the page shows in its colours. Hearth's own warm tones do not count.
 */
async function saturatedShare(page: Page, clip?: { x: number; y: number; width: number; height: number }) {
  const { data, width, height } = PNG.sync.read(await page.screenshot({ clip }));
  let saturated = 0;
  for (let i = 0; i < width * height * 4; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if ((r > 200 && g < 60 && b < 60) || (b > 200 && r < 60 && g < 120)) saturated++;
  }
  return saturated / (width * height);
}

const boxOf = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const { x, y, width, height } = document.querySelector(s)!.getBoundingClientRect();
    return { x, y, width, height };
  }, selector);

const seenByPage = (page: Page) => page.evaluate(() => (window as unknown as { seen: string[] }).seen);

async function bannerShown(page: Page) {
  const banner = await guardUi(page);
  await expect.poll(() => banner.matches('.layer', ':popover-open, :modal')).toBe(true);
  return banner;
}

test("keys typed into Hearth's override never reach the page's shortcuts, and a released page cannot dim itself again", async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()], overridePolicy: { maxMinutes: 5, perWeek: 2, reasonRequired: true } }));
  const page = await hearth.context.newPage();
  await page.goto(sites.hostileUrl());
  const banner = await bannerShown(page);

  // The page's shortcuts are live: "s" typed into the page itself jumps to its search box.
  await page.keyboard.press('s');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
  expect(await seenByPage(page)).toContain('window-capture keydown s');
  await page.evaluate(() => {
    (document.activeElement as HTMLElement).blur();
    (window as unknown as { seen: string[] }).seen = [];
  });

  await banner.click('button.link');
  const reason = 'was asked to send a status update';
  await banner.type('textarea', reason);
  expect(await banner.value('textarea')).toBe(reason);
  expect(await seenByPage(page)).toEqual([]);
  expect(await page.evaluate(() => (document.getElementById('search') as HTMLInputElement).value)).toBe('');

  await banner.click('button.primary');
  await expect.poll(() => rootFilter(page)).toBe('none');
  expect(await seenByPage(page)).toEqual([]);

  // Released, the page re-renders its whole document and writes the old mark: it stays undimmed.
  await page.evaluate(() => {
    const fresh = document.createElement('html');
    fresh.setAttribute('data-hearth-mode', 'dim');
    fresh.append(...document.documentElement.childNodes);
    document.replaceChild(fresh, document.documentElement);
  });
  await page.waitForTimeout(1000);
  expect(await rootFilter(page)).toBe('none');
  expect(await guardUi(page).then((ui) => ui.present())).toBe(false);
});

test("the page cannot reach Hearth's override form, and a banner it removes comes back with a form that works", async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  const banner = await bannerShown(page);
  await banner.click('button.link');
  await banner.type('textarea', 'half a rea');
  // A frame in a shadow tree is not among the page's frames: the page cannot count it, message it or navigate it.
  expect(await page.evaluate(() => [window.length, window.frames[0] === undefined])).toEqual([0, true]);

  // Removed, the banner comes back; its frame loads again, and Hearth hands the new one a new secret.
  await page.evaluate(() => {
    for (const child of [...document.documentElement.children]) if (child !== document.head && child !== document.body) child.remove();
  });
  await expect.poll(() => banner.matches('.layer', ':modal')).toBe(true);
  await banner.type('textarea', 'urgent deploy');
  await banner.click('button.primary');
  await expect.poll(() => rootFilter(page)).toBe('none');
});

test('nothing the page writes undims it: the old attribute, an inline !important filter, a re-rendered <html>', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  await bannerShown(page);

  await page.evaluate(() => document.documentElement.setAttribute('data-hearth-mode', 'off'));
  await page.evaluate(() => document.documentElement.style.setProperty('filter', 'none', 'important'));
  await page.waitForTimeout(1000);
  expect(await rootFilter(page)).toContain('grayscale(1)');
  expect(await saturatedShare(page)).toBe(0);

  // React 19 client rendering replaces <html> and drops what it did not render: Hearth follows.
  await page.evaluate(() => {
    const fresh = document.createElement('html');
    fresh.append(document.head, document.body);
    document.replaceChild(fresh, document.documentElement);
  });
  await page.waitForTimeout(1000);
  expect(await rootFilter(page)).toContain('grayscale(1)');
  await bannerShown(page);
  expect(await saturatedShare(page)).toBe(0);
});

test("the page's own top layer is dimmed too: a modal dialog, a popover, a fullscreen element", async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.hostileUrl());
  await bannerShown(page);

  await page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).showModal());
  expect(await page.evaluate(() => document.querySelector('#dialog')!.matches(':modal'))).toBe(true);
  await expect.poll(async () => saturatedShare(page, await boxOf(page, '#dialog'))).toBe(0);

  await page.evaluate(() => {
    (document.getElementById('dialog') as HTMLDialogElement).close();
    document.getElementById('pop')!.showPopover();
  });
  expect(await page.evaluate(() => document.querySelector('#pop')!.matches(':popover-open'))).toBe(true);
  await expect.poll(async () => saturatedShare(page, await boxOf(page, '#pop'))).toBe(0);

  await page.evaluate(() => document.getElementById('pop')!.hidePopover());
  await page.evaluate(() => document.querySelector('h1')!.requestFullscreen());
  expect(await page.evaluate(() => document.fullscreenElement?.tagName)).toBe('H1');
  await expect.poll(() => saturatedShare(page)).toBe(0);
  await bannerShown(page);
});

test('a blocked page cannot show through: visible elements, inline styles and its own modal dialog stay under the screen', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone({ mode: 'block', label: 'Our Sunday' })] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.hostileUrl());
  const screen = await bannerShown(page);
  expect(await screen.text('h2')).toBe('Our Sunday');

  await page.evaluate(() => {
    document.documentElement.style.setProperty('filter', 'none', 'important');
    document.body.style.setProperty('visibility', 'visible', 'important');
    const red = document.createElement('div');
    red.id = 'red';
    red.style.setProperty('visibility', 'visible', 'important');
    document.body.append(red);
    (document.getElementById('dialog') as HTMLDialogElement).showModal();
  });
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => document.querySelector('#dialog')!.matches(':modal'))).toBe(true);
  expect(await saturatedShare(page)).toBe(0);
  await bannerShown(page);
});

test('the banner comes back when the page removes it or hides every popover it can find', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  await bannerShown(page);

  const removed = await page.evaluate(() => {
    const strangers = [...document.documentElement.children].filter((child) => child !== document.head && child !== document.body);
    strangers.forEach((child) => child.remove());
    return strangers.length;
  });
  expect(removed).toBe(1);
  const banner = await bannerShown(page);
  expect(await banner.text('h2')).toBe('Family evenings');

  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      try {
        element.hidePopover();
      } catch {
        // Not a popover: the page tries them all.
      }
    }
  });
  await bannerShown(page);
});

test('the page learns only that something dims it: no attribute, no named element, nothing in its top layer to find', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  await bannerShown(page);
  const seen = await page.evaluate(() => {
    const strangers = [...document.documentElement.children].filter((child) => child !== document.head && child !== document.body);
    return {
      htmlAttributes: document.documentElement.getAttributeNames(),
      strangers: strangers.map((child) => ({ tag: child.tagName, attributes: child.getAttributeNames(), shadow: child.shadowRoot !== null, text: child.textContent })),
      topLayer: document.querySelectorAll(':modal, :popover-open').length,
      styleSheets: document.styleSheets.length,
    };
  });
  expect(seen).toEqual({ htmlAttributes: [], strangers: [{ tag: 'DIV', attributes: [], shadow: false, text: '' }], topLayer: 0, styleSheets: 1 });
});

test('in-page navigation is followed both ways on a path-limited work site (pushState, popstate, replaceState, hash)', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()], workSites: [{ pattern: SPA_WORK_PATTERN, category: 'docs', label: 'Wiki' }] }));
  const page = await hearth.context.newPage();
  const probe = await probeInjections(page, hearth.extensionId);
  await page.goto(sites.spaUrl('/home'));
  await page.waitForTimeout(500);
  expect(await probe.snapshot()).toEqual({ worlds: [], sheets: [], attributes: [], element: false });

  await page.evaluate(() => history.pushState(null, '', '/work/inbox'));
  await expect.poll(() => rootFilter(page)).toContain('grayscale(1)');
  await bannerShown(page);

  await page.evaluate(() => history.pushState(null, '', '/home#top'));
  await expect.poll(() => rootFilter(page)).toBe('none');
  await expect.poll(() => guardUi(page).then((ui) => ui.present())).toBe(false);

  await page.evaluate(() => history.back());
  await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/work/inbox');
  await expect.poll(() => rootFilter(page)).toContain('grayscale(1)');

  await page.evaluate(() => history.replaceState(null, '', '/about'));
  await expect.poll(() => rootFilter(page)).toBe('none');

  await page.evaluate(() => (location.hash = '#/work/inbox'));
  await page.waitForTimeout(500);
  expect(await rootFilter(page)).toBe('none');
});

test('a work site embedded in a page that is not work is dimmed in its frame; the embedding page is left alone', async ({ hearth, sites }) => {
  await setAgreement(hearth, testAgreement({ zones: [inZone()] }));
  const page = await hearth.context.newPage();
  await page.goto(sites.embeddingUrl());
  const frame = page.frames().find((candidate) => candidate.url().endsWith('/framed'))!;
  await expect.poll(() => frame.evaluate(() => getComputedStyle(document.documentElement).filter)).toContain('grayscale(1)');
  expect(await rootFilter(page)).toBe('none');
  expect(await saturatedShare(page, await boxOf(page, '#work'))).toBe(0);
});
