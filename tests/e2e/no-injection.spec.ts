import { test, expect } from '../support/hearth-test';
import { probeInjections } from '../support/injection-probe';
import { registeredGuardScripts, rootFilter, setAgreement } from '../support/hearth-pages';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

const NOTHING = { worlds: [], sheets: [], attributes: [], element: false };

test('inside a zone, a non-work page gets no Hearth script or CSS at all, while a work page does', async ({ hearth, sites }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(hearth, testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 30 * minute)] }));

  const other = await hearth.context.newPage();
  const otherProbe = await probeInjections(other, hearth.extensionId);
  await other.goto(sites.otherUrl());
  await other.waitForTimeout(1000);
  expect(await otherProbe.snapshot()).toEqual(NOTHING);
  expect(await rootFilter(other)).toBe('none');

  // Positive control: the same probe does see Hearth on a work page, so its silence above means something.
  const work = await hearth.context.newPage();
  const workProbe = await probeInjections(work, hearth.extensionId);
  await work.goto(sites.workUrl());
  await expect.poll(async () => (await workProbe.snapshot()).element).toBe(true);
  const seen = await workProbe.snapshot();
  expect(seen.worlds.length).toBeGreaterThan(0);
  expect(seen.sheets.length).toBeGreaterThan(0);
  // The page can tell that something guards it, not what: nothing is written on <html>.
  expect(seen.attributes).toEqual([]);
  expect(await rootFilter(work)).toContain('grayscale');
});

test('outside every zone, a work page gets no Hearth script or CSS and nothing is registered', async ({ hearth, sites }) => {
  const now = floorToMinute(Date.now());
  // A zone later today exists, so the agreement is real; it just is not in force now.
  await setAgreement(hearth, testAgreement({ zones: [zoneBetween(now + 120 * minute, now + 150 * minute)] }));
  expect(await registeredGuardScripts(hearth)).toEqual([]);

  const work = await hearth.context.newPage();
  const probe = await probeInjections(work, hearth.extensionId);
  await work.goto(sites.workUrl());
  await work.waitForTimeout(1000);
  expect(await probe.snapshot()).toEqual(NOTHING);
  expect(await rootFilter(work)).toBe('none');
});
