import type { Page } from '@playwright/test';
import { test, expect } from '../support/hearth-test';
import { openOptions, readStore, setAgreement } from '../support/hearth-pages';
import type { Hearth } from '../support/launch-hearth';
import { floorToMinute, minute, testAgreement, wallClock } from '../support/test-agreement';

interface StoredRevision {
  id: number;
  source: string;
  agreement: { zones: { id: string; label: string; start: string; end: string }[]; rituals: { id: string; label: string }[] };
}

const EVERY_DAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A zone every day that is not in force now: it starts in three hours and lasts one. */
function laterZone(now: number) {
  return { id: 'evenings', label: 'Family evenings', days: EVERY_DAY, start: wallClock(now + 180 * minute).time, end: wallClock(now + 240 * minute).time, mode: 'dim' };
}

async function openPopup(hearth: Hearth): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  return page;
}

/** What the popup says about right now, read from a freshly opened popup. */
async function rightNow(hearth: Hearth): Promise<string> {
  const popup = await openPopup(hearth);
  const region = popup.getByRole('region', { name: 'Right now' });
  await expect(region).toBeVisible();
  const text = (await region.textContent()) ?? '';
  await popup.close();
  return text;
}

const revisions = (hearth: Hearth) => readStore<StoredRevision>(hearth, 'agreementRevisions');

test('an invalid edit is shown beside its field and saves nothing; a valid edit is a new revision in force; Undo restores the previous one', async ({ hearth }) => {
  const now = floorToMinute(Date.now());
  const original = testAgreement({ zones: [laterZone(now)] });
  await setAgreement(hearth, original);
  const page = await openOptions(hearth);
  await expect(page.getByRole('heading', { name: 'Edit the agreement' })).toBeVisible();
  expect(await rightNow(hearth)).not.toContain('Family evenings');

  // (a) A zone ending at 25:00: the error sits beside the field, and Save sends nothing.
  const end = page.locator('#field-zones-0-end');
  await end.fill('25:00');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  const error = page.locator('#field-zones-0-end-error');
  await expect(error).toHaveText('"25:00" is not a time (use HH:MM, 00:00 to 23:59)');
  await expect(end).toHaveAttribute('aria-describedby', 'field-zones-0-end-error');
  await expect(page.locator('.field', { has: end }).locator('.field-error')).toHaveText(/"25:00" is not a time/);
  await page.getByRole('button', { name: 'Save agreement' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(end).toBeFocused();
  expect((await revisions(hearth)).length).toBe(1);

  // (b) The zone moved to cover now, and a new ritual: one new revision, in force at once.
  const start = wallClock(now - 2 * minute).time;
  const newEnd = wallClock(now + 60 * minute).time;
  await page.locator('#field-zones-0-start').fill(start);
  await end.fill(newEnd);
  await expect(end).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Add a ritual' }).click();
  await page.locator('#field-rituals-0-label').fill('Tea together');
  // Away from now: a new ritual starts at 19:30, and a protected one under way would join the zone in the popup.
  await page.locator('#field-rituals-0-time').fill(wallClock(now + 180 * minute).time);
  await page.getByRole('button', { name: 'Save agreement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const afterSave = await revisions(hearth);
  expect(afterSave.length).toBe(2);
  const saved = afterSave.at(-1)!;
  expect(saved.source).toBe('edit');
  expect(saved.agreement.zones).toEqual([{ ...laterZone(now), start, end: newEnd }]);
  expect(saved.agreement.rituals.map((ritual) => [ritual.id, ritual.label])).toEqual([['time-together', 'Tea together']]);
  await expect(page.getByText('In force since')).toContainText('revision 2');
  await expect(page.getByText(/^Tea together:/)).toBeVisible();
  await expect.poll(() => rightNow(hearth)).toContain('Family evenings until');

  // (c) Undo stores the previous agreement again as the newest revision.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  const afterUndo = await revisions(hearth);
  expect(afterUndo.length).toBe(3);
  expect(afterUndo.at(-1)!.agreement).toEqual(afterSave[0]!.agreement);
  await expect(page.getByText('In force since')).toContainText('revision 3');
  await expect(page.locator('#field-zones-0-end')).toHaveValue(laterZone(now).end);
  await expect.poll(() => rightNow(hearth)).not.toContain('Family evenings');
});

test('the editor works from the keyboard alone: Tab reaches a field and then Save', async ({ hearth }) => {
  await setAgreement(hearth, testAgreement({ zones: [laterZone(floorToMinute(Date.now()))] }));
  const page = await openOptions(hearth);
  await expect(page.getByRole('heading', { name: 'Edit the agreement' })).toBeVisible();

  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  const tabTo = async (matches: () => Promise<boolean>, what: string) => {
    for (let press = 0; press < 400; press++) {
      await page.keyboard.press('Tab');
      if (await matches()) return;
    }
    throw new Error(`Tab never reached ${what}`);
  };

  await tabTo(async () => (await focusedId()) === 'field-zones-0-label', 'the zone name');
  await page.keyboard.press('End');
  await page.keyboard.type(' at home');
  const save = page.getByRole('button', { name: 'Save agreement' });
  await tabTo(() => save.evaluate((button) => button === document.activeElement), 'Save');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const stored = await revisions(hearth);
  expect(stored.length).toBe(2);
  expect(stored.at(-1)!.agreement.zones[0]).toMatchObject({ id: 'evenings', label: 'Family evenings at home' });
});

test('removing a zone from the keyboard leaves focus on the next one, then on Add, never at the top of the page', async ({ hearth }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(hearth, testAgreement({ zones: [laterZone(now), { ...laterZone(now), id: 'late', label: 'Late nights' }], contingencyPlans: [] }));
  const page = await openOptions(hearth);
  const editor = page.getByRole('form', { name: 'Edit the agreement' });
  await editor.getByRole('button', { name: 'Remove Family evenings' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('button', { name: 'Remove Late nights' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('button', { name: '+ Add a no-work zone' })).toBeFocused();
});

test('an agreement stored elsewhere shows at once; an edit begun before it saves nothing until the person chooses, and "save mine" then replaces it', async ({ hearth }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(hearth, testAgreement({ zones: [laterZone(now)] }));
  const page = await openOptions(hearth);
  const label = page.locator('#field-zones-0-label');
  await label.fill('Family evenings at home');

  // Meanwhile, somewhere else: a new agreement is imported (revision 2). The page shows it at once
  // and keeps the unsaved edit.
  await setAgreement(hearth, testAgreement({ zones: [{ ...laterZone(now), label: 'Evenings together' }] }));
  await expect(page.getByText('In force since')).toContainText('revision 2');
  await expect(page.getByRole('status').filter({ hasText: 'A newer agreement (revision 2) was stored after you began editing' })).toBeVisible();
  await expect(label).toHaveValue('Family evenings at home');

  await page.getByRole('button', { name: 'Save agreement' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Nothing was saved: the agreement was changed somewhere else after you began editing (it is now revision 2).');
  expect((await revisions(hearth)).map((revision) => revision.agreement.zones[0]!.label)).toEqual(['Family evenings', 'Evenings together']);
  await expect(label).toHaveValue('Family evenings at home');

  await alert.getByRole('button', { name: 'Save mine in its place' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const stored = await revisions(hearth);
  expect(stored.map((revision) => revision.agreement.zones[0]!.label)).toEqual(['Family evenings', 'Evenings together', 'Family evenings at home']);
  await expect(page.getByText('In force since')).toContainText('revision 3');
});

test('with nothing unsaved, the editor simply shows an agreement stored elsewhere', async ({ hearth }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(hearth, testAgreement({ zones: [laterZone(now)] }));
  const page = await openOptions(hearth);
  await expect(page.locator('#field-zones-0-label')).toHaveValue('Family evenings');
  await setAgreement(hearth, testAgreement({ zones: [{ ...laterZone(now), label: 'Evenings together' }] }));
  await expect(page.locator('#field-zones-0-label')).toHaveValue('Evenings together');
  await expect(page.getByText('In force since')).toContainText('revision 2');
  await expect(page.getByRole('status')).toHaveCount(0);
});
