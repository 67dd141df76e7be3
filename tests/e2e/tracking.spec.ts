import { readFileSync } from 'node:fs';
import { test as base, expect } from '../support/hearth-test';
import { launchHearth, type Hearth } from '../support/launch-hearth';
import { backgroundExtensionPage, readStore, sendFromExtensionPage, setAgreement, stopWorker } from '../support/hearth-pages';
import { testAgreement } from '../support/test-agreement';
import { SPA_WORK_PATTERN, WORK_PATTERN } from '../support/test-sites';
import { classifyActivity } from '../../utils/report/classify-activity';
import type { ActivityInterval } from '../../utils/tracking/activity-interval';
import type { AgreementRevision } from '../../utils/db/hearth-db';

/** Tracking tests use the build with test seams: a scriptable idle state, since no person is typing. */
const test = base.extend<{ tracked: Hearth }>({
  tracked: async ({ profileDir }, use) => {
    const hearth = await launchHearth(profileDir, { build: 'e2e' });
    await use(hearth);
    await hearth.context.close();
  },
});

const IDLE_SECONDS = 15;
// Nobody has working hours in this agreement, so all work time is after-hours.
const offHoursAgreement = () => {
  const agreement = testAgreement({
    workSites: [
      { pattern: WORK_PATTERN, category: 'docs', label: 'Test work' },
      { pattern: SPA_WORK_PATTERN, category: 'tickets', label: 'Test tracker app' },
    ],
  });
  agreement.partners = agreement.partners.map((partner: object) => ({ ...partner, workingHours: {} }));
  return agreement;
};

async function afterHoursMs(hearth: Hearth): Promise<{ total: number; intervals: ActivityInterval[] }> {
  const intervals = await readStore<ActivityInterval>(hearth, 'intervals');
  const revisions = await readStore<AgreementRevision>(hearth, 'agreementRevisions');
  const slices = classifyActivity(intervals, revisions, [], revisions[0]!.agreement.partners[0].id);
  return { total: slices.filter((slice) => slice.hours === 'after-hours').reduce((sum, slice) => sum + slice.end - slice.start, 0), intervals };
}

/** The script's own record of when it was working: [start, end) pairs measured around each action. */
class GroundTruth {
  private since: number | null = null;
  private total = 0;
  start() {
    this.since ??= Date.now();
  }
  stop(at = Date.now()) {
    if (this.since !== null) this.total += at - this.since;
    this.since = null;
  }
  get ms() {
    return this.total;
  }
}

test('a scripted evening of switching tabs, windows, an app and going idle is recorded within max(5 s, 1 %)', async ({ tracked: hearth, sites }) => {
  await setAgreement(hearth, offHoursAgreement());
  await sendFromExtensionPage(hearth, { type: 'tracking:settings', settings: { idleSeconds: IDLE_SECONDS, countAudible: true } });
  const messenger = await backgroundExtensionPage(hearth);
  const seam = (message: unknown) => messenger.evaluate((m) => chrome.runtime.sendMessage(m), message);
  const truth = new GroundTruth();
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  // 1. A work tab in front.
  const work = await hearth.context.newPage();
  truth.start();
  await work.goto(sites.workUrl('/evening'));
  await pause(10_000);

  // 2. A tab that is not work comes to the front, then the work tab again.
  const news = await hearth.context.newPage();
  await news.goto(sites.otherUrl());
  truth.stop();
  await pause(6_000);
  truth.start();
  await work.bringToFront();
  await pause(8_000);

  // 3. A single-page app: its /work/ views count, its settings view does not; only the URL changes.
  const app = await hearth.context.newPage();
  await app.goto(sites.spaUrl('/work/inbox'));
  await pause(6_000);
  await app.evaluate(() => history.pushState({}, '', '/work/board'));
  await pause(5_000);
  await app.evaluate(() => history.pushState({}, '', '/settings/profile'));
  truth.stop();
  await pause(6_000);
  truth.start();
  await app.evaluate(() => history.pushState({}, '', '/work/inbox'));
  await pause(5_000);

  // 4. Another window that is not work takes focus, then the first window again.
  const firstWindowId = await hearth.worker.evaluate(async () => (await chrome.windows.getLastFocused()).id!);
  const other = await hearth.worker.evaluate(async (url) => (await chrome.windows.create({ url, focused: true }))!.id!, sites.otherUrl('/window'));
  truth.stop();
  await pause(6_000);
  // Then the browser loses focus to another program altogether. Headless Chromium has no other
  // program and keeps every window "focused", but minimising all of them reports focus as gone.
  const setWindow = (id: number, state: 'minimized' | 'normal') =>
    hearth.worker.evaluate(([windowId, windowState]) => chrome.windows.update(windowId, { state: windowState, ...(windowState === 'normal' && { focused: true }) }).then(() => undefined), [id, state] as const);
  await setWindow(other, 'minimized');
  await setWindow(firstWindowId, 'minimized');
  await pause(6_000);
  truth.start();
  await setWindow(firstWindowId, 'normal');
  await pause(6_000);

  // 5. The person stops typing; the idle event comes a threshold later and is trimmed back.
  truth.stop();
  await pause(IDLE_SECONDS * 1000);
  await seam({ type: 'test:idle', state: 'idle' });
  await pause(5_000);
  truth.start();
  await seam({ type: 'test:idle', state: 'active' });
  await pause(8_000);

  // 6. Done: the work tab closes and what is left in front is not work.
  await app.close();
  truth.stop();
  await hearth.worker.evaluate((id) => chrome.windows.remove(id), other);
  await pause(2_000);

  const { total, intervals } = await afterHoursMs(hearth);
  const tolerance = Math.max(5_000, truth.ms * 0.01);
  expect(intervals.length).toBeGreaterThanOrEqual(5);
  expect(Math.abs(total - truth.ms), `recorded ${total} ms, the script worked ${truth.ms} ms`).toBeLessThanOrEqual(tolerance);
  expect(new Set(intervals.map((interval) => interval.domain))).toEqual(new Set(['work.hearth.test', 'spa.hearth.test']));
});

test('a service worker stopped mid-session loses at most 30 s and keeps tracking afterwards', async ({ tracked: hearth, sites }) => {
  await setAgreement(hearth, offHoursAgreement());
  const work = await hearth.context.newPage();
  const started = Date.now();
  await work.goto(sites.workUrl('/long-task'));
  await work.waitForTimeout(20_000);

  const { statuses } = await stopWorker(hearth);
  const stoppedAt = Date.now();
  await work.bringToFront();
  // Nothing but the heartbeat alarm wakes it: within 30 s a new worker runs and carries on.
  await expect.poll(() => statuses.includes('running'), { timeout: 45_000 }).toBe(true);
  await work.waitForTimeout(Math.max(0, stoppedAt + 40_000 - Date.now()));

  // A switch after the restart is still attributed: the tracker kept working.
  const news = await hearth.context.newPage();
  await news.goto(sites.otherUrl());
  const ended = Date.now();
  await news.waitForTimeout(2_000);

  const { total, intervals } = await afterHoursMs(hearth);
  const worked = ended - started;
  expect(total, `recorded ${total} ms of ${worked} ms`).toBeGreaterThanOrEqual(worked - 30_000);
  expect(total).toBeLessThanOrEqual(worked + 5_000);
  expect(Math.max(...intervals.map((interval) => interval.end))).toBeGreaterThan(stoppedAt + 30_000);
});

test('a clock jump (sleep, a changed clock) is never counted: the interval closes at its last checkpoint', async ({ tracked: hearth, sites }) => {
  await setAgreement(hearth, offHoursAgreement());
  const messenger = await backgroundExtensionPage(hearth);
  const work = await hearth.context.newPage();
  const started = Date.now();
  await work.goto(sites.workUrl('/before-sleep'));
  await work.waitForTimeout(5_000);
  // The machine "sleeps" for two hours: the clock moves on while nothing was observed.
  await messenger.evaluate(() => chrome.runtime.sendMessage({ type: 'test:clock', offsetMs: 2 * 60 * 60_000 }));
  await work.goto(sites.workUrl('/after-wake'));
  await work.waitForTimeout(5_000);
  await work.goto(sites.otherUrl());
  await work.waitForTimeout(1_000);

  const intervals = (await readStore<ActivityInterval>(hearth, 'intervals')).sort((a, b) => a.start - b.start);
  expect(intervals).toHaveLength(2);
  const [before, after] = intervals as [ActivityInterval, ActivityInterval];
  expect(before.end - before.start).toBeLessThan(8_000);
  expect(after.start - started).toBeGreaterThanOrEqual(2 * 60 * 60_000);
  expect(after.end - after.start).toBeLessThan(8_000);
});

test('the shipped build has no test seams', () => {
  const shipped = readFileSync('.output/chrome-mv3/background.js', 'utf8');
  expect(shipped).not.toContain('test:idle');
  expect(shipped).not.toContain('test:clock');
  expect(readFileSync('.output/chrome-mv3-e2e/background.js', 'utf8')).toContain('test:idle');
});
