/**
 * Cost of reading activity back: classifyActivity + summarizeWeek over one household week and
 * over a whole year of heavy use, and how much a year of stored intervals weighs.
 * Run with `npx tsx bench/classify-bench.ts`; it prints a JSON summary. Pure Node, no browser.
 *
 * The year (2026, the sample agreement's Berlin household, both clock changes included) comes
 * from a seeded PRNG, so every run measures the same data: 10 h of work sites on weekdays (morning,
 * afternoon and an evening session inside the "Family evenings" zone), 2 h on weekend days; the
 * site changes every 30 s – 10 min, skewed towards quick switches (30 s × 20^(u^1.5)); a second
 * agreement revision takes effect on 1 July; about three overrides a week.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { classifyActivity } from '../utils/report/classify-activity';
import { summarizeByDay, summarizeWeek } from '../utils/report/summarize-activity';
import { firstInstantAtOrAfterWallTime } from '../utils/schedule/wall-clock';
import { weekBounds } from '../utils/schedule/week-bounds';
import type { ActivityInterval } from '../utils/tracking/activity-interval';
import { denseYear, SEED } from './dense-year';

const WEEK_RUNS = Number(process.env.BENCH_WEEK_RUNS ?? 21);
const YEAR_RUNS = Number(process.env.BENCH_YEAR_RUNS ?? 7);
const WARM_UP = 3;


const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function time(runs: number, run: () => unknown): { medianMs: number; minMs: number; maxMs: number; runs: number } {
  for (let index = 0; index < WARM_UP; index++) run();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { medianMs: round(median(samples)), minMs: round(Math.min(...samples)), maxMs: round(Math.max(...samples)), runs };
}

const { first, second, timeZone, revisions, intervals, overrides } = denseYear();

// One ordinary week and the week of the autumn clock change, as a report would read them: the
// intervals overlapping the week (an index on start, widened by the longest interval).
const weekOf = (instant: number) => {
  const { start, end } = weekBounds(second, instant);
  return { start, end, intervals: intervals.filter((interval) => interval.end > start && interval.start < end) };
};
const ordinaryWeek = weekOf(firstInstantAtOrAfterWallTime('2026-09-16', 12 * 60, timeZone));
const clockChangeWeek = weekOf(firstInstantAtOrAfterWallTime('2026-10-21', 12 * 60, timeZone));

const weekReport = (week: { start: number; intervals: ActivityInterval[] }) => () =>
  summarizeWeek(classifyActivity(week.intervals, revisions, overrides, 'alex'), second, week.start);

const yearSlices = classifyActivity(intervals, revisions, overrides, 'alex');
const weekStarts: number[] = [];
for (let start = weekBounds(first, revisions[0]!.effectiveAt).start; start < firstInstantAtOrAfterWallTime('2027-01-01', 0, timeZone); ) {
  weekStarts.push(start);
  start = weekBounds(first, start).end;
}

const results = {
  classifyOrdinaryWeek: time(WEEK_RUNS, weekReport(ordinaryWeek)),
  classifyClockChangeWeek: time(WEEK_RUNS, weekReport(clockChangeWeek)),
  classifyYear: time(YEAR_RUNS, () => classifyActivity(intervals, revisions, overrides, 'alex')),
  classifyYearAndSummarizeByDay: time(YEAR_RUNS, () => summarizeByDay(classifyActivity(intervals, revisions, overrides, 'alex'))),
  classifyYearAndSummarizeEveryWeek: time(YEAR_RUNS, () => {
    const slices = classifyActivity(intervals, revisions, overrides, 'alex');
    return weekStarts.map((start) => summarizeWeek(slices, start < revisions[1]!.effectiveAt ? first : second, start));
  }),
};

// Storage: each interval as it is put (JSON of the record); IndexedDB's own overhead comes on top.
const jsonBytes = intervals.reduce((sum, interval) => sum + Buffer.byteLength(JSON.stringify(interval)), 0);
const yearTotals = summarizeByDay(yearSlices).reduce(
  (sum, day) => ({ inHoursH: sum.inHoursH + day.inHoursMs / 3_600_000, afterHoursH: sum.afterHoursH + day.afterHoursMs / 3_600_000, inZoneH: sum.inZoneH + day.inZoneMs / 3_600_000 }),
  { inHoursH: 0, afterHoursH: 0, inZoneH: 0 },
);

console.log(
  JSON.stringify(
    {
      machine: { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length },
      data: {
        seed: SEED,
        intervals: intervals.length,
        overrides: overrides.length,
        revisions: revisions.length,
        slices: yearSlices.length,
        ordinaryWeekIntervals: ordinaryWeek.intervals.length,
        clockChangeWeekIntervals: clockChangeWeek.intervals.length,
        weeksSummarized: weekStarts.length,
        hours: Object.fromEntries(Object.entries(yearTotals).map(([key, value]) => [key, Math.round(value)])),
      },
      timing: results,
      storage: {
        bytesPerInterval: Math.round((jsonBytes / intervals.length) * 10) / 10,
        intervalsPerYear: intervals.length,
        jsonBytesPerYear: jsonBytes,
        jsonMiBPerYear: Math.round((jsonBytes / 1024 / 1024) * 100) / 100,
      },
    },
    null,
    2,
  ),
);
