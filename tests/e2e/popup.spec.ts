import type { Page } from '@playwright/test';
import { test, expect } from '../support/hearth-test';
import { putRecords, readStore, sendFromExtensionPage, setAgreement } from '../support/hearth-pages';
import type { Hearth } from '../support/launch-hearth';
import { dailyRitual, floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';

/** The popup, opened as a tab: the same page the toolbar button shows. */
async function openPopup(hearth: Hearth): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  return page;
}


test('without an agreement, the popup invites setting one up', async ({ hearth }) => {
  const popup = await openPopup(hearth);
  await expect(popup.getByRole('heading', { name: 'No agreement yet' })).toBeVisible();
  const options = hearth.context.waitForEvent('page', (page) => page.url().endsWith('/options.html'));
  await popup.getByRole('button', { name: 'Set up your agreement' }).click();
  await options;
});

test('not linked, the partner card leads to linking: the options page opens at its link section, in view', async ({ hearth }) => {
  await setAgreement(hearth, testAgreement());
  const popup = await openPopup(hearth);
  const partner = popup.getByRole('region', { name: 'Your partner' });
  await expect(partner).toContainText('Not linked yet');
  await expect(partner).not.toContainText('coming soon');
  const opened = hearth.context.waitForEvent('page', (page) => page.url().endsWith('/options.html#link'));
  await partner.getByRole('button', { name: 'Link with my partner' }).click();
  const options = await opened;
  // The agreement's parts come first on the page, once it is read: the link section is below them.
  await expect(options.getByRole('heading', { level: 2, name: 'The agreement in force' })).toBeAttached();
  await expect(options.getByRole('heading', { level: 2, name: 'Link with my partner' })).toBeInViewport();
  expect(await options.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('in a zone, the popup names it, counts down to the next ritual, shows the budget and keeps the note', async ({ hearth }) => {
  const now = floorToMinute(Date.now());
  await setAgreement(
    hearth,
    testAgreement({
      zones: [zoneBetween(now - 2 * minute, now + 60 * minute, { label: 'Family evenings' })],
      rituals: [dailyRitual('breakfast', 'Shared breakfast', now - 60 * minute), dailyRitual('walk', 'Evening walk', now + 30 * minute)],
    }),
  );
  const popup = await openPopup(hearth);

  await expect(popup.getByRole('region', { name: 'Right now' })).toContainText('Family evenings until');
  await expect(popup.getByRole('region', { name: 'Next ritual' })).toContainText(/Evening walk in (29|30) min/);

  // The example agreement's budget is 120 minutes a week; nothing was recorded in this profile.
  const meter = popup.getByRole('meter', { name: 'After-hours time this week' });
  await expect(meter).toBeVisible();
  await expect(meter).toHaveAttribute('aria-valuetext', '0 of 120 minutes');

  await expect(popup.getByRole('region', { name: 'Your partner' })).toContainText('Not linked yet');

  // The breakfast ended half an hour ago: one tap marks it, and the mark is there on reopening.
  const breakfast = popup.getByRole('group', { name: /Shared breakfast ended at/ });
  await breakfast.getByRole('button', { name: 'Kept' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Kept. Lovely.' })).toBeVisible();

  await popup.getByRole('textbox', { name: 'Status note' }).fill('  Deadline Thursday, home by 7 ');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
  await popup.close();

  const reopened = await openPopup(hearth);
  await expect(reopened.getByRole('textbox', { name: 'Status note' })).toHaveValue('Deadline Thursday, home by 7');
  await expect(reopened.getByRole('group', { name: /Shared breakfast ended at/ }).getByRole('button', { name: 'Kept' })).toHaveAttribute('aria-pressed', 'true');
});

test("a ritual Hearth marked by itself shows as Hearth's guess, and the person's tap replaces it", async ({ hearth }) => {
  const now = floorToMinute(Date.now());
  const start = now - 60 * minute;
  await setAgreement(hearth, testAgreement({ rituals: [dailyRitual('breakfast', 'Shared breakfast', start)] }));
  // As ritual-outcomes.ts leaves it when it saw work during the ritual.
  await putRecords(hearth, 'ritualMarks', [{ ritualId: 'breakfast', start, outcome: 'skipped', markedAt: now - 29 * minute, source: 'auto' }]);

  const popup = await openPopup(hearth);
  const breakfast = popup.getByRole('group', { name: /Shared breakfast ended at/ });
  await expect(popup.getByRole('status').filter({ hasText: "Hearth's guess: work came in during it." })).toBeVisible();
  await expect(breakfast.getByRole('button', { name: 'Skipped' })).toHaveAttribute('aria-pressed', 'true');

  await breakfast.getByRole('button', { name: 'Kept' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Kept. Lovely.' })).toBeVisible();
  await expect(popup.getByText("Hearth's guess")).toHaveCount(0);
  await popup.close();

  const reopened = await openPopup(hearth);
  await expect(reopened.getByRole('status').filter({ hasText: 'Kept. Lovely.' })).toBeVisible();
  await expect(reopened.getByText("Hearth's guess")).toHaveCount(0);
  const marks = await readStore<{ ritualId: string; start: number; outcome: string; source?: string }>(hearth, 'ritualMarks');
  // No source: the person's own word, as every mark was before Hearth guessed.
  expect(marks).toHaveLength(1);
  expect(marks[0]).toMatchObject({ ritualId: 'breakfast', start, outcome: 'kept' });
  expect(marks[0]).not.toHaveProperty('source');
});

test('the background refuses a note that is too long, with a reason', async ({ hearth }) => {
  const reply = await sendFromExtensionPage(hearth, { type: 'popup:note', text: 'x'.repeat(81) });
  expect(reply).toEqual({ ok: false, key: 'popupNoteTooLong' });
});
