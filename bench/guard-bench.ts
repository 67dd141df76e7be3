/**
 * Issue #2's figures, measured in the real Chromium with the production build:
 *  (a) frames painted undimmed before dimming, over 100 loads of a work page inside a zone;
 *  (b) load time of a non-work page with Hearth loaded (a zone on) vs without, median of 50 each.
 * Run with `npm run bench:guard`; it prints a JSON summary for BENCHMARKS.md.
 */
import { chromium, type Page } from '@playwright/test';
import { loadTime, median } from './page-load';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, launchHearth } from '../tests/support/launch-hearth';
import { judgeFrame, recordFrames } from '../tests/support/frames';
import { setAgreement } from '../tests/support/hearth-pages';
import { startTestSites, HOST_RESOLVER_RULES } from '../tests/support/test-sites';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../tests/support/test-agreement';

const LOADS = Number(process.env.BENCH_FRAME_LOADS ?? 100);
const TIMED_LOADS = Number(process.env.BENCH_TIMED_LOADS ?? 50);

const sites = await startTestSites();
const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-bench-')));
const now = floorToMinute(Date.now());
await setAgreement(hearth, testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 120 * minute)] }));

// (a) Every painted frame of every load, judged by colour: undimmed frames before the first dimmed one.
const page = await hearth.context.newPage();
let undimmedBeforeDim = 0;
let paintedFrames = 0;
let loadsWithPaint = 0;
for (let i = 0; i < LOADS; i++) {
  const frames = (await recordFrames(page, async () => void (await page.goto(sites.workUrl(`/load-${i}`))), 300)).map(judgeFrame);
  const painted = frames.filter((frame) => frame.painted);
  paintedFrames += painted.length;
  if (painted.length) loadsWithPaint++;
  const firstDimmed = painted.findIndex((frame) => !frame.undimmed);
  undimmedBeforeDim += (firstDimmed === -1 ? painted : painted.slice(0, firstDimmed)).filter((frame) => frame.undimmed).length;
}

// (b) Alternate between a browser with Hearth and one without, so drift hits both alike.
const bare = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hearth-bench-bare-')), {
  executablePath: CHROMIUM,
  headless: true,
  args: [`--host-resolver-rules=${HOST_RESOLVER_RULES}`, '--no-first-run', '--disable-background-networking'],
});
const withPage = await hearth.context.newPage();
const withoutPage = await bare.newPage();
const withTimes: number[] = [];
const withoutTimes: number[] = [];
for (let i = 0; i < TIMED_LOADS + 5; i++) {
  const url = sites.otherUrl(`/timed-${i}`);
  const order: [Page, number[]][] = [[withPage, withTimes], [withoutPage, withoutTimes]];
  for (const [target, times] of i % 2 ? order : order.reverse()) times.push(await loadTime(target, url));
}
// The first loads warm caches and processes; leave them out of both series.
const withMedian = median(withTimes.slice(5));
const withoutMedian = median(withoutTimes.slice(5));

console.log(
  JSON.stringify(
    {
      chromium: hearth.context.browser()?.version() ?? 'see chromium --version',
      frames: { loads: LOADS, loadsWithPaint, paintedFrames, undimmedFramesBeforeDimming: undimmedBeforeDim },
      nonWorkPageLoad: {
        loads: TIMED_LOADS,
        medianWithHearthMs: Number(withMedian.toFixed(2)),
        medianWithoutMs: Number(withoutMedian.toFixed(2)),
        ratio: Number((withMedian / withoutMedian).toFixed(3)),
      },
    },
    null,
    2,
  ),
);

await bare.close();
await hearth.context.close();
await sites.close();
