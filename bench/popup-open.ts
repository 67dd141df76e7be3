/**
 * Issue #4's time to interactive: how long the popup takes from navigation start until its status
 * is on screen, in the real Chromium with the production build (`npx wxt build` first). Opens
 * `popup.html` in a fresh tab 20 times (BENCH_POPUP_OPENS) with an agreement that has a zone on
 * and rituals, and reads the `hearth:popup-ready` mark the popup sets once the status has rendered
 * (its startTime is measured from navigation start). The status is on screen at the later of that
 * mark and the first contentful paint: the mark is set before the browser paints, so when the status
 * is the first paint it counts from the paint, as the blank page does. Run with `npx tsx bench/popup-open.ts`.
 *
 * As a baseline it also opens a blank page of the same extension (one paragraph, no script, no
 * style) as often, each open of one followed by one of the other: what this browser takes to show
 * any extension page at all. For information only, not in the ratio, a third page is opened as
 * often: the blank one with one empty classic script, what a page pays for running any script at
 * all (the popup runs its early status script and its modules). The last line is the summary.
 *
 * What the goal is up against, also opened as often: a page of the same extension whose one
 * classic script asks the background for the popup's status (`popup:status`, as the popup's early
 * script does) and, when the answer comes, writes one line of text — no module, no Preact, no
 * rendering of the status. Its "status on screen" (the later of the answer's mark and the first
 * paint) over the blank page's paint is the least ratio any popup that shows the background's
 * status could reach in this run.
 *
 * For each kind of page it also reports when the document's load event began: an action popup is
 * shown only once its document has loaded, and its first paint comes after that (see BENCHMARKS.md).
 *
 * `BENCH_POPUP_AS=popup` opens every page as the toolbar button does instead of in a tab: the
 * action's popup is set to the page and `action.openPopup()` opens it, from an extension page
 * left open for the run, which reads the popup's timings through `extension.getViews` and closes
 * it. A tab is an event the background hears (the tracker observes every tab activated or
 * loaded, in the same renderer process as the pages); a popup from the toolbar makes none.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchHearth } from '../tests/support/launch-hearth';
import { setAgreement } from '../tests/support/hearth-pages';
import { floorToMinute, minute, testAgreement, wallClock, zoneBetween } from '../tests/support/test-agreement';
import { median } from './page-load';
import { ratioOfMedians } from './ratio-interval';

const OPENS = Number(process.env.BENCH_POPUP_OPENS ?? 20);
const AS_POPUP = process.env.BENCH_POPUP_AS === 'popup';
const READY_MARK = 'hearth:popup-ready';

const ms = (value: number) => Number(value.toFixed(1));

const BLANK = 'bench-blank.html';
const SCRIPTED = 'bench-blank-script.html';
const EMPTY_SCRIPT = 'bench-empty.js';
const STATUS_FLOOR = 'bench-status-floor.html';
const STATUS_FLOOR_SCRIPT = 'bench-status-floor.js';
const STATUS_FLOOR_MARK = 'bench:status-answered';
// Written into the build only for this run; the next `wxt build` would drop them anyway.
writeFileSync(join(EXTENSION_DIR, BLANK), '<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head><body><p>Blank</p></body></html>');
writeFileSync(join(EXTENSION_DIR, SCRIPTED), `<!doctype html><html><head><meta charset="utf-8"><title>Blank</title><script src="/${EMPTY_SCRIPT}"></script></head><body><p>Blank</p></body></html>`);
writeFileSync(join(EXTENSION_DIR, EMPTY_SCRIPT), '');
writeFileSync(join(EXTENSION_DIR, STATUS_FLOOR), `<!doctype html><html><head><meta charset="utf-8"><title>Status</title><script src="/${STATUS_FLOOR_SCRIPT}"></script></head><body></body></html>`);
writeFileSync(
  join(EXTENSION_DIR, STATUS_FLOOR_SCRIPT),
  `chrome.runtime.sendMessage({ type: 'popup:status' }).then((status) => {
  const line = () => {
    const paragraph = document.createElement('p');
    paragraph.textContent = status ? 'Status answered' : 'No status';
    document.body.append(paragraph);
    document.body.dataset.ready = '';
    performance.mark('${STATUS_FLOOR_MARK}');
  };
  if (document.body) line();
  else document.addEventListener('DOMContentLoaded', line);
});`,
);
const hearth = await launchHearth(mkdtempSync(join(tmpdir(), 'hearth-bench-popup-')));
const now = floorToMinute(Date.now());
const ritual = (id: string, startsAt: number) => ({
  id,
  label: id,
  recurrence: { kind: 'daily' },
  time: wallClock(startsAt).time,
  durationMinutes: 30,
  reminderMinutes: 10,
  protected: false,
});
await setAgreement(
  hearth,
  testAgreement({
    zones: [zoneBetween(now - 2 * minute, now + 120 * minute, { label: 'Family evenings' })],
    rituals: [ritual('breakfast', now - 60 * minute), ritual('walk', now + 30 * minute)],
  }),
);

const readyTimes: number[] = [];
const paintTimes: number[] = [];
/** When the page's own bytes had arrived: everything before is the browser starting the tab, not Hearth. */
const responseEndTimes: number[] = [];
const blankPaintTimes: number[] = [];
const scriptedPaintTimes: number[] = [];
const statusFloorTimes: number[] = [];
const loadTimes = { popup: [] as number[], blank: [] as number[], statusOnly: [] as number[] };

interface Opened {
  /** The ready mark's start, when the page sets one. */
  ready: number | null;
  paint: number;
  responseEnd: number;
  /** The load event's start: every script the document holds (the module chunks among them) has run. */
  load: number;
}

async function openInTab(file: string, readyMark: string | null): Promise<Opened> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/${file}`);
  if (readyMark) await page.waitForSelector('[data-ready]');
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const opened = await page.evaluate((mark) => ({
    ready: mark ? performance.getEntriesByName(mark)[0]!.startTime : null,
    paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    responseEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
  }), readyMark);
  await page.close();
  return opened;
}

/** The extension page that opens the action's popup and reads it, open for the whole run. */
let controller: Page | undefined;
async function openedController(): Promise<Page> {
  if (controller) return controller;
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/${BLANK}`);
  return (controller = page);
}

async function openAsPopup(file: string, readyMark: string | null): Promise<Opened> {
  return (await openedController()).evaluate(
    async ({ file, readyMark }) => {
      await chrome.action.setPopup({ popup: file });
      await chrome.action.openPopup();
      const deadline = Date.now() + 20_000;
      for (;;) {
        const [view] = chrome.extension.getViews({ type: 'popup' });
        const paint = view?.performance.getEntriesByName('first-contentful-paint')[0];
        const mark = readyMark ? view?.performance.getEntriesByName(readyMark)[0] : undefined;
        if (view && paint && (!readyMark || (mark && view.document.querySelector('[data-ready]')))) {
          const opened = {
            ready: mark?.startTime ?? null,
            paint: paint.startTime,
            responseEnd: (view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
            load: (view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
          };
          view.close();
          while (chrome.extension.getViews({ type: 'popup' }).length > 0) await new Promise((resolve) => setTimeout(resolve, 25));
          return opened;
        }
        if (Date.now() > deadline) throw new Error(`${file} did not open as the action's popup within 20 s`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    { file, readyMark },
  );
}

const open = AS_POPUP ? openAsPopup : openInTab;

async function openPopup() {
  const { ready, paint, responseEnd, load } = await open('popup.html', READY_MARK);
  loadTimes.popup.push(load);
  readyTimes.push(Math.max(ready!, paint));
  paintTimes.push(paint);
  responseEndTimes.push(responseEnd);
}

async function openBlank(file = BLANK, times = blankPaintTimes) {
  const { paint, load } = await open(file, null);
  times.push(paint);
  if (file === BLANK) loadTimes.blank.push(load);
}

async function openStatusFloor() {
  const { ready, paint, load } = await open(STATUS_FLOOR, STATUS_FLOOR_MARK);
  loadTimes.statusOnly.push(load);
  statusFloorTimes.push(Math.max(ready!, paint));
}

// Interleaved, the order swapped each time, so a busy moment of the machine hits both alike.
for (let i = 0; i < OPENS; i++) {
  if (i % 2 === 0) {
    await openPopup();
    await openBlank();
  } else {
    await openBlank();
    await openPopup();
  }
  await openBlank(SCRIPTED, scriptedPaintTimes);
  await openStatusFloor();
}
if (controller) await controller.evaluate(() => chrome.action.setPopup({ popup: 'popup.html' }));
for (const file of [BLANK, SCRIPTED, EMPTY_SCRIPT, STATUS_FLOOR, STATUS_FLOOR_SCRIPT]) rmSync(join(EXTENSION_DIR, file));

const ratio = ratioOfMedians(readyTimes, blankPaintTimes);
const floorRatio = ratioOfMedians(statusFloorTimes, blankPaintTimes);
console.log(
  JSON.stringify(
    {
      chromium: hearth.context.browser()?.version() ?? 'see chromium --version',
      opens: OPENS,
      openedAs: AS_POPUP ? 'the action popup' : 'a tab',
      statusRenderedMs: { median: ms(median(readyTimes)), first: ms(readyTimes[0]!), min: ms(Math.min(...readyTimes)), max: ms(Math.max(...readyTimes)) },
      firstContentfulPaintMs: { median: ms(median(paintTimes)) },
      documentArrivedMs: { median: ms(median(responseEndTimes)) },
      fromDocumentToStatusMs: { median: ms(median(readyTimes.map((ready, i) => ready - responseEndTimes[i]!))) },
      blankExtensionPageFirstPaintMs: { median: ms(median(blankPaintTimes)), min: ms(Math.min(...blankPaintTimes)) },
      blankPageWithEmptyScriptFirstPaintMs: { median: ms(median(scriptedPaintTimes)), min: ms(Math.min(...scriptedPaintTimes)) },
      // Issue #11 item 17: the popup against a blank page of the same extension, opened the same way in this run.
      ratioToBlankPage: ratio,
      statusOnlyPageMs: { median: ms(median(statusFloorTimes)), min: ms(Math.min(...statusFloorTimes)) },
      statusOnlyRatioToBlankPage: floorRatio,
      documentLoadedMs: { popup: ms(median(loadTimes.popup)), blank: ms(median(loadTimes.blank)), statusOnly: ms(median(loadTimes.statusOnly)) },
    },
    null,
    2,
  ),
);
console.log(
  `popup open (${AS_POPUP ? 'as the action popup' : 'in a tab'}): status on screen ${ms(median(readyTimes))} ms, blank page painted ${ms(median(blankPaintTimes))} ms, ratio ${ratio.ratio} ` +
    `(95 % ${ratio.ci95[0]}–${ratio.ci95[1]}), goal ≤ 1.15: ${ratio.ratio <= 1.15 ? 'met' : 'MISSED'}; ` +
    `a page that only asks for the status and writes a line: ${ms(median(statusFloorTimes))} ms, ratio ${floorRatio.ratio} (95 % ${floorRatio.ci95[0]}–${floorRatio.ci95[1]})`,
);
await hearth.context.close();
