/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { test as base, expect } from '../support/hearth-test';
import { guardUi } from '../support/closed-shadow';
import { launchHearth, type Hearth } from '../support/launch-hearth';
import { backgroundExtensionPage, readStore, rootFilter, setAgreement } from '../support/hearth-pages';
import { floorToMinute, minute, testAgreement, zoneBetween } from '../support/test-agreement';
import { householdClock } from '../support/household-clock';

/** A browser that plays sound, so a page can be audible as in a call (Playwright mutes it otherwise). */
const test = base.extend<{ audible: Hearth; audibleWithSeams: Hearth }>({
  audible: async ({ profileDir }, use) => {
    const hearth = await launchHearth(profileDir, { audio: true });
    await use(hearth);
    await hearth.context.close();
  },
  audibleWithSeams: async ({ profileDir }, use) => {
    const hearth = await launchHearth(profileDir, { audio: true, build: 'e2e' });
    await use(hearth);
    await hearth.context.close();
  },
});

const CAP = 30 * minute;
const QUIET_MS = 30_000;

/** A call, as far as the browser can tell: a page playing a tone through WebAudio. */
async function startCall(page: Page) {
  await page.evaluate(async () => {
    const context = new AudioContext();
    const tone = context.createOscillator();
    tone.connect(context.destination);
    tone.start();
    await context.resume();
    (window as unknown as { call: AudioContext }).call = context;
  });
}
const callControl = (page: Page, action: 'suspend' | 'resume' | 'close') =>
  page.evaluate((name) => (window as unknown as { call: AudioContext }).call[name](), action);

/** What the browser itself reports, read where Hearth reads it. */
async function audibleUrls(hearth: Hearth): Promise<string[]> {
  return hearth.worker.evaluate(() => chrome.tabs.query({ audible: true }).then((tabs) => tabs.map((tab) => tab.url ?? '')));
}

/** Which layer Hearth shows (dim: a veil, grace: a note), read where only DevTools can see it. */
const hearthMode = async (page: Page) => {
  const layer = await (await guardUi(page)).attribute('.layer', 'class');
  return layer === null || layer === undefined ? null : ({ 'layer veil': 'dim', 'layer note': 'grace', 'layer screen': 'block' } as Record<string, string>)[layer];
};

/** The cap as the banner writes it: in the household's zone, in the browser's UI language. */
async function capText(hearth: Hearth, instant: number): Promise<string> {
  const locale = await hearth.worker.evaluate(() => chrome.i18n.getUILanguage());
  return householdClock(instant, Date.now(), locale);
}

test('a work tab in a call when a zone starts keeps its page under a gentle banner until the call ends; a silent one dims at once', async ({ audible: hearth, sites }) => {
  test.setTimeout(300_000);
  const start = Math.ceil((Date.now() + 40_000) / minute) * minute;
  await setAgreement(hearth, testAgreement({ zones: [zoneBetween(start, start + 10 * minute, { label: 'Family dinner' })] }));

  const inCall = await hearth.context.newPage();
  await inCall.goto(sites.workUrl('/meeting'));
  await inCall.evaluate(() => ((window as unknown as { loadedOnce: number }).loadedOnce = 42));
  await startCall(inCall);
  const silent = await hearth.context.newPage();
  await silent.goto(sites.workUrl('/inbox'));
  await expect.poll(() => audibleUrls(hearth)).toEqual([sites.workUrl('/meeting')]);

  await expect.poll(() => rootFilter(silent), { timeout: start - Date.now() + 20_000, intervals: [500] }).toContain('grayscale');
  expect(Date.now()).toBeGreaterThanOrEqual(start);
  // The registered CSS dims before the page's script has heard its state and shown its veil.
  await expect.poll(() => hearthMode(silent)).toBe('dim');

  const banner = await guardUi(inCall);
  await expect.poll(() => banner.text('[role=status]')).toContain('Family dinner');
  expect(await banner.text('.until')).toBe(`Hearth will dim this tab when your call ends — at the latest ${await capText(hearth, start + CAP)}.`);
  expect(await banner.attribute('[role=status]', 'aria-label')).toBe('Hearth: finishing your call');
  expect(await hearthMode(inCall)).toBe('grace');
  expect(await rootFilter(inCall)).toBe('none');

  // A pause in the conversation, which Chromium reports as the tab falling silent, is bridged.
  await callControl(inCall, 'suspend');
  await expect.poll(() => audibleUrls(hearth)).toEqual([]);
  const pausedAt = Date.now();
  await inCall.waitForTimeout(5_000);
  await callControl(inCall, 'resume');
  await expect.poll(() => audibleUrls(hearth)).toEqual([sites.workUrl('/meeting')]);
  await inCall.waitForTimeout(pausedAt + QUIET_MS + 5_000 - Date.now());
  expect(await hearthMode(inCall)).toBe('grace');
  expect(await rootFilter(inCall)).toBe('none');

  // The call ends: once it has stayed silent for the debounce, the page dims in place.
  await callControl(inCall, 'close');
  const endedAt = Date.now();
  await expect.poll(() => rootFilter(inCall), { timeout: QUIET_MS + 30_000, intervals: [500] }).toContain('grayscale');
  expect(Date.now() - endedAt).toBeGreaterThanOrEqual(QUIET_MS);
  expect(await hearthMode(inCall)).toBe('dim');
  await expect.poll(() => banner.text('h2')).toBe('Family dinner');
  expect(await banner.text('.until')).toContain('Work rests until');
  expect(await inCall.evaluate(() => (window as unknown as { loadedOnce: number }).loadedOnce)).toBe(42);
});

test('a call gets 30 minutes at most, and a tab that starts a call later in the zone gets no grace', async ({ audibleWithSeams: hearth, sites }) => {
  const inCall = await hearth.context.newPage();
  await inCall.goto(sites.workUrl('/meeting'));
  await startCall(inCall);
  await expect.poll(() => audibleUrls(hearth)).toEqual([sites.workUrl('/meeting')]);

  // The zone began at the start of this minute: Hearth first sees it now, within its admission window.
  const start = floorToMinute(Date.now());
  const agreement = testAgreement({ zones: [zoneBetween(start, start + 60 * minute, { label: 'Family dinner' })] });
  await setAgreement(hearth, agreement);
  await expect.poll(() => hearthMode(inCall)).toBe('grace');
  expect(await rootFilter(inCall)).toBe('none');

  const late = await hearth.context.newPage();
  await late.goto(sites.workUrl('/late'));
  expect(await rootFilter(late)).toContain('grayscale');
  await startCall(late);
  await expect.poll(() => audibleUrls(hearth)).toHaveLength(2);
  await late.waitForTimeout(1_000);
  expect(await hearthMode(late)).toBe('dim');

  // Half an hour later the first call is still going, and the page dims all the same.
  const messenger = await backgroundExtensionPage(hearth);
  await messenger.evaluate((offsetMs) => chrome.runtime.sendMessage({ type: 'test:clock', offsetMs }), start + CAP - Date.now());
  await setAgreement(hearth, agreement);
  await expect.poll(() => rootFilter(inCall)).toContain('grayscale');
  expect(await hearthMode(inCall)).toBe('dim');
  expect(await audibleUrls(hearth)).toContain(sites.workUrl('/meeting'));
  // Grace is the schedule's, not an override: nothing is recorded against the weekly allowance.
  expect(await readStore(hearth, 'overrides')).toEqual([]);
});
