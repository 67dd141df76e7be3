// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HearthDb } from '@/utils/db/hearth-db';
import { STORAGE_FAILURE } from '@/utils/db/storage-failure';
import { OptionsApp } from './options/options-app';
import { PopupApp } from './popup/popup-app';
import { ReportApp } from './report/report-app';

vi.mock('./i18n', () => import('./popup/english-catalog'));
vi.mock('./popup/request', () => ({ request: vi.fn(), openOptions: vi.fn() }));

const root = document.createElement('div');
document.body.append(root);
// The options page's link section opens a port to the background; the test browser has none.
beforeEach(() => {
  vi.spyOn(browser.runtime, 'connect').mockReturnValue({ onMessage: { addListener() {} }, onDisconnect: { addListener() {} }, disconnect() {} } as never);
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
const alertText = () => [...root.querySelectorAll('[role=alert]')].map((alert) => alert.textContent).join('\n');
const button = (name: string) => [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === name);

/** A Hearth database over an IndexedDB that refuses to open, as Chromium's does when its files are unusable. */
function refusingDb(): HearthDb {
  const refusing = {
    open() {
      const request = { error: new DOMException('Internal error opening backing store', 'UnknownError') } as Record<string, unknown>;
      setTimeout(() => (request.onerror as (event: unknown) => void)?.({ target: request, preventDefault() {}, stopPropagation() {} }));
      return request;
    },
  };
  return new HearthDb(`refused-${Math.random()}`, undefined, { indexedDB: refusing as unknown as IDBFactory, IDBKeyRange });
}

/** Waits for the page to say so: Dexie tries a refused open three times before it gives up. */
async function expectStorageError() {
  await vi.waitFor(
    async () => {
      await settle();
      expect(alertText()).toContain('Hearth cannot open its storage');
    },
    { timeout: 5000 },
  );
  expect(alertText()).toContain('private windows');
  expect(button('Reload')).toBeDefined();
}

describe('every page on a storage failure', () => {
  it('options: says the storage cannot open instead of loading forever', async () => {
    await act(async () => render(<OptionsApp db={refusingDb()} />, root));
    await settle();
    await expectStorageError();
    expect(root.textContent).not.toContain('Loading your agreement');
  });

  it('options: shows a failed import instead of nothing, and a storage failure as such', async () => {
    const db = new HearthDb(`empty-${Math.random()}`);
    await act(async () => render(<OptionsApp db={db} />, root));
    await vi.waitFor(async () => {
      await settle();
      expect(button('Start from the sample agreement')).toBeDefined();
    });
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('The message port closed before a response was received.'));
    await act(async () => button('Start from the sample agreement')!.click());
    await settle();
    expect(alertText()).toContain('The agreement could not be imported (The message port closed before a response was received.)');

    send.mockRejectedValueOnce(new Error(STORAGE_FAILURE));
    await act(async () => button('Start from the sample agreement')!.click());
    await settle();
    await expectStorageError();
    db.close();
  });

  it('popup: names the storage failure the background relays', async () => {
    await act(async () => render(<PopupApp locale="en" firstRequest={Promise.reject(new Error(STORAGE_FAILURE))} />, root));
    await settle();
    await expectStorageError();
  });

  it('report: names the storage failure of its own read', async () => {
    const load = () => refusingDb().agreementRevisions.toArray().then(() => null);
    await act(async () => render(<ReportApp load={load} clock={Date.now} locale="en" openOptions={vi.fn()} checkIn={{ load: async () => ({ answers: null, previous: null }), save: async () => {}, clock: Date.now }} />, root));
    await settle();
    await expectStorageError();
  });
});
