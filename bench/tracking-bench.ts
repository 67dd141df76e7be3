/**
 * Issue #3's cost figures, in the real Chromium with the e2e build (the production code plus
 * counters): background wake-ups per hour and IndexedDB writes per minute while browsing work
 * sites. A seeded script switches between three work sites and one that is not work every
 * 15–90 s for BENCH_MINUTES (default 6) minutes. Run with `npm run bench:tracking`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHearth } from '../tests/support/launch-hearth';
import { backgroundExtensionPage, setAgreement } from '../tests/support/hearth-pages';
import { startTestSites } from '../tests/support/test-sites';
import { testAgreement } from '../tests/support/test-agreement';
import { seededRandom } from '../tests/support/seeded-random';

const MINUTES = Number(process.env.BENCH_MINUTES ?? 6);
const random = seededRandom(20261123);

const sites = await startTestSites();
const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-bench-tracking-')), { build: 'e2e' });
await setAgreement(hearth, testAgreement({ workSites: [{ pattern: '*://*.hearth.test/*', category: 'docs' }] }));
const messenger = await backgroundExtensionPage(hearth);

const urls = [
  `http://chat.hearth.test:${sites.port}/`,
  `http://board.hearth.test:${sites.port}/`,
  `http://code.hearth.test:${sites.port}/`,
  `http://127.0.0.1:${sites.port}/not-work`,
];
const tabs = await Promise.all(urls.map(async (url) => {
  const page = await hearth.context.newPage();
  await page.goto(url);
  return page;
}));
const before = await messenger.evaluate(() => chrome.runtime.sendMessage({ type: 'test:stats' }));
const started = Date.now();
let switches = 0;
while (Date.now() - started < MINUTES * 60_000) {
  await tabs[Math.floor(random() * tabs.length)]!.bringToFront();
  switches++;
  await new Promise((resolve) => setTimeout(resolve, 15_000 + random() * 75_000));
}
const elapsedMinutes = (Date.now() - started) / 60_000;
const after = await messenger.evaluate(() => chrome.runtime.sendMessage({ type: 'test:stats' }));
const intervals = await messenger.evaluate(
  () =>
    new Promise<number>((resolve) => {
      indexedDB.open('hearth').onsuccess = (event) => {
        const count = (event.target as IDBOpenDBRequest).result.transaction('intervals').objectStore('intervals').count();
        count.onsuccess = () => resolve(count.result);
      };
    }),
);

const delta = (a: Record<string, number> = {}, b: Record<string, number> = {}) =>
  Object.fromEntries(Object.keys(b).map((key) => [key, (b[key] ?? 0) - (a[key] ?? 0)]));
const alarms = delta(before.alarms, after.alarms);
const writes = delta(before.writes, after.writes);
const perHour = (count: number) => Number(((count / elapsedMinutes) * 60).toFixed(1));
console.log(
  JSON.stringify(
    {
      minutes: Number(elapsedMinutes.toFixed(2)),
      tabSwitches: switches,
      intervalsStored: intervals,
      workerStartsPerHour: perHour(after.workerStarts - before.workerStarts),
      alarmWakeUpsPerHour: Object.fromEntries(Object.entries(alarms).map(([name, count]) => [name, perHour(count)])),
      intervalWritesPerMinute: Number(((writes.intervals ?? 0) / elapsedMinutes).toFixed(2)),
      allWritesPerMinute: Number((Object.values(writes).reduce((sum, count) => sum + count, 0) / elapsedMinutes).toFixed(2)),
    },
    null,
    2,
  ),
);
await hearth.context.close();
await sites.close();
