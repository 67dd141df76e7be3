/// <reference types="chrome" />
import { expect, type Page } from '@playwright/test';
import type { Hearth } from './launch-hearth';

export async function openOptions(hearth: Hearth): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/options.html`);
  return page;
}

/** Sends a runtime message from an extension page, as Hearth's own pages do. */
export async function sendFromExtensionPage<T>(hearth: Hearth, message: unknown): Promise<T> {
  const page = await openOptions(hearth);
  const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await page.close();
  return reply as T;
}

/**
 * An extension page opened in a background tab, to send messages from without taking focus away
 * from the tab a test is watching.
 */
export async function backgroundExtensionPage(hearth: Hearth): Promise<Page> {
  const opened = hearth.context.waitForEvent('page', (page) => page.url().includes(hearth.extensionId));
  await hearth.worker.evaluate((url) => chrome.tabs.create({ url, active: false }).then(() => undefined), `chrome-extension://${hearth.extensionId}/options.html`);
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

/** Reads a whole object store of Hearth's IndexedDB from an extension page. */
export async function readStore<T>(hearth: Hearth, store: string): Promise<T[]> {
  const page = await openOptions(hearth);
  const rows = await page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
    store,
  );
  await page.close();
  return rows as T[];
}

/** Puts rows into an object store of Hearth's IndexedDB from an extension page, as if Hearth had written them. */
/** An agreement revision as the link specs read it back. */
export interface StoredRevision {
  id: number;
  source: string;
  agreement: { zones: { label: string }[]; rituals: { label: string }[]; budget: { weeklyAfterHoursMinutes: number } };
  proposedBy?: string;
  acceptedBy?: string;
  note?: string;
}

/** The stored agreement revisions, oldest first. */
export async function storedRevisions(hearth: Hearth): Promise<StoredRevision[]> {
  return (await readStore<StoredRevision>(hearth, 'agreementRevisions')).sort((a, b) => a.id - b.id);
}

export async function putRecords(hearth: Hearth, store: string, rows: unknown[]): Promise<void> {
  const page = await openOptions(hearth);
  await page.evaluate(
    ({ name, values }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const value of values) tx.objectStore(name).put(value);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: store, values: rows },
  );
  await page.close();
}

/**
 * Stores an agreement the way the options page does, through the background, and says whose browser
 * this is: the agreement's first partner unless `owner` names another (null: leave it unchosen, so
 * the popup asks).
 */
/**
 * Imports `agreement` on one unlinked browser, in force at once, and says whose browser it is.
 * Linked, an import is only a proposal: use `agreeAfterLinking` (link-pair.ts) there.
 */
export async function setAgreement(hearth: Hearth, agreement: unknown, owner?: string | null): Promise<void> {
  const page = await openOptions(hearth);
  const reply = await page.evaluate(
    (text) => chrome.runtime.sendMessage({ type: 'agreement:import', text }),
    JSON.stringify(agreement),
  );
  if (!reply?.ok) throw new Error(`agreement refused: ${JSON.stringify(reply)}`);
  if (reply.outcome !== 'saved') throw new Error(`agreement was ${reply.outcome}, not saved: this browser is linked (use agreeAfterLinking)`);
  const partnerId = owner === undefined ? (agreement as { partners: Array<{ id: string }> }).partners[0]!.id : owner;
  if (partnerId !== null) {
    const chosen = await page.evaluate((id) => chrome.runtime.sendMessage({ type: 'identity:set', partnerId: id }), partnerId);
    if (!chosen?.ok) throw new Error(`owner refused: ${JSON.stringify(chosen)}`);
  }
  await page.close();
}

export async function registeredGuardScripts(hearth: Hearth) {
  return hearth.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
}

/** The filter the guard puts on the page's root, read in the page itself. */
export async function rootFilter(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).filter);
}

/**
 * Stops Hearth's service worker the way Chrome stops an idle one, through DevTools on one of Hearth's
 * own pages (which sees the worker). Resolves once it has stopped; `statuses` goes on collecting the
 * worker's running states from then on, so a test can watch what wakes it again.
 */
export async function stopWorker(hearth: Hearth): Promise<{ statuses: string[]; close: () => Promise<void> }> {
  // A blank page, not one of Hearth's: the options page opens a port to the background as it
  // renders, and a port opened just after the stop starts the worker again.
  const page = await hearth.context.newPage();
  const cdp = await hearth.context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => statuses.push(...versions.map((version) => version.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Seen stopped at all: an open Hearth page's port may start it again before the next look, so
  // what came after the stop is kept, not cleared with it.
  await expect.poll(() => statuses.includes('stopped')).toBe(true);
  statuses.splice(0, statuses.indexOf('stopped') + 1);
  return { statuses, close: () => page.close() };
}
