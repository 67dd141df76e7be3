import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import type { HearthDb } from '../db/hearth-db';
import type { LinkRecord } from './link-record';
import { forgetLink } from './link-store';
import { applyPartnerMessage } from './partner-messages';
import { PARTNER_STRETCH_KEY, partnerCheckInKey } from './partner-shared';
import { DEFAULT_SHARING, type SharingChoices } from './sharing';
import { AGREEMENT_TOLD_KEY, PARTNER_AGREEMENT_KEY, partnerAgreementStore } from './partner-agreement';
import { AGREEMENT_TAKEN_KEY } from './agreement-taken';
import { household } from '../status/status-fixture';


async function linkedDb(mine: Partial<SharingChoices>, theirs: Partial<SharingChoices> | null) {
  const db = await freshDb('partner-messages');
  const record = {
    id: 'current', role: 'a', room: 'r', token: 't', epoch: 1, sendKey: {}, receiveKey: {}, sendCounter: 0, lastReceived: 0, lastStatusCounter: 0,
    lastSeq: 0, relayUrl: 'ws://relay', pairedAt: 1, mySharing: { ...DEFAULT_SHARING, ...mine },
    theirSharing: theirs && { ...DEFAULT_SHARING, ...theirs }, partnerStatus: null, partnerStatusAt: null,
  } as unknown as LinkRecord;
  await db.link.put(record);
  return db;
}

const checkIn = { weekStart: 1_795_000_000_000, answers: { stretched: 'Mon', celebrate: 'Walks', adjust: 'Earlier dinners' } };
const stored = async (db: HearthDb, key: string) => (await db.settings.get(key))?.value;

describe("the partner's check-ins and stretch", () => {
  it('are kept when both share them', async () => {
    const db = await linkedDb({ checkIn: true, stretch: true }, { checkIn: true, stretch: true });
    expect(await applyPartnerMessage(db, 'checkIn', checkIn, 5)).toEqual({ kind: 'other' });
    expect(await stored(db, partnerCheckInKey(checkIn.weekStart))).toEqual(checkIn);
    expect(await applyPartnerMessage(db, 'stretch', { date: '2026-11-24', level: 4 }, 5)).toEqual({
      kind: 'stretch', entries: [{ date: '2026-11-24', level: 4 }], date: '2026-11-24',
    });
    const second = await applyPartnerMessage(db, 'stretch', { date: '2026-11-25', level: 5 }, 5);
    expect(second).toMatchObject({ entries: [{ date: '2026-11-24', level: 4 }, { date: '2026-11-25', level: 5 }] });
  });

  it('are dropped when this side does not share them, or their choices are not known yet', async () => {
    for (const db of [await linkedDb({ stretch: true }, { checkIn: true, stretch: true }), await linkedDb({ checkIn: true }, null)]) {
      await applyPartnerMessage(db, 'checkIn', checkIn, 5);
      await applyPartnerMessage(db, 'stretch', { date: '2026-11-24', level: 4 }, 5);
      expect(await stored(db, partnerCheckInKey(checkIn.weekStart))).toBeUndefined();
    }
  });

  it('are deleted when the partner stops sharing them, kept through a pause, and gone at unpairing', async () => {
    const db = await linkedDb({ checkIn: true, stretch: true }, { checkIn: true, stretch: true });
    await applyPartnerMessage(db, 'checkIn', checkIn, 5);
    await applyPartnerMessage(db, 'stretch', { date: '2026-11-24', level: 4 }, 5);
    await applyPartnerMessage(db, 'sharing', { ...DEFAULT_SHARING, checkIn: true, stretch: true, paused: true }, 6);
    expect(await stored(db, partnerCheckInKey(checkIn.weekStart))).toEqual(checkIn);
    expect(await applyPartnerMessage(db, 'sharing', { ...DEFAULT_SHARING, checkIn: true }, 7)).toEqual({ kind: 'sharing' });
    expect(await stored(db, PARTNER_STRETCH_KEY)).toBeUndefined();
    expect(await stored(db, partnerCheckInKey(checkIn.weekStart))).toEqual(checkIn);
    await forgetLink(db);
    expect(await stored(db, partnerCheckInKey(checkIn.weekStart))).toBeUndefined();
  });
});

describe("the agreement the partner's browser holds", () => {
  const theirs = household();
  const [alex] = theirs.partners;

  it('is kept when it is an agreement of theirs, checked whole, and gone at unpairing', async () => {
    const db = await linkedDb({}, {});
    expect(await applyPartnerMessage(db, 'agreement', { agreement: theirs, senderId: alex.id }, 5)).toEqual({ kind: 'agreement' });
    expect(await partnerAgreementStore.load(db)).toEqual({ agreement: theirs, senderId: alex.id });
    await db.settings.put({ key: AGREEMENT_TOLD_KEY, value: '3:sam' });
    await db.settings.put({ key: AGREEMENT_TAKEN_KEY, value: { gave: 'a', took: 'b', at: 5 } });
    await forgetLink(db);
    expect(await stored(db, PARTNER_AGREEMENT_KEY)).toBeUndefined();
    expect(await stored(db, AGREEMENT_TOLD_KEY), 'a new pairing tells the agreement again').toBeUndefined();
    expect(await stored(db, AGREEMENT_TAKEN_KEY)).toBeUndefined();
  });

  it('is dropped unread when it is no valid agreement, or its sender is not one of its partners', async () => {
    const db = await linkedDb({}, {});
    for (const payload of [
      { agreement: { ...theirs, budget: { weeklyAfterHoursMinutes: -5 } }, senderId: alex.id },
      { agreement: theirs, senderId: 'someone-else' },
      { agreement: theirs, senderId: 'Not An Id' },
      { agreement: theirs, senderId: alex.id, extra: true },
    ]) {
      expect(await applyPartnerMessage(db, 'agreement', payload, 5)).toEqual({ kind: 'other' });
    }
    expect(await stored(db, PARTNER_AGREEMENT_KEY)).toBeUndefined();
  });
});
