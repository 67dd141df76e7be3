// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgreementRevision } from '@/utils/db/hearth-db';
import { checkIn, trendWeeks, type CheckInWeek } from '@/utils/report/check-in';
import { at } from '@/utils/schedule/agreement-fixture';
import { household } from '@/utils/status/status-fixture';
import { workInterval } from '@/utils/tracking/interval-fixture';
import { INCIDENT } from '@/utils/report/override-fixture';
import { ReportApp } from './report-app';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const NOW = at('2026-11-26T12:00:00+01:00');
const revisions: AgreementRevision[] = [{ id: 1, effectiveAt: at('2026-10-01T00:00:00+02:00'), source: 'import', agreement: household() }];

/** The real assembly over a small week: the component is tested on what it will be given. */
function reportFor(weekContaining: number, marks: unknown[] = [], now = NOW): CheckInWeek {
  const intervals = [workInterval('2026-11-23T20:00:00+01:00', '2026-11-23T20:30:00+01:00'), workInterval('2026-11-24T18:00:00+01:00', '2026-11-24T20:30:00+01:00', 'github.com', 'code')];
  const input = { now, weekContaining, revisions, intervals, overrides: [INCIDENT], marks, stretchLevels: [{ date: '2026-11-24', level: 4 as const }], ownerId: () => 'alex', locale: 'en-GB' };
  return checkIn(input, trendWeeks(revisions, now, weekContaining))!;
}

const MARKS = [
  { ritualId: 'breakfast', start: at('2026-11-23T07:15:00+01:00'), outcome: 'kept', markedAt: NOW, source: 'auto' },
  { ritualId: 'walk', start: at('2026-11-23T19:30:00+01:00'), outcome: 'skipped', markedAt: NOW, source: 'auto' },
  { ritualId: 'breakfast', start: at('2026-11-24T07:15:00+01:00'), outcome: 'kept', markedAt: NOW },
];

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

/** Lets a load that has been asked for answer, and the page draw the answer: its top, then (a task later) the part below the fold. */
const settle = async () => {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
};

const saved = new Map<number, unknown>();
const checkInStore = {
  load: vi.fn(async (weekStart: number, previous: number | undefined) => ({
    answers: (saved.get(weekStart) as never) ?? null,
    previous: previous === undefined ? null : ((saved.get(previous) as never) ?? null),
  })),
  save: vi.fn(async (weekStart: number, answers: unknown) => void saved.set(weekStart, answers)),
  clock: () => NOW,
};

async function show(load: (weekContaining: number) => Promise<CheckInWeek | null>, openOptions = vi.fn(), clock = () => NOW) {
  await act(async () => render(<ReportApp load={load} clock={clock} locale="en-GB" openOptions={openOptions} checkIn={checkInStore} />, root));
  await settle();
  return { openOptions };
}
const button = (name: string) => [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === name);
async function click(name: string) {
  await act(async () => button(name)!.click());
  await settle();
}
/** The tab coming back into view, as when the popup or the shortcut brings an open report forward. */
async function comeBackIntoView() {
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}
const rows = (headingId: string) =>
  [...root.querySelectorAll(`section[aria-labelledby=${headingId}] tbody tr`)].map((row) => [...row.children].map((cell) => cell.textContent));

describe('ReportApp', () => {
  it('shows this week: rituals kept first, the budget meter, each day, the kinds of work and the overrides with reasons', async () => {
    const load = vi.fn(async (weekContaining: number) => reportFor(weekContaining, MARKS));
    await show(load);
    expect(load).toHaveBeenCalledWith(NOW);
    expect(root.querySelector('h1')?.textContent).toBe('Weekly report');
    expect(root.querySelector('.week')?.textContent).toBe('This week: 23 Nov 2026 – 29 Nov 2026');

    const headings = [...root.querySelectorAll('h2')].map((heading) => heading.textContent);
    expect(headings).toEqual(['For your check-in', 'Your check-in', 'Rituals', 'The week in figures', 'After hours', 'The last eight weeks', 'Day by day', 'The week hour by hour', 'By kind of work', 'Overrides', 'Take it with you']);
    expect([...root.querySelectorAll('.points li')].map((item) => item.textContent)).toEqual([
      // Alex's hours end at 17:00; both evenings' work ended at 20:30.
      'Monday ran 3 hrs 30 mins past your agreed end.',
      'Tuesday ran 3 hrs 30 mins past your agreed end.',
      'After hours ran 1 hr past the plan this week.',
    ]);
    expect([...root.querySelectorAll('.figures div')].map((row) => `${row.children[0]!.textContent}: ${row.children[1]!.textContent}`)).toEqual([
      // Wednesday quiet; Thursday noon's evening is still to come, so it is not counted yet.
      'Quiet evenings: 1 of 3',
      'Work in hours: 0 mins',
      'After hours: 3 hrs',
      'Daily average of work: 45 mins (a week earlier: 0 mins)',
      // Monday and Tuesday both ended at 20:30: the first of them is named.
      'Latest finish: Mon 20:30',
      'Overrides: 1 of the 3 agreed',
      'Time together kept (last 4 weeks): 2 of 3',
    ]);
    expect(rows('trend-title').at(-1)).toEqual(['Mon 23 Nov', '3 hrs', '2 hrs', '1 of 3', '2 of 3']);
    expect(rows('trend-title')).toHaveLength(8);
    expect(root.querySelector('svg.trend')?.getAttribute('aria-hidden')).toBe('true');
    // Ended by Thursday noon: four breakfasts and three walks.
    expect(root.querySelector('.headline')?.textContent).toBe('Time together you kept: 2 of 7.');
    expect(root.textContent).toContain('Work came in: 1 · Not marked: 4');
    expect([...root.querySelectorAll('.rituals li')].slice(0, 3).map((item) => item.textContent)).toEqual([
      "Mon 23 Nov · Shared breakfast: kept (Hearth's guess)",
      "Mon 23 Nov · Evening walk: work came in during it (Hearth's guess)",
      'Tue 24 Nov · Shared breakfast: kept',
    ]);

    const meter = root.querySelector('[role=meter]')!;
    expect(meter.getAttribute('aria-label')).toBe('After-hours time against what you agreed');
    expect(meter.getAttribute('aria-valuetext')).toBe('3 hrs of 2 hrs');
    expect(meter.getAttribute('aria-valuenow')).toBe('100');
    expect(meter.classList.contains('over')).toBe(true);
    expect(root.textContent).toContain('1 hr past what you planned. Worth a word at your check-in, nothing more.');

    expect(rows('days-title')).toEqual([
      ['Mon 23 Nov', '0 mins', '30 mins', '30 mins', '30 mins, until Mon 20:30', '—'],
      // 18:00 to 20:30; the evening zone begins at 19:00. That day's answer: 4 of 5.
      ['Tue 24 Nov', '0 mins', '2 hrs 30 mins', '1 hr 30 mins', '2 hrs 30 mins, until Tue 20:30', '4 of 5'],
      ['Wed 25 Nov', '0 mins', '0 mins', '0 mins', '—', '—'],
      ['Thu 26 Nov', '0 mins', '0 mins', '0 mins', '—', '—'],
      ['Fri 27 Nov', '0 mins', '0 mins', '0 mins', '—', '—'],
      ['Sat 28 Nov', '0 mins', '0 mins', '0 mins', '—', '—'],
      ['Sun 29 Nov', '0 mins', '0 mins', '0 mins', '—', '—'],
    ]);
    // The stacked bars echo the table and are hidden from screen readers.
    expect(root.querySelector('svg.day-stack')?.getAttribute('aria-hidden')).toBe('true');
    // The hour strip's table: the work of each hour, and which of it fell in the evening zone's hours.
    expect(rows('strip-title').slice(0, 3)).toEqual([
      ['Mon 23 Nov', '20:00: 30 mins', '20:00: 30 mins'],
      ['Tue 24 Nov', '18:00: 1 hr, 19:00: 1 hr, 20:00: 30 mins', '19:00: 1 hr, 20:00: 30 mins'],
      ['Wed 25 Nov', '—', '—'],
    ]);
    expect(root.querySelector('svg.hour-strip')?.getAttribute('aria-hidden')).toBe('true');

    expect(rows('categories-title')).toEqual([
      ['Code', '2 hrs 30 mins'],
      ['Chat', '30 mins'],
    ]);
    expect(rows('overrides-title')).toEqual([['Mon 20:00', 'app.slack.com', '15 mins', 'Family evenings', 'Production incident']]);
  });

  it('steps back a week and forward again, never past this week', async () => {
    const load = vi.fn(async (weekContaining: number) => reportFor(weekContaining, MARKS));
    await show(load);
    expect(button('Next week')?.disabled).toBe(true);
    expect(button('Back to this week')).toBeUndefined();

    await click('Previous week');
    expect(load).toHaveBeenLastCalledWith(at('2026-11-23T00:00:00+01:00') - 1);
    expect(root.querySelector('.week')?.textContent).toBe('Week of 16 Nov 2026 – 22 Nov 2026');
    expect(root.querySelector('#empty-title')?.textContent).toBe('Nothing recorded this week');
    expect(button('Next week')?.disabled).toBe(false);

    await click('Next week');
    expect(load).toHaveBeenLastCalledWith(at('2026-11-23T00:00:00+01:00'));
    expect(root.querySelector('.week')?.textContent).toBe('This week: 23 Nov 2026 – 29 Nov 2026');
  });

  it('has the old week off the page before the next week is read, and keeps it on screen when the same week is read again', async () => {
    // What the page shows at the moment each read starts: a step's read should not share the
    // page's thread with taking the old week down (issue 10 item 10, BENCHMARKS.md).
    const onScreenAtRead: (string | undefined)[] = [];
    const load = vi.fn(async (weekContaining: number) => {
      onScreenAtRead.push(root.querySelector('.week')?.textContent ?? root.querySelector('[role=status]')?.textContent ?? undefined);
      return reportFor(weekContaining);
    });
    await show(load);
    await click('Previous week');
    expect(onScreenAtRead).toEqual(['Loading the report…', 'Loading the report…']);
    // Back in view: read again in place, the figures stay until the new ones arrive.
    await act(async () => void document.dispatchEvent(new Event('visibilitychange')));
    await settle();
    expect(onScreenAtRead[2]).toBe('Week of 16 Nov 2026 – 22 Nov 2026');
  });

  it('goes back to this week from any other in one step', async () => {
    const load = vi.fn(async (weekContaining: number) => reportFor(weekContaining));
    await show(load);
    await click('Previous week');
    await click('Previous week');
    await click('Back to this week');
    expect(load).toHaveBeenLastCalledWith(NOW);
    expect(button('Next week')?.disabled).toBe(true);
  });

  it('reads this week again when the tab comes back into view, and follows the calendar into the next week', async () => {
    let now = NOW;
    let answer = () => {};
    const load = vi.fn(async (weekContaining: number) => reportFor(weekContaining, MARKS));
    await show(load, vi.fn(), () => now);
    expect(root.querySelector('.headline')?.textContent).toBe('Time together you kept: 2 of 7.');

    // Monday morning after the tab was left open over the weekend.
    now = at('2026-11-30T08:00:00+01:00');
    load.mockImplementationOnce((weekContaining) => new Promise((resolve) => (answer = () => resolve(reportFor(weekContaining, [], now)))));
    await comeBackIntoView();
    expect(load).toHaveBeenLastCalledWith(now);
    // While the new week is read, the old figures stay instead of a loading flash.
    expect(root.querySelector('[role=status]')).toBeNull();
    expect(root.querySelector('.week')?.textContent).toBe('This week: 23 Nov 2026 – 29 Nov 2026');
    answer();
    await settle();
    expect(root.querySelector('.week')?.textContent).toBe('This week: 30 Nov 2026 – 6 Dec 2026');
  });

  it('reads the same earlier week again when the tab comes back into view', async () => {
    const load = vi.fn(async (weekContaining: number) => reportFor(weekContaining));
    await show(load);
    await click('Previous week');
    const previous = at('2026-11-23T00:00:00+01:00') - 1;
    await comeBackIntoView();
    await settle();
    expect(load).toHaveBeenCalledTimes(3);
    expect(load).toHaveBeenLastCalledWith(previous);
    expect(root.querySelector('.week')?.textContent).toBe('Week of 16 Nov 2026 – 22 Nov 2026');
  });

  it('has no previous week before the first agreement', async () => {
    await show(async () => reportFor(at('2026-10-01T12:00:00+02:00')));
    expect(button('Previous week')?.disabled).toBe(true);
  });

  it('says a week older than Hearth keeps was deleted, not that it was quiet, and goes back no further', async () => {
    const later = at('2028-01-05T12:00:00+01:00');
    await show(async () => reportFor(at('2026-11-18T12:00:00+01:00'), [], later), vi.fn(), () => later);
    expect(root.querySelector('#empty-title')?.textContent).toBe('Older than Hearth keeps');
    expect(root.textContent).not.toContain('Nothing recorded this week');
    // Nothing to draw or export; the check-in's answers stay with the week.
    expect(root.querySelector('#trend-title')).toBeNull();
    expect(button('This week as CSV')).toBeUndefined();
    expect(root.querySelector('textarea')).not.toBeNull();
    expect(button('Previous week')?.disabled).toBe(true);
  });

  it('says it is loading, then says plainly when it failed and tries again on request', async () => {
    let fail: (error: Error) => void = () => {};
    const load = vi
      .fn<(weekContaining: number) => Promise<CheckInWeek | null>>()
      .mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)))
      .mockImplementation(async (weekContaining) => reportFor(weekContaining));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => render(<ReportApp load={load} clock={() => NOW} locale="en-GB" openOptions={vi.fn()} checkIn={checkInStore} />, root));
    expect(root.querySelector('[role=status]')?.textContent).toBe('Loading the report…');
    fail(new Error('database closed'));
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('The report could not be loaded.');
    await click('Try again');
    expect(root.querySelector('[role=alert]')).toBeNull();
    expect(root.querySelector('.headline')?.textContent).toBe('Time together you kept: 0 of 7.');
  });

  it('invites setting up an agreement when there is none', async () => {
    const { openOptions } = await show(async () => null);
    expect(root.querySelector('h2')?.textContent).toBe('No agreement yet');
    button('Set up your agreement')!.click();
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('celebrates a week of rituals all kept', async () => {
    const { report, ...rest } = reportFor(NOW);
    const allKept: CheckInWeek = {
      ...rest,
      report: { ...report, rituals: report.rituals.slice(0, 1).map((ritual) => ({ ...ritual, verdict: 'kept' })), ritualCounts: { kept: 1, missed: 0, skipped: 0, unmarked: 0 } },
    };
    await show(async () => allKept);
    expect(root.querySelector('.headline')?.textContent).toBe('Time together you kept: 1 of 1. Every one of them. Lovely.');
  });

  it("keeps the check-in's answers with the week, and opens the next week with last week's adjustment", async () => {
    saved.clear();
    await show(async (weekContaining: number) => reportFor(weekContaining, MARKS));
    const field = (name: string) => [...root.querySelectorAll('label')].find((label) => label.textContent?.startsWith(name))!.querySelector('textarea')!;
    await act(async () => {
      field('What do we adjust?').value = 'Walk at 19:00 on Thursdays';
      field('What do we adjust?').dispatchEvent(new Event('input'));
    });
    await click('Save our answers');
    expect(root.querySelector('.check-in [role=status]')?.textContent).toBe('Saved with this week.');
    expect(saved.get(at('2026-11-23T00:00:00+01:00'))).toEqual({ stretched: '', celebrate: '', adjust: 'Walk at 19:00 on Thursdays', savedAt: NOW });

    // A week later: the new week's form is empty and last week's adjustment comes first.
    const later = at('2026-12-03T12:00:00+01:00');
    render(null, root);
    await show(async (weekContaining: number) => reportFor(weekContaining, [], later), vi.fn(), () => later);
    expect(root.querySelector('.last-week p')?.textContent).toBe('Walk at 19:00 on Thursdays');
    expect(field('What do we adjust?').value).toBe('');
  });

  it('opens on the week a link names, and follows the link when it changes in an open tab', async () => {
    const load = vi.fn(async (weekContaining: number) => reportFor(weekContaining));
    let linked: number | undefined = at('2026-11-18T12:00:00+01:00');
    await act(async () =>
      render(<ReportApp load={load} clock={() => NOW} locale="en-GB" openOptions={vi.fn()} checkIn={checkInStore} initialWeek={linked} linkedWeek={() => linked} />, root),
    );
    await settle();
    expect(load).toHaveBeenLastCalledWith(at('2026-11-18T12:00:00+01:00'));
    expect(root.querySelector('.week')?.textContent).toBe('Week of 16 Nov 2026 – 22 Nov 2026');
    linked = at('2026-11-10T12:00:00+01:00');
    await act(async () => void window.dispatchEvent(new Event('hashchange')));
    await settle();
    expect(root.querySelector('.week')?.textContent).toBe('Week of 9 Nov 2026 – 15 Nov 2026');
  });
});
