import type { Page } from '@playwright/test';
import { test, expect } from '../support/hearth-test';
import { putRecords, readStore, setAgreement } from '../support/hearth-pages';
import type { Hearth } from '../support/launch-hearth';
import { minute, testAgreement, wallClock } from '../support/test-agreement';

async function openPopup(hearth: Hearth): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  return page;
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * Alex has no working hours at all and Sam works around the clock, so one stretch of work is after
 * hours for Alex and in hours for Sam whatever the hour. The week starts on the weekday of an hour
 * ago, so the stretch (ten to five minutes ago) always falls in this week.
 */
function twoDifferentPartners(now: number) {
  return testAgreement({
    household: { timeZone: 'Europe/Berlin', weekStartsOn: wallClock(now - 60 * minute).weekday },
    partners: [
      { id: 'alex', name: 'Alex', workingHours: {} },
      { id: 'sam', name: 'Sam', workingHours: Object.fromEntries(DAYS.map((day) => [day, [{ start: '00:00', end: '24:00' }]])) },
    ],
    budget: { weeklyAfterHoursMinutes: 60 },
    focusSeasons: [],
  });
}

test("until this browser's partner is chosen the popup asks, and choosing Sam makes the budget Sam's", async ({ hearth }) => {
  const now = Date.now();
  await setAgreement(hearth, twoDifferentPartners(now), null);
  // In force from half an hour ago, so the stretch below is judged by it.
  const [revision] = await readStore<{ effectiveAt: number }>(hearth, 'agreementRevisions');
  await putRecords(hearth, 'agreementRevisions', [{ ...revision, effectiveAt: now - 30 * minute }]);
  await putRecords(hearth, 'intervals', [{ id: `${now - 10 * minute}:work.hearth.test`, domain: 'work.hearth.test', category: 'docs', start: now - 10 * minute, end: now - 5 * minute, audible: false }]);

  const popup = await openPopup(hearth);
  const question = popup.getByRole('region', { name: 'Whose browser is this?' });
  await expect(question).toBeVisible();
  // Nothing is judged before the answer: no state, no budget.
  await expect(popup.getByRole('meter')).toHaveCount(0);
  await expect(popup.getByRole('region', { name: 'Right now' })).toHaveCount(0);

  await question.getByRole('button', { name: 'Sam' }).click();
  const meter = popup.getByRole('meter', { name: 'After-hours time this week' });
  await expect(meter).toHaveAttribute('aria-valuetext', '0 of 60 minutes');
  await popup.close();

  // Chosen once, for good: the popup opens on the status, and the options page shows the choice.
  const reopened = await openPopup(hearth);
  await expect(reopened.getByRole('meter', { name: 'After-hours time this week' })).toHaveAttribute('aria-valuetext', '0 of 60 minutes');
  await expect(reopened.getByRole('region', { name: 'Whose browser is this?' })).toHaveCount(0);
  await reopened.close();

  // Changed later on the options page: the same stored minutes are judged again, by Alex's hours.
  const options = await hearth.context.newPage();
  await options.goto(`chrome-extension://${hearth.extensionId}/options.html#identity`);
  const form = options.getByRole('form', { name: 'Whose browser is this?' });
  await expect(form.getByRole('radio', { name: 'Sam' })).toBeChecked();
  await form.getByRole('radio', { name: 'Alex' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toHaveText("Saved. Hearth now judges by this person's hours.");
  const asAlex = await openPopup(hearth);
  await expect(asAlex.getByRole('meter', { name: 'After-hours time this week' })).toHaveAttribute('aria-valuetext', '5 of 60 minutes');
});
