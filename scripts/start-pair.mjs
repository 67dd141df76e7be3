// `npm run start:pair`: build Hearth, start a local relay, and open two Chromium profiles side by
// side, one per partner, paired through Hearth's real options page (invite, four words, both
// confirm) and sharing everything. Then the first partner's browser gets a demo zone that is on
// right now, and the second partner's popup shows it arrive.
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { wallClock } from './wall-clock.mjs';

const CHROMIUM = process.env.HEARTH_CHROMIUM ?? '/usr/bin/chromium';
const EXTENSION = resolve('.output/chrome-mv3');
const headless = process.env.HEARTH_HEADLESS === '1' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

// The relay, on a free port with its own SQLite file; its log goes to the terminal.
const relay = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', HEARTH_RELAY_DB: join(mkdtempSync(join(tmpdir(), 'hearth-relay-')), 'relay.sqlite') },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const relayPort = await new Promise((done, fail) => {
  let text = '';
  relay.stdout.on('data', (chunk) => {
    text += chunk;
    const match = text.match(/"event":"listening"[^\n]*"port":(\d+)/);
    if (match) done(Number(match[1]));
  });
  relay.once('exit', (code) => fail(new Error(`The relay exited (${code}) before listening:\n${text}`)));
});
const relayUrl = `ws://127.0.0.1:${relayPort}/v1`;

const sample = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));
const zone = sample.household.timeZone;
const clock = (instant) => wallClock(instant, zone);

async function launch(partner, x) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), `hearth-${partner.id}-`)), {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 760, height: 900 } : null,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-first-run', '--disable-background-networking', `--window-position=${x},0`, '--window-size=760,900'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/options.html#link`);
  const stored = await page.evaluate((text) => chrome.runtime.sendMessage({ type: 'agreement:import', text }), JSON.stringify(sample));
  if (!stored?.ok) throw new Error(`The demo agreement was refused: ${JSON.stringify(stored)}`);
  await page.evaluate((partnerId) => chrome.runtime.sendMessage({ type: 'identity:set', partnerId }), partner.id);
  // Each browser brings its agreement, so the first-run setup a fresh install opens is closed.
  await worker.evaluate(async () => {
    const url = chrome.runtime.getURL('/welcome.html');
    for (const tab of await chrome.tabs.query({})) if (tab.id !== undefined && (tab.url || tab.pendingUrl)?.startsWith(url)) await chrome.tabs.remove(tab.id);
  });
  await page.reload();
  await page.getByRole('heading', { name: 'Link with my partner' }).scrollIntoViewIfNeeded();
  return { context, extensionId, page, name: partner.name };
}

const [a, b] = await Promise.all([launch(sample.partners[0], 0), launch(sample.partners[1], 760)]);

// Pairing through the real options page, exactly as two people would do it.
await a.page.getByRole('textbox', { name: 'Relay address' }).fill(relayUrl);
await a.page.getByRole('button', { name: 'Save address' }).click();
await a.page.getByRole('button', { name: 'Invite my partner' }).click();
const invite = await a.page.getByRole('textbox', { name: 'Invite link' }).inputValue();
await b.page.getByRole('button', { name: 'I have an invite' }).click();
await b.page.getByRole('textbox', { name: /Paste the invite/ }).fill(invite);
await b.page.getByRole('button', { name: 'Join' }).click();
const words = async (side) => (await side.page.getByTestId('link-words').getByRole('listitem').allTextContents()).join(' ');
await a.page.getByTestId('link-words').waitFor();
await b.page.getByTestId('link-words').waitFor();
const [wordsA, wordsB] = [await words(a), await words(b)];
if (wordsA !== wordsB) throw new Error(`The four words differ: ${wordsA} / ${wordsB}`);
console.log(`Both screens show: ${wordsA}`);
for (const side of [a, b]) await side.page.getByRole('button', { name: 'They match' }).click();
for (const side of [a, b]) {
  await side.page.getByTestId('link-state').waitFor();
  for (const name of ['My state', 'My status note', 'My after-hours against the budget', 'Our next ritual']) await side.page.getByRole('checkbox', { name }).check();
  await side.page.getByRole('button', { name: 'Save sharing' }).click();
}

const popup = await b.context.newPage();
await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
await popup.getByRole('region', { name: 'Your partner' }).waitFor();

// The first partner's zone starts now: it appears on the second partner's open popup.
const now = Date.now();
const withZone = {
  ...sample,
  specialDays: [...sample.specialDays, { id: 'demo-now', label: 'Demo: family time', date: clock(now - 5 * 60_000).date, start: clock(now - 5 * 60_000).time, end: clock(now + 60 * 60_000).time, mode: 'dim' }],
};
// Linked, a change to the agreement is a proposal: the first partner proposes it, the second accepts.
const proposed = await a.page.evaluate((text) => chrome.runtime.sendMessage({ type: 'agreement:import', text }), JSON.stringify(withZone));
if (proposed?.outcome !== 'proposed') throw new Error(`The demo zone was not proposed: ${JSON.stringify(proposed)}`);
let proposal;
for (let tries = 0; !proposal && tries < 200; tries++) {
  const listed = await b.page.evaluate(() => chrome.runtime.sendMessage({ type: 'proposal:list' }));
  proposal = listed.proposals.find((candidate) => !candidate.mine && candidate.state === 'open');
  if (!proposal) await b.page.waitForTimeout(100);
}
if (!proposal) throw new Error(`${b.name}'s Hearth never received the proposal`);
const accepted = await b.page.evaluate((id) => chrome.runtime.sendMessage({ type: 'proposal:accept', id, onCurrent: false }), proposal.id);
if (!accepted?.ok) throw new Error(`The proposal could not be accepted: ${JSON.stringify(accepted)}`);
console.log(`${a.name} proposed a zone starting now; ${b.name} accepted it.`);
await popup.getByRole('region', { name: 'Your partner' }).getByText('Demo: family time').waitFor({ timeout: 10_000 });
console.log(`${a.name}'s zone shows on ${b.name}'s popup.`);

const stop = async () => {
  await Promise.all([a.context.close(), b.context.close()]).catch(() => {});
  relay.kill('SIGTERM');
};
if (headless) {
  const shot = join(tmpdir(), 'hearth-pair-demo.png');
  await popup.setViewportSize({ width: 420, height: 760 });
  await popup.screenshot({ path: shot });
  console.log(`No display here, so Chromium ran headless. ${b.name}'s popup with ${a.name}'s zone: ${shot}`);
  await stop();
} else {
  console.log(`Two Hearths are paired through ${relayUrl}. Close either browser window to stop.`);
  a.context.on('close', stop);
  b.context.on('close', stop);
}
