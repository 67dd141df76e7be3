/**
 * Issue #11 item 16: what Hearth costs a page that is not work, measured so the answer is stable.
 * Per load it takes the renderer main thread's CPU time for it (CDP `ThreadTime`, bench/page-cpu.ts),
 * which the machine's other work does not inflate, besides the navigation's own time (start to
 * loadEventEnd) and its tasks' wall time. Each comparison is the ratio of medians with a 95 %
 * bootstrap interval:
 *  - same browser (the goal): one Chromium with Hearth inside a zone, one tab, one non-work page,
 *    loaded in pairs: once with the guard's content script registered (for the work site) and once
 *    with that registration taken away, in seeded random order; nothing else differs between the two
 *    loads of a pair, and drift over the run moves both alike, so the interval resamples whole pairs;
 *  - Hearth against any extension: after every ACROSS-th pair, the same page in a Chromium with an
 *    extension that does nothing at all, and in one with extensions off (which goes first alternates).
 *    All three are launched alike (switches, window, headless), so they differ only by the extension:
 *    what any extension costs a page is Chromium's, what is left is Hearth's.
 * Run with `npm run bench:guard-cost` (BENCH_COST_LOADS pairs, default 1,000: 8 minutes at load 3–8, up to 25 on a
 * busy 2-core machine; BENCH_COST_MINUTES stops sooner with the pairs taken). The last line is the summary.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, COMMON_ARGS, VIEWPORT, launchHearth } from '../tests/support/launch-hearth';
import { registeredGuardScripts, setAgreement } from '../tests/support/hearth-pages';
import { HOST_RESOLVER_RULES, startTestSites } from '../tests/support/test-sites';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../tests/support/test-agreement';
import { cpuMeter, type PageUse } from './page-cpu';
import { loadTime, median } from './page-load';
import { geometricMeanRatio, pairedRatioOfMedians, ratioOfMedians } from './ratio-interval';
import { costVerdict } from './cost-verdict';
import { seededRandom } from '../tests/support/seeded-random';

const LOADS = Number(process.env.BENCH_COST_LOADS ?? 1000);
/** The two other browsers load after every ACROSS-th of Hearth's loads: they answer a coarser question, and cost time. */
const ACROSS = Number(process.env.BENCH_COST_ACROSS ?? 4);
/** Stops taking pairs after this many minutes (a run that must fit a slot), with the pairs taken so far. */
const MINUTES = Number(process.env.BENCH_COST_MINUTES ?? Infinity);
/** Raw loads as JSON, for a second look at the same run or pooled with others (bench/guard-cost-pool.ts). */
const OUT = process.env.BENCH_COST_OUT;
const SETTLE_MS = 1_000;
/** The pause after the registration changes, before the next load (BENCH_COST_SETTLE_MS): see setRegistered. */
const TOGGLE_SETTLE_MS = Number(process.env.BENCH_COST_SETTLE_MS ?? 100);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps one renderer process per tab across same-site loads (Chromium otherwise swaps it, for the
 * back/forward cache), so the CPU counter of one load is that load's alone.
 */
const ONE_PROCESS = '--disable-features=BackForwardCache,ProactivelySwapBrowsingInstance,RenderDocument';
const sites = await startTestSites();
const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-bench-cost-')), { args: [ONE_PROCESS] });

/** A Chromium launched as launchHearth launches Hearth's, with `extensionDir` in Hearth's place or (none) extensions off. */
function plainChromium(name: string, extensionDir?: string) {
  const loadExtension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), `hearth-bench-cost-${name}-`)), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    args: [...loadExtension, `--host-resolver-rules=${HOST_RESOLVER_RULES}`, ...COMMON_ARGS, ONE_PROCESS],
  });
}
const emptyExtensionDir = mkdtempSync(join(tmpdir(), 'hearth-bench-empty-extension-'));
writeFileSync(join(emptyExtensionDir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Does nothing', version: '1.0' }));
const empty = await plainChromium('empty', emptyExtensionDir);
const bare = await plainChromium('bare');

const now = floorToMinute(Date.now());
await setAgreement(hearth, testAgreement({ zones: [zoneBetween(now - 2 * minute, now + 240 * minute)] }));
const script = await registeredGuardScript();
// The save sets off re-derivations and publishing in the background: let them finish first.
await sleep(SETTLE_MS);

interface Load extends PageUse {
  wallMs: number;
}
type Arm = 'registered' | 'unregistered' | 'empty' | 'bare';
const loads: Record<Arm, Load[]> = { registered: [], unregistered: [], empty: [], bare: [] };
let processSwaps = 0;

async function tab(page: Page) {
  const meter = await cpuMeter(page);
  return async (url: string): Promise<Load> => {
    const before = await meter();
    const wallMs = await loadTime(page, url);
    const after = await meter();
    // A new renderer process starts its own count: then all of it is this load's.
    const swapped = after.cpuMs < before.cpuMs;
    if (swapped) processSwaps += 1;
    return swapped ? { wallMs, ...after } : { wallMs, cpuMs: after.cpuMs - before.cpuMs, taskMs: after.taskMs - before.taskMs };
  };
}
const load = { hearth: await tab(await hearth.context.newPage()), empty: await tab(await empty.newPage()), bare: await tab(await bare.newPage()) };

/** The content script the guard registered for the zone, exactly as Chromium keeps it. */
async function registeredGuardScript() {
  for (let tries = 0; tries <= 50; tries++) {
    const [registered] = await registeredGuardScripts(hearth);
    if (registered) return registered;
    await sleep(100);
  }
  throw new Error('expected the guard to register its script inside the zone');
}

/**
 * Takes the guard's own registration away or gives it back, as the zone's end and start do, without
 * saving an agreement between two loads: the two arms then differ by the registered script and
 * nothing else, and can alternate load by load. The guard does not re-register by itself while the
 * zone lasts (no boundary, no save); each call checks that the last load ran in the state it was
 * given (`was`), so one that did not stops the run.
 */
async function setRegistered(on: boolean, was: boolean | undefined) {
  const before = await hearth.worker.evaluate(
    async ({ on, script }) => {
      const [current] = await chrome.scripting.getRegisteredContentScripts({ ids: [script.id] });
      if (on && !current) await chrome.scripting.registerContentScripts([script]);
      if (!on && current) await chrome.scripting.unregisterContentScripts({ ids: [script.id] });
      return current !== undefined;
    },
    { on, script },
  );
  if (was !== undefined && before !== was) throw new Error(`the guard's script was ${was ? 'not ' : ''}registered during a load meant to have it ${was ? 'on' : 'off'}`);
  // Chromium sends the new set of scripts to every renderer; let it arrive before the load is metered.
  await sleep(TOGGLE_SETTLE_MS);
}

for (let i = 0; i < 10; i++) for (const measured of Object.values(load)) await measured(sites.otherUrl(`/warm-${i}`));
processSwaps = 0;
// Each pair of loads in a seeded random order, so neither arm always follows the other.
const random = seededRandom(11);
const pairs: [Load, Load][] = [];
let last: boolean | undefined;
const stopAt = Date.now() + MINUTES * 60_000;
for (let pair = 0; pair < LOADS && Date.now() < stopAt; pair++) {
  const url = sites.otherUrl(`/${pair}`);
  const taken = new Map<boolean, Load>();
  for (const on of random() < 0.5 ? [true, false] : [false, true]) {
    await setRegistered(on, last);
    taken.set(on, await load.hearth(url));
    last = on;
  }
  pairs.push([taken.get(true)!, taken.get(false)!]);
  loads.registered.push(taken.get(true)!);
  loads.unregistered.push(taken.get(false)!);
  if (pair % ACROSS !== 0) continue;
  const others = [async () => loads.empty.push(await load.empty(url)), async () => loads.bare.push(await load.bare(url))];
  // The two other browsers take turns going first, so neither always loads on a machine the other just left.
  for (const step of pair % (2 * ACROSS) === 0 ? others : others.reverse()) await step();
}

const of = (key: keyof Load, ...arms: Arm[]) => arms.flatMap((arm) => loads[arm].map((entry) => entry[key]));
const round = (value: number) => Number(value.toFixed(2));
const medians = (arm: Arm) => ({ cpu: round(median(of('cpuMs', arm))), task: round(median(of('taskMs', arm))), wall: round(median(of('wallMs', arm))) });
const result = {
  chromium: hearth.context.browser()?.version() ?? 'see chromium --version',
  pairs: pairs.length,
  loadsPerOtherBrowser: loads.empty.length,
  processSwaps,
  settleMsAfterToggle: TOGGLE_SETTLE_MS,
  medianMs: { guardRegistered: medians('registered'), nothingRegistered: medians('unregistered'), emptyExtension: medians('empty'), extensionsOff: medians('bare') },
  sameBrowser: {
    cpu: pairedRatioOfMedians(pairs.map(([on, off]) => [on.cpuMs, off.cpuMs])),
    cpuGeometricMean: geometricMeanRatio(pairs.map(([on, off]) => [on.cpuMs, off.cpuMs])),
    task: pairedRatioOfMedians(pairs.map(([on, off]) => [on.taskMs, off.taskMs])),
    wall: pairedRatioOfMedians(pairs.map(([on, off]) => [on.wallMs, off.wallMs])),
  },
  /** CPU: Hearth (either state) over an extension that does nothing; that over extensions off; Hearth registered over extensions off. */
  acrossBrowsers: {
    hearthOverEmptyExtension: ratioOfMedians(of('cpuMs', 'registered', 'unregistered'), of('cpuMs', 'empty')),
    emptyExtensionOverNone: ratioOfMedians(of('cpuMs', 'empty'), of('cpuMs', 'bare')),
    registeredOverNone: ratioOfMedians(of('cpuMs', 'registered'), of('cpuMs', 'bare')),
  },
};
await setRegistered(true, last);
console.log(JSON.stringify(result, null, 2));
if (OUT) writeFileSync(OUT, JSON.stringify({ ...loads, processSwaps }));
const line = (name: string, { ratio, ci95 }: { ratio: number; ci95: [number, number] }) => `${name} ${ratio} (95 % ${ci95[0]}–${ci95[1]})`;
console.log(
  `guard cost: CPU ${line('registered/nothing', result.sameBrowser.cpu)} (${line('geometric mean of pairs', result.sameBrowser.cpuGeometricMean)}); ${line('Hearth/empty extension', result.acrossBrowsers.hearthOverEmptyExtension)}, ` +
    `${line('empty extension/none', result.acrossBrowsers.emptyExtensionOverNone)}; goal ≤ 1.01: ${costVerdict(result.sameBrowser.cpu.ci95, processSwaps)}`,
);
