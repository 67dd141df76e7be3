import type { Page } from '@playwright/test';
import { test, expect } from '../support/hearth-test';
import { readStore, setAgreement } from '../support/hearth-pages';
import { HOUSEHOLD_ZONE, testAgreement } from '../support/test-agreement';
import type { Hearth } from '../support/launch-hearth';
import { expectNoAxeViolations } from '../support/axe';

const DAY = 24 * 60 * 60_000;
/** A household date `days` from today; reviews are by the day, so nothing here depends on the hour. */
const householdDate = (days = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: HOUSEHOLD_ZONE }).format(Date.now() + days * DAY);

interface Revision {
  note?: string;
  agreement: { budget: { weeklyAfterHoursMinutes: number }; reviewRhythm: { everyMonths: number; from: string }; focusSeasons: { lead: string; start: string; end: string; weeklyAfterHoursMinutes: number }[] };
}

/** The popup's "Review due" card, and the options page its button opens in a new tab. */
async function fromReviewCard(hearth: Hearth, button: string | RegExp): Promise<Page> {
  const popup = await hearth.context.newPage();
  await popup.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  const card = popup.getByRole('region', { name: 'Review due' });
  const opened = hearth.context.waitForEvent('page', (page) => page.url().includes('/options.html'));
  await card.getByRole('button', { name: button }).click();
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

test('the agreement’s review walks every part, changes one, and saves one revision with the note', async ({ hearth }) => {
  // Its date was five days ago and it was not held: it is still due.
  await setAgreement(hearth, testAgreement({ reviewRhythm: { everyMonths: 3, from: householdDate(-5) } }));
  const page = await fromReviewCard(hearth, 'Begin the review');
  expect(new URL(page.url()).hash).toBe('#review');
  const review = page.getByRole('region', { name: 'Review the agreement together' });
  await expect(review.getByRole('listitem').filter({ has: page.getByRole('radio') })).toHaveCount(11);

  // Every part but the budget is kept; the budget is changed right here, with the editor's own field.
  for (const part of await review.getByRole('group', { name: /: keep or change\?$/ }).all()) {
    const name = await part.evaluate((group) => group.querySelector('legend')!.textContent!);
    await part.getByRole('radio', { name: name.startsWith('Budget and overrides') ? 'Change' : 'Keep' }).check();
  }
  await expect(review.getByRole('status')).toHaveText('11 of 11 parts looked at');
  await review.getByRole('textbox', { name: 'After-hours budget' }).fill('90');
  await expectNoAxeViolations(page, 'the review with a part open for change');
  const summary = review.getByRole('form', { name: 'What changes' });
  await expect(summary.getByRole('listitem').first()).toHaveText('Weekly budget: after hours a week 2 hr → 1 hr 30 min');
  await summary.getByRole('textbox', { name: 'A note on this review (optional)' }).fill('Fewer late nights this quarter');
  await summary.getByRole('button', { name: 'Finish the review' }).click();
  await expect(review.getByRole('status')).toHaveText('The review is saved. The next one is a rhythm later.');

  const revisions = await readStore<Revision>(hearth, 'agreementRevisions');
  expect(revisions).toHaveLength(2);
  const saved = revisions.at(-1)!;
  expect(saved.note).toBe('Fewer late nights this quarter');
  expect(saved.agreement.budget.weeklyAfterHoursMinutes).toBe(90);
  // Done: the next review is a quarter away, and the popup no longer says it is due.
  expect(saved.agreement.reviewRhythm.from > householdDate(80)).toBe(true);
  await page.getByRole('button', { name: 'Back to the agreement' }).click();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  const popup = await hearth.context.newPage();
  await popup.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  await expect(popup.getByRole('region', { name: 'Right now' })).toBeVisible();
  await expect(popup.getByRole('region', { name: 'Review due' })).toHaveCount(0);
});

test('at a focus season’s review it is handed to the other partner, with its own budget, as one change', async ({ hearth }) => {
  const season = { id: 'launch', label: 'Launch', lead: 'alex', start: householdDate(-10), end: householdDate(10), weeklyAfterHoursMinutes: 300, reviewOn: householdDate() };
  await setAgreement(hearth, testAgreement({ focusSeasons: [season] }));
  const page = await fromReviewCard(hearth, 'Review “Launch”');
  expect(new URL(page.url()).hash).toBe('#season-review');
  const form = page.getByRole('form', { name: 'Review of “Launch”' });
  await expect(form).toContainText('Alex leads, Sam supports.');
  await expectNoAxeViolations(page, 'the options page with a season to review');
  await form.getByRole('radio', { name: 'Hand it to Sam' }).check();
  await form.getByRole('textbox', { name: 'Name of the new season' }).fill('Sam’s thesis');
  await form.getByRole('textbox', { name: 'Sam’s after-hours budget' }).fill('240');
  await form.getByLabel('Last day').fill(householdDate(40));
  await form.getByLabel('Next review').fill(householdDate(30));
  await form.getByRole('button', { name: 'Hand the season over' }).click();
  await expect(page.getByRole('region', { name: 'Focus seasons to review' }).getByRole('status')).toHaveText('Saved.');

  const revisions = await readStore<Revision>(hearth, 'agreementRevisions');
  expect(revisions).toHaveLength(2);
  expect(revisions.at(-1)!.agreement.focusSeasons).toEqual([
    { ...season, end: householdDate(-1), reviewOn: householdDate(-1) },
    { id: 'sam-s-thesis', label: 'Sam’s thesis', lead: 'sam', start: householdDate(), end: householdDate(40), weeklyAfterHoursMinutes: 240, reviewOn: householdDate(30) },
  ]);
});

test('an extension to a review date that has come is refused and saves nothing; a later one is saved', async ({ hearth }) => {
  const season = { id: 'launch', label: 'Launch', lead: 'alex', start: householdDate(-10), end: householdDate(10), weeklyAfterHoursMinutes: 300, reviewOn: householdDate() };
  await setAgreement(hearth, testAgreement({ focusSeasons: [season] }));
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/options.html#season-review`);
  const form = page.getByRole('form', { name: 'Review of “Launch”' });
  await form.getByLabel('Next review').fill(householdDate());
  await form.getByRole('button', { name: 'Extend the season' }).click();
  await expect(form.getByRole('alert')).toHaveText('The next review must be after today.');
  await form.getByLabel('Next review').fill(householdDate(7));
  await form.getByRole('button', { name: 'Extend the season' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const revisions = await readStore<Revision>(hearth, 'agreementRevisions');
  expect(revisions.at(-1)!.agreement.focusSeasons[0]).toMatchObject({ lead: 'alex', reviewOn: householdDate(7) });
});

test('unsaved edits wait while the review takes the editor’s place, and are there again after it', async ({ hearth }) => {
  await setAgreement(hearth, testAgreement({ reviewRhythm: { everyMonths: 3, from: householdDate(30) } }));
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/options.html`);
  const editor = page.getByRole('form', { name: 'Edit the agreement' });
  await editor.getByRole('textbox', { name: 'After-hours budget', exact: true }).fill('45');
  await page.getByRole('link', { name: 'Begin the review' }).click();
  const review = page.getByRole('region', { name: 'Review the agreement together' });
  await review.getByRole('button', { name: 'Leave the review' }).click();
  await expect(editor.getByRole('textbox', { name: 'After-hours budget', exact: true })).toHaveValue('45');
  await expect(editor.getByRole('button', { name: 'Save agreement' })).toBeEnabled();
});
