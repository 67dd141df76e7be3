/**
 * Issue #10's speed: with a year of dense activity in Chromium's IndexedDB (the `dense-year.ts`
 * data, as `bench:classify` uses), how long the check-in of one week with its 8-week trend takes to
 * compute in the report page (`hearth:check-in`, from the entry module's first line: Dexie's open
 * and reads included), and how long from navigation start until the week is on screen and usable
 * (`hearth:report-ready`: the frame after the week's navigation, talking points, check-in form,
 * rituals, figures and budget are rendered; the charts and tables below the fold follow in the next
 * task, and the bench waits for them before the next open). Production build, system
 * Chromium; opens `report.html#week=<mid-September 2026>` BENCH_REPORT_OPENS times (default 20),
 * then the current week (`report.html`) as often. The first open of each computes every closed
 * week from raw intervals and stores its rollup (utils/report/week-rollup.ts); it is reported on
 * its own, the percentiles are over the opens after it. The year is stored only up to the moment
 * the bench runs (nothing is recorded ahead of the clock), so "this week" holds the days so far and
 * its ended days are rolled up after the first open (utils/report/day-rollup.ts): how much of it is
 * classified raw depends on the time of day, not the weekday. Run with `npm run bench:report`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHearth } from '../tests/support/launch-hearth';
import { putRecords } from '../tests/support/hearth-pages';
import { firstInstantAtOrAfterWallTime } from '../utils/schedule/wall-clock';
import { denseYear } from './dense-year';

const OPENS = Number(process.env.BENCH_REPORT_OPENS ?? 20);
const year = denseYear();
const { revisions, timeZone } = year;
// Nothing is ever recorded ahead of the clock: the year's work is what happened up to this run (the
// interval open now as the tracker last checkpointed it), so "this week" holds the days so far, as
// it does at any real check-in. Before, the whole of 2026 went in, and this week's later days too.
const startedAt = Date.now();
const intervals = year.intervals.filter((interval) => interval.start < startedAt).map((interval) => ({ ...interval, end: Math.min(interval.end, startedAt) }));
const overrides = year.overrides.filter((override) => override.start < startedAt);
const week = firstInstantAtOrAfterWallTime('2026-09-16', 12 * 60, timeZone);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number) => Number(value.toFixed(1));

const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-bench-report-')));
await putRecords(hearth, 'agreementRevisions', revisions);
// This browser is Alex's, whose week the report judges.
await putRecords(hearth, 'settings', [{ key: 'identity', value: { partnerId: 'alex' } }]);
// Written in chunks: one transaction of 68,000 records is more than a test page should hold at once.
for (let index = 0; index < intervals.length; index += 5_000) await putRecords(hearth, 'intervals', intervals.slice(index, index + 5_000));
await putRecords(
  hearth,
  'overrides',
  overrides.map((override) => ({ ...override, minutes: Math.round((override.end - override.start) / 60_000), reason: 'Bench', sources: [] })),
);

const summary = (values: number[]) => ({ p50: ms(percentile(values, 50)), p95: ms(percentile(values, 95)), min: ms(Math.min(...values)), max: ms(Math.max(...values)) });

async function openReport(hash: string) {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/report.html${hash}`);
  await page.waitForFunction(() => performance.getEntriesByName('hearth:report-ready').length > 0, undefined, { timeout: 60_000 });
  // The charts and tables below the fold are drawn a task after the first paint (report-week.tsx).
  await page.waitForSelector('section[aria-labelledby=trend-title] tbody tr');
  const timing = await page.evaluate(() => ({
    compute: performance.getEntriesByName('hearth:check-in')[0]!.duration,
    ready: performance.getEntriesByName('hearth:report-ready')[0]!.startTime,
    trend: document.querySelectorAll('section[aria-labelledby=trend-title] tbody tr').length,
  }));
  if (timing.trend !== 8) throw new Error(`expected an 8-week trend, got ${timing.trend} weeks`);
  await page.close();
  return timing;
}

async function measure(hash: string) {
  const first = await openReport(hash);
  const compute: number[] = [];
  const ready: number[] = [];
  for (let index = 1; index < OPENS; index++) {
    const timing = await openReport(hash);
    compute.push(timing.compute);
    ready.push(timing.ready);
  }
  return { firstOpen: { checkInComputeMs: ms(first.compute), interactiveMs: ms(first.ready) }, checkInComputeMs: summary(compute), interactiveMs: summary(ready) };
}

const september = await measure(`#week=${week}`);
const current = await measure('');
console.log(
  JSON.stringify(
    {
      chromium: hearth.context.browser()?.version() ?? 'see chromium --version',
      data: { intervals: intervals.length, overrides: overrides.length, revisions: revisions.length },
      opens: OPENS,
      september,
      currentWeek: current,
    },
    null,
    2,
  ),
);
for (const [name, result] of [['September week', september], ['current week', current]] as const) {
  const met = result.checkInComputeMs.p95 < 50 && result.interactiveMs.p95 < 300;
  console.log(
    `report (${name}): check-in p50 ${result.checkInComputeMs.p50} / p95 ${result.checkInComputeMs.p95} ms (goal < 50), ` +
      `interactive p50 ${result.interactiveMs.p50} / p95 ${result.interactiveMs.p95} ms (goal < 300), ` +
      `first open ${result.firstOpen.checkInComputeMs} / ${result.firstOpen.interactiveMs} ms: ${met ? 'met' : 'MISSED'}`,
  );
}
await hearth.context.close();
