// `npm start`: build Hearth, open Chromium with it loaded on a fresh profile, give it the sample
// agreement plus a zone that is on right now, and open a demo work page so the guard is seen at once.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { wallClock } from './wall-clock.mjs';

const CHROMIUM = process.env.HEARTH_CHROMIUM ?? '/usr/bin/chromium';
const EXTENSION = resolve('.output/chrome-mv3');
const headless = process.env.HEARTH_HEADLESS === '1' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const page = `<!doctype html><html><head><meta charset="utf-8"><title>Team board (demo work site)</title>
<style>body{margin:0;font:18px system-ui;background:#1d4ed8;color:#fff}main{padding:40px}</style></head>
<body><main><h1>Team board</h1><p>This stands in for a work site such as Slack or Jira.</p>
<p>Hearth dims it because the demo agreement has a no-work zone on right now.</p></main></body></html>`;
const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address();

const zone = 'Europe/Berlin';
const clock = (instant) => wallClock(instant, zone);
const now = Date.now();
const sample = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));
const agreement = {
  ...sample,
  workSites: [...sample.workSites, { pattern: '*://work.hearth.test/*', category: 'tickets', label: 'Demo team board' }],
  specialDays: [
    ...sample.specialDays,
    { id: 'demo-now', label: 'Demo: family time', date: clock(now - 5 * 60_000).date, start: clock(now - 5 * 60_000).time, end: clock(now + 60 * 60_000).time, mode: 'dim' },
  ],
};

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hearth-start-')), {
  executablePath: CHROMIUM,
  headless,
  viewport: null,
  args: [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--host-resolver-rules=MAP *.hearth.test 127.0.0.1',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const options = context.pages()[0] ?? (await context.newPage());
await options.goto(`chrome-extension://${extensionId}/options.html`);
const reply = await options.evaluate((text) => chrome.runtime.sendMessage({ type: 'agreement:import', text }), JSON.stringify(agreement));
if (!reply?.ok) throw new Error(`The demo agreement was refused: ${JSON.stringify(reply)}`);
// The demo is the first partner's browser, so the popup shows a status at once instead of asking.
await options.evaluate((partnerId) => chrome.runtime.sendMessage({ type: 'identity:set', partnerId }), agreement.partners[0].id);
// The demo brings its own agreement, so the first-run setup a fresh install opens is closed.
await worker.evaluate(async () => {
  const url = chrome.runtime.getURL('/welcome.html');
  for (const tab of await chrome.tabs.query({})) if (tab.id !== undefined && (tab.url || tab.pendingUrl)?.startsWith(url)) await chrome.tabs.remove(tab.id);
});
await options.reload();
const work = await context.newPage();
await work.goto(`http://work.hearth.test:${port}/`);

if (headless) {
  await work.waitForTimeout(1000);
  const shot = join(tmpdir(), 'hearth-demo.png');
  await work.screenshot({ path: shot });
  console.log(`No display here, so Chromium ran headless. A screenshot of the dimmed demo page: ${shot}`);
  await context.close();
  server.close();
} else {
  console.log('Hearth is running. Close the browser window to stop.');
  context.on('close', () => server.close());
}
