import type { Page } from '@playwright/test';
import { test, expect } from '../support/hearth-test';
import { sendFromExtensionPage } from '../support/hearth-pages';
import type { Hearth } from '../support/launch-hearth';
import { addDays, seedLastWeek, type SeededWeek } from '../support/report-week';

/** The popup, opened as a tab: the same page the toolbar button shows. */
async function openPopup(hearth: Hearth): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  return page;
}

const reportTabs = (hearth: Hearth) => hearth.context.pages().filter((page) => page.url().endsWith('/report.html'));

/** "Nov 16" as the page's locale writes a day, for the week's heading. */
const shortDate = (page: Page, date: string) =>
  page.evaluate((day) => new Intl.DateTimeFormat(navigator.language, { timeZone: 'UTC', dateStyle: 'medium' }).format(Date.parse(`${day}T00:00:00Z`)), date);

async function expectWeek(page: Page, prefix: string, monday: string) {
  const range = `${prefix} ${await shortDate(page, monday)} – ${await shortDate(page, addDays(monday, 6))}`;
  await expect(page.locator('.week')).toHaveText(range);
}

test('the popup link opens the report on this week, and a second open brings the same tab forward', async ({ hearth }) => {
  const week = await seedLastWeek(hearth);
  const popup = await openPopup(hearth);
  const opened = hearth.context.waitForEvent('page', (page) => page.url().endsWith('/report.html'));
  await popup.getByRole('navigation', { name: 'Hearth pages' }).getByRole('button', { name: 'Weekly report' }).click();
  const report = await opened;
  await expect(report.getByRole('heading', { level: 1, name: 'Weekly report' })).toBeVisible();
  await expectWeek(report, 'This week:', week.thisMonday);
  await expect(report.getByRole('button', { name: 'Next week' })).toBeDisabled();

  // Again from the popup, and by the message the keyboard command's handler shares: no second tab,
  // the one there comes to the front.
  for (const again of [() => popup.getByRole('button', { name: 'Weekly report' }).click(), () => sendFromExtensionPage(hearth, { type: 'report:open' })]) {
    await popup.bringToFront();
    await expect.poll(() => activeTabUrl(hearth)).toMatch(/\/popup\.html$/);
    await again();
    await expect.poll(() => activeTabUrl(hearth)).toMatch(/\/report\.html$/);
    expect(reportTabs(hearth)).toHaveLength(1);
  }
});

const activeTabUrl = (hearth: Hearth) => hearth.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url ?? '');

test("the open-report path opens the report when none is open, showing last week's figures and stepping between weeks", async ({ hearth }) => {
  const week: SeededWeek = await seedLastWeek(hearth);
  const opened = hearth.context.waitForEvent('page', (page) => page.url().endsWith('/report.html'));
  await sendFromExtensionPage(hearth, { type: 'report:open' });
  const report = await opened;
  await expectWeek(report, 'This week:', week.thisMonday);

  await report.getByRole('button', { name: 'Previous week' }).click();
  await expectWeek(report, 'Week of', week.lastMonday);
  await expect(report.getByRole('button', { name: 'Next week' })).toBeEnabled();

  // Celebration first: what to talk about, then the rituals kept, lead the page.
  await expect(report.getByRole('heading', { level: 2 })).toHaveText([
    'For your check-in',
    'Your check-in',
    'Rituals',
    'The week in figures',
    'After hours',
    'The last eight weeks',
    'Day by day',
    'The week hour by hour',
    'By kind of work',
    'Overrides',
    'Take it with you',
  ]);
  await expect(report.locator('.headline')).toHaveText('Time together you kept: 5 of 7.');
  await expect(report.getByText('Work came in: 1 · Skipped: 1')).toBeVisible();
  await expect(report.getByRole('listitem').filter({ hasText: "work came in during it (Hearth's guess)" })).toHaveCount(1);

  // 45 min on Monday evening and 30 min on Tuesday after hours, against the household's 120 minutes.
  const meter = report.getByRole('meter', { name: 'After-hours time against what you agreed' });
  await expect(meter).toHaveAttribute('aria-valuenow', '63');
  await expect(meter).toHaveAttribute('aria-valuetext', /^1 hr 15 min of 2 hr$/);
  await expect(report.getByText('45 min left in what you agreed.')).toBeVisible();

  const days = report.getByRole('region', { name: 'Day by day' }).getByRole('table');
  await expect(days.getByRole('row')).toHaveCount(8);
  await expect(days.getByRole('row').nth(1).getByRole('cell')).toHaveText(['0 min', '45 min', '45 min', /^45 min, until Mon (8:45 PM|20:45)$/]);
  await expect(days.getByRole('row').nth(2).getByRole('cell')).toHaveText(['0 min', '30 min', '0 min', /^30 min, until Tue (6:30 PM|18:30)$/]);
  // Wednesday's hour was in working hours: neither after hours nor in a zone.
  await expect(days.getByRole('row').nth(3).getByRole('cell')).toHaveText(['1 hr', '0 min', '0 min', /^1 hr, until Wed (11:00 AM|11:00)$/]);

  const kinds = report.getByRole('region', { name: 'By kind of work' }).getByRole('row');
  await expect(kinds).toHaveText([/Kind of work\s*Time/, /Chat\s*1 hr/, /Docs and files\s*45 min/, /Code\s*30 min/]);

  const overrides = report.getByRole('region', { name: 'Overrides' }).getByRole('row');
  await expect(overrides).toHaveCount(2);
  await expect(overrides.nth(1).getByRole('cell')).toHaveText([/20:00|8:00/, 'work.hearth.test', '15 min', 'Family evenings', 'Server down']);

  // The week the agreement began in: nothing recorded, and nothing before it to show.
  await report.getByRole('button', { name: 'Previous week' }).click();
  await expectWeek(report, 'Week of', week.firstMonday);
  await expect(report.getByRole('heading', { name: 'Nothing recorded this week' })).toBeVisible();
  await expect(report.getByRole('button', { name: 'Previous week' })).toBeDisabled();

  await report.getByRole('button', { name: 'Back to this week' }).click();
  await expectWeek(report, 'This week:', week.thisMonday);
  await expect(report.getByRole('button', { name: 'Next week' })).toBeDisabled();
});

test('without an agreement, the report invites setting one up', async ({ hearth }) => {
  const report = await hearth.context.newPage();
  await report.goto(`chrome-extension://${hearth.extensionId}/report.html`);
  await expect(report.getByRole('heading', { name: 'No agreement yet' })).toBeVisible();
  const options = hearth.context.waitForEvent('page', (page) => page.url().endsWith('/options.html'));
  await report.getByRole('button', { name: 'Set up your agreement' }).click();
  await options;
});
