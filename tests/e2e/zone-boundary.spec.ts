import { test, expect } from '../support/hearth-test';
import { guardUi } from '../support/closed-shadow';
import { registeredGuardScripts, rootFilter, setAgreement } from '../support/hearth-pages';
import { minute, testAgreement, zoneBetween } from '../support/test-agreement';

test('an open work tab dims when a zone starts and undims when it ends, without a reload', async ({ hearth, sites }) => {
  // Zones are whole minutes: start at the first minute at least 40 s away, end a minute later.
  const start = Math.ceil((Date.now() + 40_000) / minute) * minute;
  const end = start + minute;
  await setAgreement(hearth, testAgreement({ zones: [zoneBetween(start, end, { label: 'Evening walk together' })] }));

  const page = await hearth.context.newPage();
  await page.goto(sites.workUrl());
  await page.evaluate(() => ((window as unknown as { loadedOnce: number }).loadedOnce = 42));
  expect(await rootFilter(page)).toBe('none');
  const banner = await guardUi(page);
  expect(await banner.present()).toBe(false);

  await expect.poll(() => rootFilter(page), { timeout: start - Date.now() + 20_000, intervals: [500] }).toContain('grayscale');
  const dimmedAt = Date.now();
  expect(dimmedAt).toBeGreaterThanOrEqual(start);
  await expect.poll(() => banner.text('h2')).toBe('Evening walk together');
  expect(await registeredGuardScripts(hearth)).toHaveLength(1);

  await expect.poll(() => rootFilter(page), { timeout: end - Date.now() + 20_000, intervals: [500] }).toBe('none');
  expect(Date.now()).toBeGreaterThanOrEqual(end);
  await expect.poll(() => banner.present()).toBe(false);
  expect(await registeredGuardScripts(hearth)).toEqual([]);
  // The same document all along: nothing was reloaded.
  expect(await page.evaluate(() => (window as unknown as { loadedOnce: number }).loadedOnce)).toBe(42);
});
