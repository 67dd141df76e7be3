import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HOST_RESOLVER_RULES } from './test-sites';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** The build with test seams (a movable clock, a scriptable idle state): `wxt build --mode e2e`. */
export const E2E_EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.HEARTH_CHROMIUM ?? '/usr/bin/chromium';

export interface Hearth {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

export interface LaunchOptions {
  /** Which build to load; the production one unless a test needs the seams. */
  build?: 'production' | 'e2e';
  /**
   * Relaunch a profile whose Hearth is installed rather than loaded from the command line.
   * `--load-extension` re-installs the extension at every launch, and Chrome drops dynamic
   * content scripts on install/update; a real install (store, or "Load unpacked") keeps them.
   */
  installed?: boolean;
  /** Before the extension's worker is up; for proving what happens without it. */
  beforeWorker?: (context: BrowserContext) => Promise<void>;
  /**
   * The browser's UI language, e.g. "de-DE". `--lang` picks the extension's message catalog; Playwright's
   * `locale` is what i18n.getUILanguage(), navigator.language and Intl report. Real Chrome keeps
   * the two together; the test browser needs both said.
   */
  locale?: string;
  /**
   * Let pages play sound unprompted and be heard, so a tab can be audible as in a call. Playwright
   * mutes audio by default, and a muted browser never reports a tab audible.
   */
  audio?: boolean;
  /**
   * Keep the first-run setup tab Hearth opens on a fresh profile (tests/e2e/welcome.spec.ts). Other
   * tests get it closed, so each begins as before: one blank tab, no page of Hearth's open.
   */
  welcome?: boolean;
  /** More hosts served by the test sites on 127.0.0.1, e.g. a catalog site's real host. */
  mapHosts?: string[];
  /** More Chromium switches, e.g. a benchmark's. */
  args?: string[];
}

/** Every test browser's switches and window, exported so a benchmark's comparison browser differs from Hearth's only by the extension. */
export const COMMON_ARGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
export const VIEWPORT = { width: 1000, height: 700 };

/** The production build, unpacked into the system Chromium, on a profile the caller owns. */
export async function launchHearth(userDataDir: string, options: LaunchOptions = {}): Promise<Hearth> {
  const extensionDir = options.build === 'e2e' ? E2E_EXTENSION_DIR : EXTENSION_DIR;
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error(`No build in ${extensionDir}: run "npm run build" first`);
  if (options.installed) recordAsInstalled(userDataDir, extensionDir);
  const fresh = !existsSync(join(userDataDir, 'Default'));
  // Chromium ships "de", not "de-DE": --lang takes the language alone.
  const hostRules = [HOST_RESOLVER_RULES, ...(options.mapHosts ?? []).map((host) => `MAP ${host} 127.0.0.1`)].join(', ');
  const commonArgs = [
    `--host-resolver-rules=${hostRules}`,
    ...COMMON_ARGS,
    ...(options.locale ? [`--lang=${options.locale.split('-')[0]}`] : []),
    ...(options.audio ? ['--autoplay-policy=no-user-gesture-required'] : []),
    ...(options.args ?? []),
  ];
  const unmuted = options.audio ? ['--mute-audio'] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    ...(options.locale && { locale: options.locale }),
    ...(options.installed
      ? { args: commonArgs, ignoreDefaultArgs: ['--disable-extensions', ...unmuted] }
      : { args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...commonArgs], ignoreDefaultArgs: unmuted }),
  });
  await options.beforeWorker?.(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (fresh && !options.welcome) await closeWelcomeTab(worker);
  return { context, extensionId, worker };
}

/** Waits for the setup tab a fresh install opens (entrypoints/background/welcome-tab.ts) and closes it. */
async function closeWelcomeTab(worker: Worker): Promise<void> {
  const closed = await worker.evaluate(async () => {
    const url = chrome.runtime.getURL('/welcome.html');
    for (let waited = 0; waited < 10_000; waited += 50) {
      const tab = (await chrome.tabs.query({})).find((candidate) => (candidate.url || candidate.pendingUrl)?.startsWith(url));
      if (tab?.id !== undefined) {
        await chrome.tabs.remove(tab.id);
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  });
  if (!closed) throw new Error('A fresh install did not open the first-run setup');
}

/**
 * Turns the command-line load of a closed profile into what "Load unpacked" on chrome://extensions
 * records (location 4, developer mode on), so the next launch loads Hearth as an installed extension.
 */
function recordAsInstalled(userDataDir: string, extensionDir: string): void {
  const path = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(path, 'utf8'));
  const COMMAND_LINE = 8;
  const UNPACKED = 4;
  let found = false;
  for (const setting of Object.values<{ location?: number; path?: string }>(prefs.extensions?.settings ?? {})) {
    if (setting.location === COMMAND_LINE && setting.path === extensionDir) {
      setting.location = UNPACKED;
      found = true;
    }
  }
  if (!found) throw new Error('Hearth was not loaded in this profile before');
  prefs.extensions.ui = { ...prefs.extensions.ui, developer_mode: true };
  writeFileSync(path, JSON.stringify(prefs));
}
