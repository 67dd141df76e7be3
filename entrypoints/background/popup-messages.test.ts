import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '@/utils/db/fresh-db';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HearthDb } from '@/utils/db/hearth-db';
import type { LinkRecord } from '@/utils/link/link-record';
import { partnerAgreementStore } from '@/utils/link/partner-agreement';
import { saveIdentity } from '@/utils/identity/identity';
import { invokedPlanStore } from '@/utils/plans/plan-store';
import { agreementIn, at } from '@/utils/schedule/agreement-fixture';
import { saveStretchSettings, STRETCH_KEY } from '@/utils/status/stretch-levels';
import { STATUS_NOTE_KEY } from '@/utils/status/status-note';
import { intervalId } from '@/utils/tracking/activity-interval';
import { createMessageRouter } from './message-router';
import { setupPlanMessages } from './plan-messages';
import { loadPopupStatus, setupPopupMessages } from './popup-messages';
import { setupStretchMessages } from './stretch-messages';
import { TRACKER_STATE_KEY } from './tracker';

const NOW = at('2026-12-01T21:00:00+01:00');
const clock = { now: () => NOW };
const sender = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
const work = (start: string, end: string) => ({ id: intervalId(at(start), 'github.com'), domain: 'github.com', category: 'code' as const, start: at(start), end: at(end), audible: false });
let db: HearthDb;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  // Only Date: fake-indexeddb needs the real timers.
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  db = await freshDb('popup-messages');
  await db.agreementRevisions.add({
    effectiveAt: at('2026-11-20T12:00:00+01:00'),
    source: 'edit',
    agreement: agreementIn('Europe/Berlin', { contingencyPlans: [{ id: 'crunch', name: 'Deadline crunch', trackZones: 'all', pausedRituals: [] }] }),
  });
  await saveIdentity(db, { partnerId: 'alex' });
  await db.settings.put({ key: STATUS_NOTE_KEY, value: 'On a call until 22:00' });
  await invokedPlanStore.save(db, [{ planId: 'crunch', start: NOW - 3_600_000, end: at('2026-12-04T00:00:00+01:00') }]);
  await saveStretchSettings(db, { enabled: true });
  await db.settings.put({ key: STRETCH_KEY, value: [{ date: '2026-12-01', level: 4 }] });
  await db.intervals.put(work('2026-12-01T19:00:00+01:00', '2026-12-01T19:30:00+01:00'));
  // Work not yet checkpointed: only the tracker's open interval in session storage knows it.
  await fakeBrowser.storage.session.set({ [TRACKER_STATE_KEY]: { open: work('2026-12-01T20:40:00+01:00', '2026-12-01T20:55:00+01:00'), lastAt: NOW, writtenEnd: null } });
});
afterEach(async () => {
  vi.useRealTimers();
});

function popupRouter() {
  const router = createMessageRouter();
  setupPopupMessages(db, router);
  setupPlanMessages(db, router, clock, { refresh: async () => {} });
  setupStretchMessages(db, router, clock, () => {});
  return router;
}

describe('the popup status', () => {
  it('answers as the status and the two cards answer on their own', async () => {
    const router = popupRouter();
    const reply = await router.ask({ type: 'popup:status' }, sender);
    const [status, plans, stretch] = await Promise.all([loadPopupStatus(db, NOW), router.ask({ type: 'plan:status' }, sender), router.ask({ type: 'stretch:status' }, sender)]);
    expect(reply).toEqual({ ...status, plans, stretch });
    expect(plans?.current?.name).toBe('Deadline crunch');
    expect(stretch).toEqual({ enabled: true, today: 4 });
  });

  it('counts the stored work and the open interval alike', async () => {
    const reply = await popupRouter().ask({ type: 'popup:status' }, sender);
    expect(reply && 'me' in reply && reply.budget).toMatchObject({ usedMinutes: 45 });
  });

  it('asks whose browser this is before it reads anything else', async () => {
    await db.settings.delete('identity');
    expect(await popupRouter().ask({ type: 'popup:status' }, sender)).toEqual({ whose: [{ id: 'alex', name: 'Alex' }, { id: 'sam', name: 'Sam' }] });
  });

  it('is null without an agreement', async () => {
    await db.agreementRevisions.clear();
    expect(await popupRouter().ask({ type: 'popup:status' }, sender)).toBeNull();
  });

  it("offers the partner's agreement when the link brought one and there is none here, and only while linked", async () => {
    const theirs = (await db.agreementRevisions.toArray())[0]!.agreement;
    await db.agreementRevisions.clear();
    await partnerAgreementStore.save(db, { agreement: theirs, senderId: 'alex' });
    expect(await popupRouter().ask({ type: 'popup:status' }, sender), 'not linked: nothing to take it from').toBeNull();
    await db.link.put({ id: 'current' } as LinkRecord);
    expect(await popupRouter().ask({ type: 'popup:status' }, sender)).toEqual({ partnerAgreement: { from: 'Alex', takeAs: 'Sam' } });
  });
});
