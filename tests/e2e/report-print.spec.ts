import { test, expect } from '../support/hearth-test';
import { putRecords, readStore, setAgreement } from '../support/hearth-pages';
import { addDays, householdInstant, mondayOf, REPORT_ZONE } from '../support/report-week';
import { testAgreement } from '../support/test-agreement';
import { WORK_HOST } from '../support/test-sites';

/** Pages in a PDF Chromium printed: one page object per sheet. */
const sheets = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

const CATEGORIES = ['chat', 'code', 'email', 'docs', 'tickets', 'calendar', 'meetings'];
const RITUALS = [
  { id: 'breakfast', label: 'Shared breakfast', recurrence: { kind: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }, time: '07:15', durationMinutes: 30, reminderMinutes: 10, protected: true },
  { id: 'walk', label: 'Evening walk', recurrence: { kind: 'daily' }, time: '21:30', durationMinutes: 30, reminderMinutes: 10, protected: false },
  { id: 'check-in', label: 'Weekly check-in', recurrence: { kind: 'weekly', days: ['sun'] }, time: '18:00', durationMinutes: 20, reminderMinutes: 30, protected: true, checkIn: true },
];

test('a full week prints on one sheet, A4 and Letter: two columns, no controls', async ({ hearth }) => {
  // Last week, busy every day: work in hours, after hours and in the zone, in every kind of work,
  // every override of the week's allowance taken, rituals kept, missed and skipped.
  const thisMonday = mondayOf(Date.now());
  const lastMonday = addDays(thisMonday, -7);
  await setAgreement(hearth, testAgreement({ zones: [REPORT_ZONE], rituals: RITUALS }));
  const [revision] = await readStore<{ effectiveAt: number }>(hearth, 'agreementRevisions');
  await putRecords(hearth, 'agreementRevisions', [{ ...revision!, effectiveAt: householdInstant(addDays(lastMonday, -21), '12:00') }]);
  const at = (day: number, time: string) => householdInstant(addDays(lastMonday, day), time);
  const spans = [['08:30', '12:00'], ['13:00', '17:30'], ['18:00', '19:30'], ['20:00', '21:15'], ['22:00', '23:10']];
  const intervals = Array.from({ length: 7 }, (_, day) =>
    spans.map(([from, to], index) => ({ id: `${at(day, from!)}:${WORK_HOST}`, domain: WORK_HOST, category: CATEGORIES[(day + index) % CATEGORIES.length], start: at(day, from!), end: at(day, to!), audible: false })),
  ).flat();
  await putRecords(hearth, 'intervals', intervals);
  const zone = [{ kind: 'zone', id: REPORT_ZONE.id, label: REPORT_ZONE.label, mode: 'dim' }];
  await putRecords(
    hearth,
    'overrides',
    [0, 2, 3].map((day) => ({ start: at(day, '20:00'), end: at(day, '20:15'), minutes: 15, reason: 'The release needed one more look before the morning', site: WORK_HOST, sources: zone })),
  );
  const outcomes = ['kept', 'missed', 'skipped'];
  const marks = Array.from({ length: 7 }, (_, day) => [
    ...(day < 5 ? [{ ritualId: 'breakfast', start: at(day, '07:15'), outcome: outcomes[day % 3], markedAt: at(day, '08:00') }] : []),
    { ritualId: 'walk', start: at(day, '21:30'), outcome: outcomes[(day + 1) % 3], markedAt: at(day, '22:30') },
  ]).flat();
  await putRecords(hearth, 'ritualMarks', marks);

  const report = await hearth.context.newPage();
  await report.goto(`chrome-extension://${hearth.extensionId}/report.html#week=${at(2, '12:00')}`);
  await expect(report.getByRole('region', { name: 'The week hour by hour' })).toBeVisible();
  await expect(report.getByRole('region', { name: 'Overrides' }).getByRole('row')).toHaveCount(4);
  await report.getByRole('textbox', { name: 'What do we adjust?' }).fill('Release checks before six, not after the walk');

  for (const format of ['A4', 'Letter'] as const) expect(sheets(await report.pdf({ format })), format).toBe(1);

  await report.emulateMedia({ media: 'print' });
  for (const name of ['Previous week', 'Print', 'Save our answers', 'This week as CSV']) await expect(report.getByRole('button', { name })).toBeHidden();
  expect(await report.locator('main').evaluate((main) => getComputedStyle(main).columnCount)).toBe('2');
  // On paper the answer is there to talk about.
  await expect(report.getByRole('textbox', { name: 'What do we adjust?' })).toHaveValue('Release checks before six, not after the walk');
});
