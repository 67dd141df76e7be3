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
import { parseAgreement } from '../utils/agreement/parse-agreement';
import type { Agreement } from '../utils/agreement/agreement-schema';
import { SAMPLE_AGREEMENT } from '../utils/agreement/sample-agreement';
import type { AgreementRevision } from '../utils/db/hearth-db';
import { classifyActivity, type OverrideSpan } from '../utils/report/classify-activity';
import { summarizeByDay, summarizeWeek } from '../utils/report/summarize-activity';
import { datesThrough, weekdayOfDate } from '../utils/schedule/calendar-date';
import { firstInstantAtOrAfterWallTime } from '../utils/schedule/wall-clock';
import { weekBounds } from '../utils/schedule/week-bounds';
import type { WorkSiteCategory } from '../utils/sites/work-site-category';
import { intervalId, type ActivityInterval } from '../utils/tracking/activity-interval';
import { seededRandom } from '../tests/support/seeded-random';

const SEED = 20_260_101;
const WEEK_RUNS = Number(process.env.BENCH_WEEK_RUNS ?? 21);
const YEAR_RUNS = Number(process.env.BENCH_YEAR_RUNS ?? 7);
const WARM_UP = 3;
const SECOND = 1000;
const MINUTE = 60 * SECOND;


function validated(input: unknown): Agreement {
  const result = parseAgreement(input);
  if (!result.ok) throw new Error(`invalid agreement: ${JSON.stringify(result.issues)}`);
  return result.agreement;
}

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

// Two revisions: the sample from New Year, and an edit on 1 July (longer Fridays for Alex, a new zone).
const first = validated(SAMPLE_AGREEMENT);
const edited: Agreement = structuredClone(first);
edited.partners[0].workingHours.fri = [{ start: '08:30', end: '17:30' }];
edited.zones = [...edited.zones, { id: 'lunch', label: 'Lunch together', days: ['wed'], start: '12:30', end: '13:30', mode: 'dim' }];
const second = validated(edited);
const { timeZone } = first.household;
const revisions: AgreementRevision[] = [
  { id: 1, effectiveAt: firstInstantAtOrAfterWallTime('2026-01-01', 0, timeZone), source: 'sample', agreement: first },
  { id: 2, effectiveAt: firstInstantAtOrAfterWallTime('2026-07-01', 9 * 60 + 17, timeZone), source: 'edit', agreement: second },
];

const SITES: Array<{ host: string; category: WorkSiteCategory; weight: number }> = [
  { host: 'app.slack.com', category: 'chat', weight: 30 },
  { host: 'mail.google.com', category: 'email', weight: 15 },
  { host: 'calendar.google.com', category: 'calendar', weight: 5 },
  { host: 'github.com', category: 'code', weight: 20 },
  { host: 'acme.atlassian.net', category: 'tickets', weight: 10 },
  { host: 'www.notion.so', category: 'docs', weight: 8 },
  { host: 'us02web.zoom.us', category: 'meetings', weight: 7 },
  { host: 'linear.app', category: 'tickets', weight: 5 },
];
const TOTAL_WEIGHT = SITES.reduce((sum, site) => sum + site.weight, 0);

const random = seededRandom(SEED);
const pickSite = () => {
  let roll = random() * TOTAL_WEIGHT;
  for (const site of SITES) if ((roll -= site.weight) < 0) return site;
  return SITES[0]!;
};

/** [local start minute, minutes of work-site use] per session. */
const WEEKDAY_SESSIONS: Array<[number, number]> = [
  [8 * 60, 240],
  [13 * 60, 270],
  [20 * 60 + 30, 90],
];
const WEEKEND_SESSIONS: Array<[number, number]> = [
  [10 * 60, 60],
  [21 * 60, 60],
];

const intervals: ActivityInterval[] = [];
const overrides: OverrideSpan[] = [];
for (const date of datesThrough('2026-01-01', '2026-12-31')) {
  const weekday = weekdayOfDate(date);
  const weekend = weekday === 0 || weekday === 6;
  for (const [startMinute, minutes] of weekend ? WEEKEND_SESSIONS : WEEKDAY_SESSIONS) {
    // Sessions start within ±20 min of their usual time.
    let at = firstInstantAtOrAfterWallTime(date, startMinute, timeZone) + Math.floor((random() - 0.5) * 40 * MINUTE);
    let used = 0;
    while (used < minutes * MINUTE) {
      const site = pickSite();
      const length = Math.min(Math.round(30 * SECOND * 20 ** (random() ** 1.5)), minutes * MINUTE - used);
      intervals.push({
        id: intervalId(at, site.host),
        domain: site.host,
        category: site.category,
        start: at,
        end: at + length,
        audible: site.category === 'meetings' && random() < 0.8,
      });
      used += length;
      // A few seconds elsewhere (a non-work tab, the desktop) before the next work site.
      at += length + Math.floor(random() * 20 * SECOND);
    }
  }
  // About three overrides a week, in the evening session, for the site most often released.
  if (!weekend && random() < 0.6) {
    const start = firstInstantAtOrAfterWallTime(date, 20 * 60 + 40, timeZone) + Math.floor(random() * 60 * MINUTE);
    overrides.push({ site: 'app.slack.com', start, end: start + (5 + Math.floor(random() * 11)) * MINUTE });
  }
}

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
