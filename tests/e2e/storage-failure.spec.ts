import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/hearth-test';
import { launchHearth } from '../support/launch-hearth';
import { rootFilter, setAgreement } from '../support/hearth-pages';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

test('when IndexedDB cannot open, every page says so and what to do, and the guard keeps dimming from what it last read', async ({ hearth, profileDir, sites }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(hearth, testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 60 * minute)] }));
  const { extensionId } = hearth;
  await hearth.context.close();

  // A file where Chromium keeps the profile's IndexedDB folder: no database of any site can open
  // or be created, as on a full disk or a damaged profile.
  const indexedDbDir = join(profileDir, 'Default', 'IndexedDB');
  rmSync(indexedDbDir, { recursive: true, force: true });
  writeFileSync(indexedDbDir, 'not a folder');

  const relaunched = await launchHearth(profileDir, { installed: true });
  try {
    for (const page of ['options.html', 'popup.html', 'report.html']) {
      const tab = await relaunched.context.newPage();
      await tab.goto(`chrome-extension://${extensionId}/${page}`);
      const alert = tab.getByRole('alert').filter({ hasText: 'Hearth cannot open its storage' });
      await expect(alert, page).toBeVisible();
      await expect(alert, page).toContainText('private windows');
      await expect(alert.getByRole('button', { name: 'Reload' }), page).toBeVisible();
      await expect(tab.getByText('Loading your agreement…'), page).toHaveCount(0);
      await tab.close();
    }

    const work = await relaunched.context.newPage();
    await work.goto(sites.workUrl());
    await expect.poll(() => rootFilter(work)).toContain('grayscale');
  } finally {
    await relaunched.context.close();
  }
});
