import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHearth, type Hearth } from '../support/launch-hearth';
import { openOptions, readStore, setAgreement } from '../support/hearth-pages';
import { HOUSEHOLD_ZONE, testAgreement } from '../support/test-agreement';

let hearth: Hearth;
test.beforeEach(async () => {
  hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-de-')), { locale: 'de-DE' });
});
test.afterEach(async () => hearth.context.close());

const DAY = 24 * 60 * 60_000;
const householdDate = (days = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: HOUSEHOLD_ZONE }).format(Date.now() + days * DAY);

test('in German: the plans editor, the review rhythm, the agreement’s review and a season’s review', async () => {
  const season = { id: 'launch', label: 'Launch', lead: 'alex', start: householdDate(-10), end: householdDate(10), weeklyAfterHoursMinutes: 300, reviewOn: householdDate() };
  await setAgreement(hearth, testAgreement({ focusSeasons: [season], reviewRhythm: { everyMonths: 3, from: householdDate() } }));

  // The popup says what is due, in German.
  const popup = await hearth.context.newPage();
  await popup.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  const due = popup.getByRole('region', { name: 'Überprüfung fällig' });
  await expect(due.getByRole('button', { name: '„Launch“ überprüfen' })).toBeVisible();
  await expect(due.getByRole('button', { name: 'Überprüfung beginnen' })).toBeVisible();

  // A plan written in the editor, its error beside the field.
  const options = await openOptions(hearth);
  const plans = options.getByRole('region', { name: 'Pläne für harte Wochen' });
  await plans.getByRole('button', { name: '+ Plan hinzufügen' }).click();
  const name = plans.getByRole('textbox', { name: 'Name' });
  await name.fill(' ');
  await expect(name).toHaveAccessibleDescription(/\S/);
  await name.fill('Reisewoche');
  await plans.getByRole('checkbox', { name: 'Ein eigenes Budget nach Feierabend' }).check();
  await plans.getByRole('textbox', { name: 'Budget nach Feierabend, solange er gilt' }).fill('300');
  await plans.getByRole('textbox', { name: 'Wer übernimmt was' }).fill('Wer zu Hause ist, bringt die Kinder ins Bett.');
  const rhythm = options.getByRole('region', { name: 'Rhythmus der Überprüfung' });
  await expect(rhythm.getByRole('combobox', { name: 'Überprüfen' })).toHaveValue('3');
  await expect(rhythm.getByRole('combobox', { name: 'Überprüfen' }).locator('option:checked')).toHaveText('vierteljährlich (alle 3 Monate)');
  await options.getByRole('button', { name: 'Vereinbarung speichern' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Gespeichert' }).first()).toBeVisible();

  // The season's review.
  await options.goto(`chrome-extension://${hearth.extensionId}/options.html#season-review`);
  const form = options.getByRole('form', { name: 'Überprüfung von „Launch“' });
  await expect(form).toContainText('Alex legt sich ins Zeug, Sam unterstützt.');
  await expect(form.getByRole('radio', { name: 'An Sam übergeben' })).toBeVisible();
  await form.getByRole('radio', { name: 'Beenden' }).check();
  await expect(form).toContainText('Sie endet mit gestern');
  await form.getByRole('button', { name: 'Fokuszeit beenden' }).click();
  await expect(options.getByRole('region', { name: 'Fokuszeiten zur Überprüfung' }).getByRole('status')).toHaveText('Gespeichert.');

  // The agreement's review: every part in German, one change, the summary in words.
  await options.goto(`chrome-extension://${hearth.extensionId}/options.html#review`);
  const review = options.getByRole('region', { name: 'Die Vereinbarung gemeinsam überprüfen' });
  await expect(review.getByRole('status')).toHaveText('0 von 11 Teilen angesehen');
  for (const part of await review.getByRole('group', { name: /: behalten oder ändern\?$/ }).all()) {
    const legend = await part.evaluate((group) => group.querySelector('legend')!.textContent!);
    await part.getByRole('radio', { name: legend.startsWith('Budget und Ausnahmen') ? 'Ändern' : 'Behalten' }).check();
  }
  await review.getByRole('textbox', { name: 'Budget für Arbeit nach Feierabend' }).fill('90');
  const summary = review.getByRole('form', { name: 'Was sich ändert' });
  await expect(summary.getByRole('listitem').first()).toHaveText('Wochenbudget: nach Feierabend pro Woche 2 Std. → 1 Std. 30 Min.');
  await summary.getByRole('textbox', { name: 'Eine Notiz zu dieser Überprüfung (freiwillig)' }).fill('Weniger späte Abende');
  await summary.getByRole('button', { name: 'Überprüfung abschließen' }).click();
  await expect(review.getByRole('status')).toHaveText('Die Überprüfung ist gespeichert. Die nächste folgt im vereinbarten Rhythmus.');

  const revisions = await readStore<{ note?: string; agreement: { contingencyPlans: { name: string }[] } }>(hearth, 'agreementRevisions');
  expect(revisions).toHaveLength(4);
  expect(revisions.at(-1)!.note).toBe('Weniger späte Abende');
  expect(revisions.at(-1)!.agreement.contingencyPlans.map((plan) => plan.name)).toEqual(['Reisewoche']);
});
