import { test, expect } from '../support/hearth-test';
import { readStore, rootFilter, setAgreement } from '../support/hearth-pages';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

test('a contingency plan invoked from the popup stops dimming its zones at once, counts no override, and can be ended', async ({ hearth, sites }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(
    hearth,
    testAgreement({
      zones: [zoneBetween(now - 2 * minute, now + 120 * minute, { id: 'evenings', label: 'Family evenings' })],
      contingencyPlans: [{ id: 'crunch', name: 'Deadline crunch', trackZones: ['evenings'], pausedRituals: [], cover: 'Sam does the school run.' }],
    }),
  );
  const work = await hearth.context.newPage();
  await work.goto(sites.workUrl());
  await expect.poll(() => rootFilter(work)).toContain('grayscale');

  const popup = await hearth.context.newPage();
  await popup.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  const plans = popup.getByRole('region', { name: 'Plans for hard weeks' });
  await plans.getByLabel('Plan', { exact: true }).selectOption({ label: 'Deadline crunch' });
  await expect(plans).toContainText('Sam does the school run.');
  // The last day is today by default; a day past two weeks is refused by the background.
  await plans.getByRole('button', { name: 'Start this plan' }).click();
  await expect(plans.getByRole('status')).toHaveText('The plan holds now.');
  await expect(plans).toContainText('Deadline crunch holds until');

  await expect.poll(() => rootFilter(work)).toBe('none');
  const reload = await hearth.context.newPage();
  await reload.goto(sites.workUrl('/later'));
  await reload.waitForTimeout(500);
  expect(await rootFilter(reload)).toBe('none');
  expect(await readStore(hearth, 'overrides')).toEqual([]);

  await plans.getByRole('button', { name: 'End the plan now' }).click();
  await expect(plans.getByRole('status')).toHaveText('The plan has ended.');
  await expect.poll(() => rootFilter(work)).toContain('grayscale');
});
