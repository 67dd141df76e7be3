import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb } from '@/utils/db/fresh-db';
import type { HearthDb } from '@/utils/db/hearth-db';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import { agreementDigest } from '@/utils/agreement/agreement-digest';
import { latestAgreement, saveAgreement } from '@/utils/agreement/agreement-store';
import { CROSSING_WINDOW_MS, agreementTakenStore, takesCrossed } from '@/utils/link/agreement-taken';
import type { LinkRecord } from '@/utils/link/link-record';
import { partnerAgreementStore } from '@/utils/link/partner-agreement';
import { household } from '@/utils/status/status-fixture';
import { createMessageRouter } from './message-router';
import { setupPartnerAgreement } from './partner-agreement-messages';

const NOW = Date.parse('2026-12-03T20:00:00Z');
const sender = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/options.html` };
const alexs = household({ budget: { weeklyAfterHoursMinutes: 120 } });
const sams = household({ budget: { weeklyAfterHoursMinutes: 90 } });

beforeEach(() => fakeBrowser.reset());

/** A linked browser holding `mine` (or none), told that the partner (`senderId`) holds `theirs`. */
async function browserHolding(mine: Agreement | null, theirs: Agreement, senderId: string) {
  const db = await freshDb('partner-agreement-messages');
  await db.link.put({ id: 'current', role: senderId === 'sam' ? 'a' : 'b' } as LinkRecord);
  if (mine) await saveAgreement(db, mine, NOW - 60_000, 'edit');
  await partnerAgreementStore.save(db, { agreement: theirs, senderId });
  const router = createMessageRouter();
  setupPartnerAgreement(db, router, { now: () => NOW }, { refresh: async () => {} });
  return { db, take: () => router.ask({ type: 'link:takeAgreement' }, sender) };
}

/** What the options page works out: is this the swap of two takes at once? */
async function crossedOn(db: HearthDb, now = NOW) {
  const [theirs, mine, taken] = await Promise.all([partnerAgreementStore.load(db), latestAgreement(db), agreementTakenStore.load(db)]);
  return takesCrossed(taken, await agreementDigest(theirs!.agreement), await agreementDigest(mine!.agreement), now);
}

describe("taking the partner's agreement", () => {
  it('when both take the other’s at once, the browsers swap them, and each can tell it was a swap', async () => {
    const alex = await browserHolding(alexs, sams, 'sam');
    const sam = await browserHolding(sams, alexs, 'alex');
    expect(await Promise.all([alex.take(), sam.take()])).toEqual([{ ok: true }, { ok: true }]);
    expect((await latestAgreement(alex.db))!.agreement).toEqual(sams);
    expect((await latestAgreement(sam.db))!.agreement).toEqual(alexs);

    // Then each browser's tell arrives: each partner now holds what the other gave up.
    await partnerAgreementStore.save(alex.db, { agreement: alexs, senderId: 'sam' });
    await partnerAgreementStore.save(sam.db, { agreement: sams, senderId: 'alex' });
    expect(await crossedOn(alex.db)).toBe(true);
    expect(await crossedOn(sam.db)).toBe(true);
    // A difference found long after the takes is a new one, not the swap.
    expect(await crossedOn(alex.db, NOW + CROSSING_WINDOW_MS)).toBe(false);
  });

  it('one take settles it, and is no swap', async () => {
    const sam = await browserHolding(sams, alexs, 'alex');
    expect(await sam.take()).toEqual({ ok: true });
    expect(await agreementTakenStore.load(sam.db)).toEqual({ gave: await agreementDigest(sams), took: await agreementDigest(alexs), at: NOW });
    expect(await crossedOn(sam.db)).toBe(false);
  });

  it('a browser that held none records no take to swap', async () => {
    const sam = await browserHolding(null, alexs, 'alex');
    expect(await sam.take()).toEqual({ ok: true });
    expect(await agreementTakenStore.load(sam.db)).toBeNull();
  });
});
