import { test, expect } from '../support/hearth-test';
import { openOptions } from '../support/hearth-pages';
import { householdInstant, seedLastWeek } from '../support/report-week';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS pixels wide, a phone-sized window or 400 % zoom, no page of Hearth
 * scrolls sideways. The popup is left out: it is 340 px wide by design, in the toolbar's own window.
 */
test('the options page, a report with a full week and the welcome page reflow into 320 px', async ({ hearth }) => {
  const { lastMonday } = await seedLastWeek(hearth);
  const page = await openOptions(hearth);
  await page.setViewportSize({ width: 320, height: 800 });
  const pages = [
    ['options.html', page.getByRole('heading', { name: 'The agreement in force' })],
    ['options.html#link', page.getByRole('heading', { name: 'Link with my partner' })],
    [`report.html#week=${householdInstant(lastMonday, '12:00')}`, page.getByRole('heading', { name: 'Overrides' })],
    ['welcome.html', page.getByRole('heading', { level: 1 })],
  ] as const;
  for (const [path, loaded] of pages) {
    await page.goto(`chrome-extension://${hearth.extensionId}/${path}`);
    await page.reload();
    await expect(loaded.first()).toBeVisible();
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll, `${path} scrolls sideways`).toBeLessThanOrEqual(widths.client);
  }
});
