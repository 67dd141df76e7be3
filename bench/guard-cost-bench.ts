/**
 * Issue #11 item 16: what Hearth costs a page that is not work, measured so the answer is stable.
 * One browser with Hearth loaded, one tab, one non-work page; loads alternate in blocks between the
 * agreement with a zone on now (the guard's content script registered for the work site) and the
 * same agreement without it (nothing registered), so drift and noise hit both alike. Each load's
 * time is the navigation's own (start to loadEventEnd); the ratio of medians comes with a 95 %
 * bootstrap confidence interval. Run with `npm run bench:guard-cost` (BENCH_COST_LOADS, default 300
 * a side, in blocks of 25).
 */
import { loadTime, median } from './page-load';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHearth } from '../tests/support/launch-hearth';
import { registeredGuardScripts, setAgreement } from '../tests/support/hearth-pages';
import { startTestSites } from '../tests/support/test-sites';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../tests/support/test-agreement';
import { seededRandom } from '../tests/support/seeded-random';

const LOADS = Number(process.env.BENCH_COST_LOADS ?? 300);
const BLOCK = 25;
const RESAMPLES = 2_000;

const sites = await startTestSites();
const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-bench-cost-')));
const now = floorToMinute(Date.now());
const guarding = testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 240 * minute)] });
const quiet = testAgreement({ zones: [] });
const page = await hearth.context.newPage();
const times = { guarding: [] as number[], quiet: [] as number[] };

for (let i = 0; i < 10; i++) await loadTime(page, sites.otherUrl(`/warm-${i}`));
for (let block = 0; block < (2 * LOADS) / BLOCK; block++) {
  const side = block % 2 === 0 ? 'guarding' : 'quiet';
  await setAgreement(hearth, side === 'guarding' ? guarding : quiet);
  // The guard re-registers just after the save: wait until it has, so no load runs in between.
  for (let tries = 0; ((await registeredGuardScripts(hearth)).length > 0) !== (side === 'guarding'); tries++) {
    if (tries > 50) throw new Error(`expected the guard ${side === 'guarding' ? '' : 'not '}registered`);
    await page.waitForTimeout(100);
  }
  for (let i = 0; i < BLOCK; i++) times[side].push(await loadTime(page, sites.otherUrl(`/${side}-${block}-${i}`)));
}

const random = seededRandom(16);
const resample = (values: number[]) => values.map(() => values[Math.floor(random() * values.length)]!);
const ratios = Array.from({ length: RESAMPLES }, () => median(resample(times.guarding)) / median(resample(times.quiet))).sort((a, b) => a - b);
const round = (value: number, digits = 3) => Number(value.toFixed(digits));

console.log(
  JSON.stringify(
    {
      chromium: hearth.context.browser()?.version() ?? 'see chromium --version',
      loadsPerSide: LOADS,
      medianGuardRegisteredMs: round(median(times.guarding), 2),
      medianNothingRegisteredMs: round(median(times.quiet), 2),
      ratio: round(median(times.guarding) / median(times.quiet)),
      ratio95: [round(ratios[Math.floor(RESAMPLES * 0.025)]!), round(ratios[Math.floor(RESAMPLES * 0.975)]!)],
    },
    null,
    2,
  ),
);
await hearth.context.close();
await sites.close();
