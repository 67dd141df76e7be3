import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import type { HearthDb } from '../db/hearth-db';
import { openEnvelope } from './envelope';
import type { LinkRecord } from './link-record';
import { dropUnshared, enqueue, sealStatus } from './link-store';
import { effectiveSharing, type SharingChoices } from './sharing';


async function linked(): Promise<{ db: HearthDb; key: CryptoKey }> {
  const db = await freshDb('link-store');
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const record: LinkRecord = {
    id: 'current',
    role: 'a',
    room: 'room',
    token: 'token',
    epoch: 1,
    sendKey: key,
    receiveKey: key,
    sendCounter: 4,
    lastReceived: -1,
    lastStatusCounter: -1,
    lastSeq: 0,
    relayUrl: 'ws://127.0.0.1:8787/v1',
    pairedAt: 1_000,
    mySharing: null,
    theirSharing: null,
    partnerStatus: null,
    partnerStatusAt: null,
  };
  await db.link.put(record);
  return { db, key };
}

/** The counter an envelope was sealed with, read as the partner reads it. */
async function counterOf(key: CryptoKey, data: string): Promise<number> {
  const opened = await openEnvelope({ key, room: 'room', epoch: 1, sender: 'a', lastCounter: -1, data });
  if (!opened.ok) throw new Error(opened.reason);
  return opened.counter;
}

describe('the send counter', () => {
  it('is never shared or lowered when statuses are sealed while a message is queued', async () => {
    const { db, key } = await linked();
    // A status sealed on a reconnect runs beside the background's queue.
    const [statuses, queued] = await Promise.all([Promise.all(Array.from({ length: 6 }, () => sealStatus(db, { paused: true }))), enqueue(db, 'thanks', { text: 'hi' }, 5)]);
    expect(queued).toBe(true);
    const outbox = await db.outbox.toArray();
    const counters = await Promise.all([...statuses, outbox[0]!.envelope].map((envelope) => counterOf(key, envelope!)));
    expect(new Set(counters).size).toBe(7);
    expect(Math.min(...counters)).toBe(5);
    expect((await db.link.get('current'))?.sendCounter).toBe(Math.max(...counters));
    // The next message comes after every one of them, so the partner cannot take it for a replay.
    await enqueue(db, 'thanks', { text: 'again' }, 6);
    const next = await db.outbox.toArray();
    expect(await counterOf(key, next[1]!.envelope)).toBe(12);
  });

  it('seals nothing once unpaired', async () => {
    const { db } = await linked();
    await db.link.clear();
    expect(await sealStatus(db, { paused: true })).toBeNull();
    expect(await enqueue(db, 'thanks', { text: 'hi' }, 5)).toBe(false);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('what waits in the outbox', () => {
  const ALL: SharingChoices = { state: true, note: true, budget: true, ritual: true, checkIn: true, stretch: true, paused: false };
  const queueEach = async (db: HearthDb) => {
    await enqueue(db, 'checkIn', { weekStart: 0, answers: null }, 1);
    await enqueue(db, 'stretch', { date: '2026-11-23', level: 4 }, 2);
    await enqueue(db, 'thanks', { text: 'hi' }, 3);
  };
  const left = async (db: HearthDb) => (await db.outbox.orderBy('id').toArray()).map((entry) => entry.createdAt);

  it('keeps going what is still shared, and what no choice gates', async () => {
    const { db } = await linked();
    await queueEach(db);
    expect(await dropUnshared(db, effectiveSharing(ALL, ALL))).toBe(0);
    expect(await left(db)).toEqual([1, 2, 3]);
  });

  it('does not send a check-in sealed before check-ins were turned off', async () => {
    const { db } = await linked();
    await queueEach(db);
    expect(await dropUnshared(db, effectiveSharing({ ...ALL, checkIn: false }, ALL))).toBe(1);
    expect(await left(db)).toEqual([2, 3]);
  });

  it('sends nothing of a shared kind once paused, a thank-you still', async () => {
    const { db } = await linked();
    await queueEach(db);
    expect(await dropUnshared(db, effectiveSharing({ ...ALL, paused: true }, ALL))).toBe(2);
    expect(await left(db)).toEqual([3]);
  });
});

