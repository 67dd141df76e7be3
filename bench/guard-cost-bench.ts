/**
 * Issue #11 item 16: what Hearth costs a page that is not work, measured so the answer is stable.
 * Per load it takes the navigation's own time (start to loadEventEnd) and the renderer's main-thread
 * CPU time for it (CDP `TaskDuration`, bench/page-cpu.ts), which the machine's other work does not
 * inflate. Two comparisons, each the ratio of medians with a 95 % bootstrap interval:
 *  - same browser: one Chromium with Hearth, one tab, one non-work page; loads come in blocks of
 *    BLOCK under the agreement with a zone on now (the guard's content script registered for the work
 *    site) or the same agreement without (nothing registered), each pair of blocks in random order
 *    and a second's pause after each save, so drift and the save's aftermath hit both alike;
 *  - without Hearth: after every one of those loads, the same page in a second Chromium that has
 *    no extension at all (the order of the two swapped at each load), for Hearth's whole cost.
 * Run with `npm run bench:guard-cost` (BENCH_COST_LOADS loads a side, default 300). The last line
 * is the summary.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, launchHearth } from '../tests/support/launch-hearth';
import { registeredGuardScripts, setAgreement } from '../tests/support/hearth-pages';
import { HOST_RESOLVER_RULES, startTestSites } from '../tests/support/test-sites';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../tests/support/test-agreement';
import { cpuMeter } from './page-cpu';
import { loadTime, median } from './page-load';
import { ratioOfMedians } from './ratio-interval';
import { seededRandom } from '../tests/support/seeded-random';

const LOADS = Number(process.env.BENCH_COST_LOADS ?? 300);
const BLOCK = 5;
const SETTLE_MS = 1_000;

/**
 * Keeps one renderer process per tab across same-site loads (Chromium otherwise swaps it, for the
 * back/forward cache), so the CPU counter of one load is that load's alone.
 */
const ONE_PROCESS = '--disable-features=BackForwardCache,ProactivelySwapBrowsingInstance,RenderDocument';
const sites = await startTestSites();
const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-bench-cost-')), { args: [ONE_PROCESS] });
const bare = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hearth-bench-cost-bare-')), {
  executablePath: CHROMIUM,
  headless: true,
  args: [`--host-resolver-rules=${HOST_RESOLVER_RULES}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', ONE_PROCESS],
});
const now = floorToMinute(Date.now());
const guarding = testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 240 * minute)] });
const quiet = testAgreement({ zones: [] });
const page = await hearth.context.newPage();
const barePage = await bare.newPage();
const meters = { hearth: await cpuMeter(page), bare: await cpuMeter(barePage) };

interface Load {
  wallMs: number;
  cpuMs: number;
}
const loads = { guarding: [] as Load[], quiet: [] as Load[], bare: [] as Load[] };
let processSwaps = 0;

async function measuredLoad(target: typeof page, meter: () => Promise<number>, url: string): Promise<Load> {
  const before = await meter();
  const wallMs = await loadTime(target, url);
  const after = await meter();
  // A new renderer process starts its own count: then all of it is this load's.
  if (after < before) processSwaps += 1;
  return { wallMs, cpuMs: after >= before ? after - before : after };
}

for (let i = 0; i < 10; i++) {
  await measuredLoad(page, meters.hearth, sites.otherUrl(`/warm-${i}`));
  await measuredLoad(barePage, meters.bare, sites.otherUrl(`/warm-${i}`));
}
processSwaps = 0;
// Each pair of blocks in a seeded random order, so neither arm always follows the other.
const random = seededRandom(11);
type Side = 'guarding' | 'quiet';
const sides = Array.from({ length: Math.ceil(LOADS / BLOCK) }, (): Side[] => (random() < 0.5 ? ['guarding', 'quiet'] : ['quiet', 'guarding'])).flat();
for (const [block, side] of sides.entries()) {
  await setAgreement(hearth, side === 'guarding' ? guarding : quiet);
  // The guard re-registers just after the save: wait until it has, so no load runs in between.
  for (let tries = 0; ((await registeredGuardScripts(hearth)).length > 0) !== (side === 'guarding'); tries++) {
    if (tries > 50) throw new Error(`expected the guard ${side === 'guarding' ? '' : 'not '}registered`);
    await page.waitForTimeout(100);
  }
  // And let whatever else a save sets off in the background (re-derivations, publishing) finish first.
  await page.waitForTimeout(SETTLE_MS);
  for (let i = 0; i < BLOCK; i++) {
    const path = `/${block}-${i}`;
    const withHearth = () => measuredLoad(page, meters.hearth, sites.otherUrl(path)).then((load) => loads[side].push(load));
    const without = () => measuredLoad(barePage, meters.bare, sites.otherUrl(path)).then((load) => loads.bare.push(load));
    if (i % 2 === 0) {
      await withHearth();
      await without();
    } else {
      await without();
      await withHearth();
    }
  }
}

const wall = (side: Load[]) => side.map((load) => load.wallMs);
const cpu = (side: Load[]) => side.map((load) => load.cpuMs);
const round = (value: number) => Number(value.toFixed(2));
const withHearth = [...loads.guarding, ...loads.quiet];
const result = {
  chromium: hearth.context.browser()?.version() ?? 'see chromium --version',
  loadsPerSide: LOADS,
  processSwaps,
  medianMs: {
    guardRegistered: { wall: round(median(wall(loads.guarding))), cpu: round(median(cpu(loads.guarding))) },
    nothingRegistered: { wall: round(median(wall(loads.quiet))), cpu: round(median(cpu(loads.quiet))) },
    withoutHearth: { wall: round(median(wall(loads.bare))), cpu: round(median(cpu(loads.bare))) },
  },
  sameBrowser: { wall: ratioOfMedians(wall(loads.guarding), wall(loads.quiet)), cpu: ratioOfMedians(cpu(loads.guarding), cpu(loads.quiet)) },
  againstNoExtension: {
    wall: ratioOfMedians(wall(loads.guarding), wall(loads.bare)),
    cpu: ratioOfMedians(cpu(loads.guarding), cpu(loads.bare)),
    cpuAnyState: ratioOfMedians(cpu(withHearth), cpu(loads.bare)),
  },
};
console.log(JSON.stringify(result, null, 2));
const line = (name: string, { ratio, ci95 }: { ratio: number; ci95: [number, number] }) => `${name} ${ratio} (95 % ${ci95[0]}–${ci95[1]})`;
console.log(
  `guard cost: CPU ${line('registered/nothing', result.sameBrowser.cpu)}, ${line('registered/no extension', result.againstNoExtension.cpu)}; ` +
    `wall ${line('registered/nothing', result.sameBrowser.wall)}, ${line('registered/no extension', result.againstNoExtension.wall)}; goal ≤ 1.01: ` +
    verdict(result.sameBrowser.cpu.ci95),
);

/** A script cannot make a page cheaper: an interval wholly below 1 means the two arms differ in something else. */
function verdict([low, high]: [number, number]): string {
  if (high < 1) return `not valid (registered cheaper than nothing, up to ${low}: the arms differ in more than the script)`;
  return high <= 1.01 ? 'met' : 'not shown';
}
await hearth.context.close();
await bare.close();
await sites.close();
