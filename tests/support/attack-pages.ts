import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect } from './hearth-test';
import type { Hearth } from './launch-hearth';
import { guardUi } from './closed-shadow';
import { floorToMinute, minute, zoneBetween } from './test-agreement';

/** Pages that attack the guard (guard-attacks.spec.ts, override-reason.spec.ts): what they share. */

export const inZone = (extra: Record<string, unknown> = {}) => {
  const now = floorToMinute(Date.now());
  return zoneBetween(now - 2 * minute, now + 60 * minute, { label: 'Family evenings', ...extra });
};

/** Share of pixels in the test pages' saturated red: 0 when nothing of the page shows in colour. */
export async function redShare(page: Page) {
  const { data, width, height } = PNG.sync.read(await page.screenshot());
  let red = 0;
  for (let i = 0; i < width * height * 4; i += 4) if (data[i]! > 200 && data[i + 1]! < 60 && data[i + 2]! < 60) red++;
  return red / (width * height);
}

export const RED = '<style>body{margin:0;background:#ff0000;color:#fff;font:32px sans-serif;min-height:100vh}dialog{background:#ff0000;width:600px;height:400px;border:0}</style>';

/** Serves `body` at http://work.hearth.test:PORT/attack/NAME (a work site), with extra headers. */
export async function workPage(hearth: Hearth, port: number, name: string, body: string, headers: Record<string, string> = {}) {
  await hearth.context.route(`**/attack/${name}`, (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }, body }),
  );
  const page = await hearth.context.newPage();
  await page.goto(`http://work.hearth.test:${port}/attack/${name}`);
  return page;
}

export async function bannerShown(page: Page) {
  const banner = await guardUi(page);
  await expect.poll(() => banner.matches('.layer', ':popover-open, :modal')).toBe(true);
  return banner;
}

export const composerValue = (page: Page) => page.evaluate(() => (document.getElementById('composer') as HTMLInputElement).value);
