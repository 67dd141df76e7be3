import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { openOptions } from '../support/hearth-pages';
import { launchHearth } from '../support/launch-hearth';
import { householdInstant, seedLastWeek } from '../support/report-week';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS pixels wide, a phone-sized window or 400 % zoom, no page of Hearth
 * scrolls sideways, in English and in German (whose words are longer). The popup is left out: it is
 * 340 px wide by design, in the toolbar's own window.
 */
for (const locale of ['en-US', 'de-DE']) {
  test(`the options page, a report with a full week and the welcome page reflow into 320 px (${locale})`, async () => {
    const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-reflow-')), { locale });
    try {
      const { lastMonday } = await seedLastWeek(hearth);
      const page = await openOptions(hearth);
      await page.setViewportSize({ width: 320, height: 800 });
      // What each page draws last, so its width is judged once it is all there.
      const pages = [
        ['options.html', '#recording'],
        ['options.html#link', '#link h2'],
        [`report.html#week=${householdInstant(lastMonday, '12:00')}`, '#overrides-title'],
        ['welcome.html', 'h1'],
      ] as const;
      for (const [path, last] of pages) {
        await page.goto(`chrome-extension://${hearth.extensionId}/${path}`);
        await page.reload();
        await expect(page.locator(last).first()).toBeVisible();
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(widths.scroll, `${path} scrolls sideways`).toBeLessThanOrEqual(widths.client);
      }
    } finally {
      await hearth.context.close();
    }
  });
}
