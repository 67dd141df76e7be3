import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHearth, type Hearth } from '../support/launch-hearth';
import { openOptions, setAgreement } from '../support/hearth-pages';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';
import { householdClock } from '../support/household-clock';

let hearth: Hearth;
test.beforeEach(async () => {
  hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-de-')), { locale: 'de-DE' });
});
test.afterEach(async () => hearth.context.close());

test('in a German browser the pages speak German and write dates and times the German way', async () => {
  const popup = await hearth.context.newPage();
  await popup.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Noch keine Vereinbarung' })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'de-DE');
  await popup.close();

  await setAgreement(hearth, JSON.parse(readFileSync('docs/agreement.example.json', 'utf8')));

  const options = await openOptions(hearth);
  await expect(options.getByRole('region', { name: 'Die geltende Vereinbarung' }).getByRole('heading', { name: 'Arbeitsfreie Zonen', level: 3 })).toBeVisible();
  await expect(options.getByText(/^Family evenings: Mo\.?, Di\.?, Mi\.?, Do\.? und Fr\.? 19:00–07:00 \(dimmt Arbeitsseiten\)$/)).toBeVisible();
  await expect(options.getByText(/^Our Sunday: So\.? ganztägig \(sperrt Arbeitsseiten\)$/)).toBeVisible();
  await expect(options.getByText("Mia's birthday: 05.12.2026 ganztägig, jedes Jahr (sperrt Arbeitsseiten)")).toBeVisible();
  await expect(options.getByText(/^Shared breakfast: Mo\.?, Di\.?, Mi\.?, Do\.? und Fr\.?, 07:15, 30 Minuten \(geschützt\)$/)).toBeVisible();
  await expect(options.getByText('Budget nach Feierabend: 120 Minuten pro Woche')).toBeVisible();
  await expect(options.getByRole('navigation', { name: 'Auf dieser Seite' }).getByRole('link', { name: 'Die geltende Vereinbarung' })).toBeVisible();
  await expect(options.getByText(/^Gilt seit \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} \(Fassung 1\)$/)).toBeVisible();

  // The week view and the editor too, down to the error beside a field.
  const week = options.getByRole('region', { name: 'Diese Woche' });
  await expect(week.getByRole('heading', { level: 3 }).first()).toHaveText(/^Montag, /);
  await expect(week.getByRole('list', { name: /^Montag, / }).getByRole('listitem').filter({ hasText: /^Family evenings, .*19:00.*07:00/ })).toHaveCount(1);
  const end = options.locator('#field-zones-0-end');
  await end.fill('25:00');
  await expect(end).toHaveAccessibleDescription('"25:00" ist keine Uhrzeit (nutze HH:MM, 00:00 bis 23:59)');
  await options.getByRole('button', { name: 'Vereinbarung speichern' }).click();
  await expect(options.getByRole('alert')).toContainText('Nichts wurde gespeichert');

  const report = await hearth.context.newPage();
  await report.goto(`chrome-extension://${hearth.extensionId}/report.html`);
  await expect(report.getByRole('heading', { name: 'Wochenbericht', level: 1 })).toBeVisible();
  await report.close();

  // The popup gets a zone of its own and nothing beside it: next to the example's zones and rituals
  // it would merge with whichever one it touches at the hour the test runs (at 18:02 it runs on into
  // "Family evenings" and ends at 07:00).
  const now = floorToMinute(Date.now());
  const tonight = zoneBetween(now - 2 * minute, now + 60 * minute, { id: 'tonight', label: 'Heute Abend' });
  await setAgreement(hearth, testAgreement({ zones: [tonight] }));
  const until = householdClock(now + 60 * minute, Date.now(), 'de-DE');
  const status = await hearth.context.newPage();
  await status.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
  await expect(status.getByRole('region', { name: 'Gerade jetzt' })).toContainText(`Heute Abend bis ${until}`);
  await expect(status.getByRole('meter', { name: 'Zeit nach Feierabend diese Woche' })).toHaveAttribute('aria-valuetext', /^0 von \d+ Minuten$/);
});

test('in a German browser the sample agreement comes in German: its zones, rituals and plans', async () => {
  const options = await openOptions(hearth);
  await options.getByRole('button', { name: 'Mit der Beispielvereinbarung beginnen' }).click();
  const summary = options.getByRole('region', { name: 'Die geltende Vereinbarung' });
  await expect(summary.getByText(/^Familienabende: Mo\.?, Di\.?, Mi\.?, Do\.? und Fr\.? 19:00–07:00 \(dimmt Arbeitsseiten\)$/)).toBeVisible();
  await expect(summary.getByText(/^Gemeinsames Frühstück: Mo\.?, Di\.?, Mi\.?, Do\.? und Fr\.?, 07:15, 30 Minuten \(geschützt\)$/)).toBeVisible();
  await expect(summary).not.toContainText('Family evenings');
  // The plans for hard weeks, in the editor: their first field is the plan's name.
  await expect(options.getByRole('region', { name: 'Pläne für harte Wochen' }).getByRole('textbox').first()).toHaveValue('Abgabestress');
});
