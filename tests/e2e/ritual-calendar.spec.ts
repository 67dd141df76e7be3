import { readFileSync } from 'node:fs';
import { test, expect } from '../support/hearth-test';
import { openOptions, setAgreement } from '../support/hearth-pages';
import { testAgreement } from '../support/test-agreement';
import { parseAgreement } from '../../utils/agreement/parse-agreement';
import { readIcs } from '../../utils/calendar/read-ics';
import { ritualOccurrences } from '../../utils/schedule/rituals';
import { firstInstantAtOrAfterWallTime, wallTimeAt } from '../../utils/schedule/wall-clock';

const EXAMPLE = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));
const BUTTON = { name: 'Export rituals to a calendar', exact: true } as const;
const DAY = 24 * 60 * 60 * 1000;

/** DTSTAMP is the `now` the page exported at, so the engine is asked about the very same moment. */
function exportedAt(text: string): number {
  const [, y, mo, d, h, mi, s] = /^DTSTAMP:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z\r$/m.exec(text)!;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

test('the rituals export is a calendar file whose events fall when Hearth keeps the rituals', async ({ hearth }) => {
  const page = await openOptions(hearth);
  await expect(page.getByRole('heading', { name: 'No agreement yet' })).toBeVisible();
  await expect(page.getByRole('button', BUTTON)).toHaveCount(0);

  // An agreement without rituals has nothing to put in a calendar.
  await setAgreement(hearth, testAgreement());
  await page.reload();
  await expect(page.getByRole('button', { name: 'Export agreement' })).toBeVisible();
  await expect(page.getByRole('button', BUTTON)).toHaveCount(0);

  const rituals = [...EXAMPLE.rituals, { id: 'tea', label: 'Tea, cake; talk', recurrence: { kind: 'daily' }, time: '16:00', durationMinutes: 15, reminderMinutes: 0, protected: false }];
  const agreement = testAgreement({ rituals });
  await setAgreement(hearth, agreement);
  await page.reload();
  const button = page.getByRole('button', BUTTON);
  await expect(button).toBeVisible();
  await expect(button).toContainText('(.ics)');

  // The Blob's type is what the browser serves the file as; Playwright's download does not expose it.
  await page.evaluate(() => {
    const types: string[] = ((window as unknown as { blobTypes: string[] }).blobTypes = []);
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => (types.push((blob as Blob).type), create(blob));
  });
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('hearth-rituals.ics');
  expect(await page.evaluate(() => (window as unknown as { blobTypes: string[] }).blobTypes)).toEqual(['text/calendar']);

  const text = readFileSync((await download.path())!, 'utf8');
  const calendar = readIcs(text);
  expect(calendar.properties['X-WR-CALNAME']).toBe('Hearth rituals');
  expect(calendar.timeZones).toEqual(['Europe/Berlin']);
  expect(calendar.events.map(({ uid, summary, timeZone, durationMinutes, rrule }) => ({ uid, summary, timeZone, durationMinutes, rrule }))).toEqual([
    { uid: 'breakfast@hearth', summary: 'Shared breakfast', timeZone: 'Europe/Berlin', durationMinutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
    { uid: 'evening-walk@hearth', summary: 'Evening walk', timeZone: 'Europe/Berlin', durationMinutes: 45, rrule: 'FREQ=DAILY' },
    { uid: 'check-in@hearth', summary: 'Weekly check-in', timeZone: 'Europe/Berlin', durationMinutes: 20, rrule: 'FREQ=WEEKLY;BYDAY=SU' },
    { uid: 'dream-date@hearth', summary: 'Dream date', timeZone: 'Europe/Berlin', durationMinutes: 180, rrule: 'FREQ=MONTHLY;BYDAY=-1FR' },
    { uid: 'tea@hearth', summary: 'Tea, cake; talk', timeZone: 'Europe/Berlin', durationMinutes: 15, rrule: 'FREQ=DAILY' },
  ]);
  expect(calendar.events.map((event) => event.alarms.map((alarm) => alarm.triggerSeconds / 60))).toEqual([[-10], [-15], [-30], [-120], []]);
  expect(calendar.events.map((event) => event.description.startsWith('A protected ritual'))).toEqual([true, false, true, true, false]);

  // Where a calendar app puts the next ten of each, from the household's today on, is where
  // Hearth's own schedule has them.
  const parsed = parseAgreement(agreement);
  if (!parsed.ok) throw new Error('the test agreement must be valid');
  const now = exportedAt(text);
  const midnight = firstInstantAtOrAfterWallTime(wallTimeAt(now, 'Europe/Berlin').date, 0, 'Europe/Berlin');
  const occurrences = ritualOccurrences(parsed.agreement, midnight, midnight + 400 * DAY);
  for (const event of calendar.events) {
    const id = event.uid.replace('@hearth', '');
    const engine = occurrences.filter((occurrence) => occurrence.ritualId === id && occurrence.start >= midnight).slice(0, 10);
    expect(event.starts(10).map((start) => new Date(start).toISOString()), event.summary).toEqual(engine.map((occurrence) => new Date(occurrence.start).toISOString()));
  }
});
