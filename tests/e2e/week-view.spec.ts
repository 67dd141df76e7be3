import { readFileSync } from 'node:fs';
import { test, expect } from '../support/hearth-test';
import { openOptions, setAgreement } from '../support/hearth-pages';
import { HOUSEHOLD_ZONE, testAgreement } from '../support/test-agreement';

const EXAMPLE = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));

/** Today's date in the household zone, computed apart from Hearth's own code. */
const householdToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: HOUSEHOLD_ZONE }).format(Date.now());

test('the week view lists each zone, ritual and special day on its own day for a screen reader', async ({ hearth }) => {
  await setAgreement(
    hearth,
    testAgreement({
      partners: EXAMPLE.partners,
      zones: EXAMPLE.zones,
      rituals: EXAMPLE.rituals,
      specialDays: [{ id: 'day-off', label: 'Day off together', date: householdToday(), mode: 'track' }],
    }),
  );
  const page = await openOptions(hearth);
  const week = page.getByRole('region', { name: 'This week' });
  await expect(week.getByRole('heading', { level: 3 })).toHaveCount(7);
  // The household's week starts on Monday; each day's list is named by its heading.
  await expect(week.getByRole('heading', { level: 3 }).first()).toHaveText(/^Monday, /);
  const day = (name: string) => week.getByRole('list', { name: new RegExp(`^${name}, `) });

  await expect(day('Monday').getByRole('listitem').filter({ hasText: /^Family evenings, no-work zone, dims work sites, 7:00\sPM to 7:00\sAM the next day$/ })).toHaveCount(1);
  await expect(day('Tuesday').getByRole('listitem').filter({ hasText: /^Family evenings, no-work zone, dims work sites, 7:00\sPM the day before to 7:00\sAM$/ })).toHaveCount(1);
  await expect(day('Monday').getByRole('listitem').filter({ hasText: /^Shared breakfast, ritual, protected, dims work sites, 7:15\sAM to 7:45\sAM$/ })).toHaveCount(1);
  await expect(day('Saturday').getByRole('listitem').filter({ hasText: 'Shared breakfast' })).toHaveCount(0);
  await expect(day('Sunday').getByRole('listitem').filter({ hasText: /^Weekly check-in, ritual, protected, dims work sites, 6:00\sPM to 6:20\sPM$/ })).toHaveCount(1);
  await expect(day('Sunday').getByRole('listitem').filter({ hasText: 'Our Sunday, no-work zone, blocks work sites, all day' })).toHaveCount(1);
  await expect(day('Saturday').getByRole('listitem').filter({ hasText: /^Sam, working hours, 9:00\sAM to 11:00\sAM$/ })).toHaveCount(1);

  const today = week.getByRole('list', { name: /\(today\)$/ });
  await expect(today.getByRole('listitem').filter({ hasText: 'Day off together, special day, records only, all day' })).toHaveCount(1);

  // The drawing says the same to the eye and nothing twice to a screen reader.
  await expect(week.locator('.wv-drawing')).toHaveAttribute('aria-hidden', 'true');
  await expect(week.locator('.wv-track .wv-mode-block')).toHaveCount(1);
});

test('the week view draws an edit before it is saved, keeps the last valid draft while a time is half typed, and goes back on Discard', async ({ hearth }) => {
  await setAgreement(hearth, testAgreement({ zones: [EXAMPLE.zones[0]] }));
  const page = await openOptions(hearth);
  const week = page.getByRole('region', { name: 'This week' });
  const monday = week.getByRole('list', { name: /^Monday, / });
  const evening = (times: RegExp) => monday.getByRole('listitem').filter({ hasText: times });
  await expect(evening(/^Family evenings, no-work zone, dims work sites, 7:00\sPM to 7:00\sAM the next day$/)).toHaveCount(1);
  await expect(week.getByText('Showing your unsaved changes')).toHaveCount(0);

  const end = page.locator('#field-zones-0-end');
  await end.fill('21:30');
  await expect(evening(/^Family evenings, no-work zone, dims work sites, 7:00\sPM to 9:30\sPM$/)).toHaveCount(1);
  await expect(week.getByText('Showing your unsaved changes')).toBeVisible();

  await end.fill('21:');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(evening(/7:00\sPM to 9:30\sPM$/)).toHaveCount(1);

  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(evening(/7:00\sPM to 7:00\sAM the next day$/)).toHaveCount(1);
  await expect(week.getByText('Showing your unsaved changes')).toHaveCount(0);
});
