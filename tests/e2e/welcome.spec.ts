import type { Page } from '@playwright/test';
import { test, expect } from '../support/hearth-test';
import { expectNoAxeViolations } from '../support/axe';
import { guardUi } from '../support/closed-shadow';
import { rootFilter } from '../support/hearth-pages';
import { launchHearth, type Hearth } from '../support/launch-hearth';
import { minute, wallClock } from '../support/test-agreement';

let hearth: Hearth | undefined;
test.afterEach(async () => hearth?.context.close());

async function welcomePage(launched: Hearth): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  const page = launched.context.pages().find(isWelcome) ?? (await launched.context.waitForEvent('page', { predicate: isWelcome }));
  await page.waitForLoadState();
  return page;
}

const weekdayName = (instant: number) => new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', weekday: 'long' }).format(instant);

test('from install to the first dimmed work page: the setup opens by itself, resumes after a reload, and stores a working agreement', async ({ profileDir, sites }) => {
  // A catalog site's host is served by the test sites, so the pick can be visited. Not github.com
  // or a .app site: those are on Chromium's HSTS preload list and would be asked for over https.
  hearth = await launchHearth(profileDir, { welcome: true, mapHosts: ['hearth.youtrack.cloud'] });
  const page = await welcomePage(hearth);
  await expect(page.getByRole('heading', { name: 'Welcome to Hearth' })).toBeVisible();
  await page.getByRole('button', { name: "Let's begin" }).click();

  // Going on without answers names what is missing, beside each field, and puts focus on the first.
  const step = page.getByRole('form');
  await step.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please correct what is marked above.');
  await expect(step.getByRole('textbox', { name: 'First name' })).toBeFocused();
  await expect(step.getByRole('textbox', { name: 'First name' })).toHaveAccessibleDescription('Enter a name.');
  await step.getByRole('textbox', { name: 'First name' }).fill('Alex');
  await step.getByRole('textbox', { name: 'Second name' }).fill('Sam');
  await step.getByRole('group', { name: 'Whose browser is this?' }).getByRole('radio', { name: 'Sam' }).check();
  await step.getByRole('button', { name: 'Continue' }).click();

  // Closed or reloaded half-way, it goes on where it was left, answers kept.
  await expect(page.getByRole('heading', { name: "Your household's time" })).toBeFocused();
  await page.reload();
  const zoneField = page.getByRole('combobox', { name: 'Time zone' });
  await expect(zoneField).toHaveValue(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
  await zoneField.fill('Europe/Berlin');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('group', { name: "Sam's hours" })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();

  // A zone of their own that holds now whatever the hour: from two minutes ago to half an hour on.
  const now = Date.now();
  await page.getByRole('checkbox', { name: 'A zone of your own' }).check();
  const zone = page.getByRole('group', { name: 'Our time' });
  await zone.getByRole('textbox', { name: 'Name' }).fill('Dinner at home');
  const ours = page.getByRole('group', { name: 'Dinner at home' });
  await ours.getByRole('checkbox', { name: weekdayName(now - 2 * minute) }).check();
  await ours.getByRole('textbox', { name: 'From', exact: true }).fill(wallClock(now - 2 * minute).time);
  await ours.getByRole('textbox', { name: 'To', exact: true }).fill(wallClock(now + 30 * minute).time);
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('radio', { name: 'None for now' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('checkbox', { name: 'YouTrack' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  // The week the answers make, drawn before anything is stored.
  await expect(page.getByRole('region', { name: 'This week' })).toContainText('Dinner at home');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: "You're set" })).toBeVisible();
  expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'identity:get' }))).toEqual({ partnerId: 'sam' });

  const work = await hearth.context.newPage();
  await work.goto(`http://hearth.youtrack.cloud:${sites.port}/`);
  await expect.poll(() => rootFilter(work)).toContain('grayscale');
  const banner = await guardUi(work);
  await expect.poll(() => banner.text('h2')).toBe('Dinner at home');
});

test('skipping the setup opens the settings and it is not offered again on its own', async ({ profileDir }) => {
  hearth = await launchHearth(profileDir, { welcome: true });
  const page = await welcomePage(hearth);
  const options = hearth.context.waitForEvent('page', { predicate: (opened) => opened.url().endsWith('/options.html') });
  await page.getByRole('button', { name: "Skip, I'll set up later" }).click();
  const settings = await options;
  // From the empty settings page the setup is one button away, and remembers it was skipped.
  const again = hearth.context.waitForEvent('page', { predicate: (opened) => opened.url().endsWith('/welcome.html') });
  await settings.getByRole('button', { name: 'Set up step by step' }).click();
  await expect((await again).getByText('You skipped this before.')).toBeVisible();
});

test('every step of the setup, its errors and its end pass axe, in light and dark', async ({ profileDir }) => {
  hearth = await launchHearth(profileDir, { welcome: true });
  const page = await welcomePage(hearth);
  const check = async (what: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, `${what}, ${colorScheme}`);
    }
  };
  await check('greeting');
  await page.getByRole('button', { name: "Let's begin" }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await check('people, with errors');
  await page.getByRole('textbox', { name: 'First name' }).fill('Alex');
  await page.getByRole('textbox', { name: 'Second name' }).fill('Sam');
  await page.getByRole('radio', { name: 'Alex' }).check();
  for (const step of ['household', 'hours', 'zones', 'ritual', 'sites']) {
    await page.getByRole('button', { name: 'Continue' }).click();
    if (step === 'zones') {
      await page.getByRole('checkbox', { name: 'A zone of your own' }).check();
      await page.getByRole('group', { name: 'Our time' }).getByRole('checkbox', { name: 'Monday' }).check();
    }
    if (step === 'ritual') await page.getByRole('radio', { name: /^Evening walk \(every day at / }).check();
    await check(step);
  }
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
  await check('review');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: "You're set" })).toBeVisible();
  await check('done');
});
