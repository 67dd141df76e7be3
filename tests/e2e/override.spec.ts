import { test, expect } from '../support/hearth-test';
import { guardUi } from '../support/closed-shadow';
import { openOptions, rootFilter, setAgreement } from '../support/hearth-pages';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

test('an override with a reason opens the site for the agreed minutes, is recorded, and is refused past the allowance', async ({ hearth, sites }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(
    hearth,
    testAgreement({
      zones: [zoneBetween(now - 2 * minute, now + 60 * minute, { label: 'Family evenings' })],
      overridePolicy: { maxMinutes: 1, perWeek: 1, reasonRequired: true },
    }),
  );
  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  expect(await rootFilter(page)).toContain('grayscale');
  const banner = await guardUi(page);
  await expect.poll(() => banner.text('h2')).toBe('Family evenings');

  await banner.click('button.link');
  expect(await banner.text('.note')).toContain('Overrides left this week: 1 of 1.');
  // Durations are written with the language's own plural.
  expect(await banner.text('button.primary')).toBe('Open for 1 minute');
  // Too short a reason is refused with a reason why, and nothing opens.
  await banner.type('textarea', 'ok');
  await banner.click('button.primary');
  await expect.poll(() => banner.text('[role=alert]')).toContain('Please write a reason');
  expect(await rootFilter(page)).toContain('grayscale');

  await banner.type('textarea', ' — production incident, on call');
  const grantedAt = Date.now();
  await banner.click('button.primary');
  await expect.poll(() => rootFilter(page)).toBe('none');
  await expect.poll(() => banner.present()).toBe(false);

  // A work page loaded during the override is not dimmed either: the site is excluded, not just this tab.
  const second = await hearth.context.newPage();
  await second.goto(sites.workUrl('/second'));
  await second.waitForTimeout(500);
  expect(await rootFilter(second)).toBe('none');

  const options = await openOptions(hearth);
  const stored = await options.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        indexedDB.open('hearth').onsuccess = (event) => {
          const db = (event.target as IDBOpenDBRequest).result;
          const all = db.transaction('overrides').objectStore('overrides').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );
  expect(stored).toEqual([
    expect.objectContaining({
      site: 'work.hearth.test',
      minutes: 1,
      reason: 'ok — production incident, on call',
      sources: [expect.objectContaining({ kind: 'zone', label: 'Family evenings' })],
    }),
  ]);
  await options.close();

  // After the agreed minute both tabs dim again by themselves.
  const expiry = grantedAt + minute;
  await expect.poll(() => rootFilter(page), { timeout: expiry - Date.now() + 20_000, intervals: [500] }).toContain('grayscale');
  await expect.poll(() => rootFilter(second), { timeout: 10_000 }).toContain('grayscale');
  expect(Date.now()).toBeGreaterThanOrEqual(expiry);

  // The week's allowance is used: a second override is refused, clearly, and the page stays dimmed.
  await expect.poll(() => banner.present()).toBe(true);
  await banner.click('button.link');
  await banner.type('textarea', 'just one more email');
  await banner.click('button.primary');
  await expect.poll(() => banner.text('[role=alert]')).toContain('That is every override you agreed on for this week (1).');
  expect(await rootFilter(page)).toContain('grayscale');
});
