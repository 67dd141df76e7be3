import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/hearth-test';
import { backgroundExtensionPage, putRecords, setAgreement } from '../support/hearth-pages';
import { launchHearth, type Hearth } from '../support/launch-hearth';
import { notifications, watchNotifications } from '../support/notifications';
import { addDays, householdInstant, mondayOf, reportAgreement, seedLastWeek } from '../support/report-week';
import { WORK_HOST } from '../support/test-sites';
import { minute, testAgreement, wallClock } from '../support/test-agreement';

async function openLastWeek(hearth: Hearth): Promise<Page> {
  const report = await hearth.context.newPage();
  await report.goto(`chrome-extension://${hearth.extensionId}/report.html`);
  await report.getByRole('button', { name: 'Previous week' }).click();
  await expect(report.locator('.week')).toHaveText(/^Week of /);
  return report;
}

/** "1 hr 15 min" → 75, as the page writes durations. */
const minutesOf = (text: string) => [...text.matchAll(/(\d+)\s*(hr|min)/g)].reduce((sum, [, n, unit]) => sum + Number(n) * (unit === 'hr' ? 60 : 1), 0);

test("last week's check-in: talking points first, answers kept with the week across a reload", async ({ hearth }) => {
  await seedLastWeek(hearth);
  const report = await openLastWeek(hearth);
  await expect(report.getByRole('heading', { level: 2 }).first()).toHaveText('For your check-in');
  // Alex's hours end at 17:30: Monday's work ended at 20:45, Tuesday's at 18:30. The week before
  // (when the agreement began) had no after-hours work at all.
  await expect(report.locator('.points li')).toHaveText([
    'Quiet evenings: 5 of 7. Worth celebrating.',
    'Within your after-hours plan 2 weeks running.',
    'Monday ran 3 hr 15 min past your agreed end.',
    'Tuesday ran 1 hr past your agreed end.',
  ]);
  const figures = report.getByRole('region', { name: 'The week in figures' });
  await expect(figures.getByRole('definition').first()).toHaveText('5 of 7');
  await expect(report.getByRole('region', { name: 'The last eight weeks' }).getByRole('row')).toHaveCount(3);

  const adjust = report.getByRole('textbox', { name: 'What do we adjust?' });
  await adjust.fill('Walk earlier on Mondays');
  await report.getByRole('textbox', { name: 'What deserves celebrating?' }).fill('Five walks together');
  await report.getByRole('button', { name: 'Save our answers' }).click();
  await expect(report.getByRole('status').filter({ hasText: 'Saved with this week.' })).toBeVisible();

  await report.reload();
  await report.getByRole('button', { name: 'Previous week' }).click();
  await expect(report.getByRole('textbox', { name: 'What do we adjust?' })).toHaveValue('Walk earlier on Mondays');
  await expect(report.getByRole('textbox', { name: 'What deserves celebrating?' })).toHaveValue('Five walks together');
  // This week opens with last week's adjustment.
  await report.getByRole('button', { name: 'Next week' }).click();
  await expect(report.locator('.last-week')).toContainText('Walk earlier on Mondays');
});

test('the hour strip says, day by day, when work happened and which of it fell in zone hours', async ({ hearth }) => {
  await seedLastWeek(hearth);
  const report = await openLastWeek(hearth);
  const strip = report.getByRole('region', { name: 'The week hour by hour' });
  await expect(strip.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  const rows = await strip.getByRole('table').getByRole('row').evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((cell) => cell.textContent)));
  // Monday 20:00-20:45 inside the evening zone, Tuesday 18:00-18:30 before it, Wednesday 10:00-11:00 in hours.
  const hour = (h24: string, h12: string) => new RegExp(`^(${h24}|${h12}\\s?[AP]M)`);
  expect(rows).toHaveLength(7);
  expect(rows[0]![0]).toMatch(hour('20:00', '8:00'));
  expect(rows[0]![0]).toMatch(/: 45 min$/);
  expect(rows[0]![1]).toBe(rows[0]![0]);
  expect(rows[1]![0]).toMatch(hour('18:00', '6:00'));
  expect(rows[1]![1]).toBe('—');
  expect(rows[2]![0]).toMatch(hour('10:00', '10:00'));
  expect(rows[2]![0]).toMatch(/: 1 hr$/);
  expect(rows.slice(3)).toEqual(Array(4).fill(['—', '—']));
});

test("the check-in ritual's reminder opens the report when clicked", async ({ hearth }) => {
  await watchNotifications(hearth);
  // The first whole minute at least 75 s away, reminded a minute before.
  const start = Math.ceil((Date.now() + 75_000) / minute) * minute;
  const ritual = { id: 'check-in', label: 'Weekly check-in', recurrence: { kind: 'daily' }, time: wallClock(start).time, durationMinutes: 20, reminderMinutes: 1, protected: false, checkIn: true };
  await setAgreement(hearth, testAgreement({ rituals: [ritual] }));
  const id = `hearth-reminder:check-in:check-in:${start}`;
  await expect
    .poll(() => notifications(hearth), { timeout: start - minute - Date.now() + 20_000, intervals: [1000] })
    .toEqual([{ id, title: 'Weekly check-in in 1 minute', message: 'Your weekly report is ready for it: click here to open it.' }]);

  // What the browser does when the person clicks it.
  const opened = hearth.context.waitForEvent('page', (page) => page.url().includes('/report.html'));
  await hearth.worker.evaluate((clicked) => (chrome.notifications.onClicked as unknown as { dispatch: (id: string) => void }).dispatch(clicked), id);
  const report = await opened;
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Weekly report');
  await expect.poll(() => notifications(hearth)).toEqual([]);
});

test('the CSV export reads back to the figures on the page', async ({ hearth }) => {
  await seedLastWeek(hearth);
  const report = await openLastWeek(hearth);
  const downloading = report.waitForEvent('download');
  await report.getByRole('button', { name: 'This week as CSV' }).click();
  const file = await (await downloading).path();
  const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\r\n').map((line) => line.split(','));
  expect(header).toEqual(['day', 'category', 'work_minutes', 'in_hours_minutes', 'after_hours_minutes', 'in_zone_minutes']);
  const totals = rows.filter((row) => row[1] === 'all');
  expect(totals).toHaveLength(7);
  for (const row of totals) expect(row[0]).toMatch(/^\d{4}-\d\d-\d\dT00:00:00\+0[12]:00$/);

  const table = report.getByRole('region', { name: 'Day by day' }).getByRole('table').getByRole('row');
  const onPage = await Promise.all(
    totals.map(async (_, index) => {
      const cells = await table.nth(index + 1).getByRole('cell').allTextContents();
      return [minutesOf(cells[0]!), minutesOf(cells[1]!), minutesOf(cells[2]!)];
    }),
  );
  expect(totals.map((row) => [Number(row[3]), Number(row[4]), Number(row[5])])).toEqual(onPage);
  const byKind = rows.filter((row) => row[1] !== 'all').reduce<Record<string, number>>((sum, row) => ({ ...sum, [row[1]!]: (sum[row[1]!] ?? 0) + Number(row[2]) }), {});
  expect(byKind).toEqual({ docs: 45, code: 30, chat: 60 });
});

test('in German the check-in speaks German', async () => {
  const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-de-checkin-')), { locale: 'de-DE' });
  try {
    await seedLastWeek(hearth);
    const report = await hearth.context.newPage();
    await report.goto(`chrome-extension://${hearth.extensionId}/report.html`);
    await report.getByRole('button', { name: 'Vorige Woche' }).click();
    await expect(report.getByRole('heading', { level: 2 }).first()).toHaveText('Für euer Gespräch');
    await expect(report.locator('.points li').first()).toHaveText('Ruhige Abende: 5 von 7. Das verdient ein Feiern.');
    await expect(report.getByRole('textbox', { name: 'Was passen wir an?' })).toBeVisible();
  } finally {
    await hearth.context.close();
  }
});

test.describe('with a movable clock', () => {
  test.use({ hearth: async ({ profileDir }, use) => {
    const hearth = await launchHearth(profileDir, { build: 'e2e' });
    await use(hearth);
    await hearth.context.close();
  } });

  test("the household's week end brings a summary of the week", async ({ hearth }) => {
    await watchNotifications(hearth);
    await seedLastWeek(hearth);
    // Forty minutes after hours this Monday evening (later than now, perhaps: the clock is moved past it).
    const thisMonday = mondayOf(Date.now());
    const start = householdInstant(thisMonday, '20:00');
    await putRecords(hearth, 'intervals', [{ id: `${start}:${WORK_HOST}`, domain: WORK_HOST, category: 'chat', start, end: start + 40 * 60_000, audible: false }]);
    // One minute into next week; a stored agreement makes the background look again.
    const messenger = await backgroundExtensionPage(hearth);
    await messenger.evaluate((offsetMs) => chrome.runtime.sendMessage({ type: 'test:clock', offsetMs }), householdInstant(addDays(thisMonday, 7), '00:01') - Date.now());
    await setAgreement(hearth, reportAgreement(thisMonday));
    await expect.poll(() => notifications(hearth)).toEqual([
      { id: `hearth-week:${householdInstant(thisMonday, '00:00')}`, title: 'Your week', message: '40 min after hours (plan 2 hr) · 6 quiet evenings' },
    ]);
  });
});
