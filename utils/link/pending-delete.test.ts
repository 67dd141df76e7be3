import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import { createMemoryRelay } from './memory-relay';
import { deleteRoom, GIVE_UP_AFTER_MS, loadPendingDelete, PENDING_DELETE_KEY, pendingDeletePeriod, retryPendingDelete, savePendingDelete } from './pending-delete';
import { isFrame } from './relay-connection';

const room = 'r'.repeat(43);
const token = 't'.repeat(43);
const pending = { relayUrl: 'ws://127.0.0.1:8787/v1', room, token, role: 'a' as const };

describe('deleting a room after an unpair the relay missed', () => {
  it('deletes the room, telling the partner socket in it', async () => {
    const relay = createMemoryRelay();
    const partner = await relay.connect();
    const welcome = partner.next(isFrame('welcome'));
    partner.send({ t: 'hello', v: 1, room, token, role: 'b', after: 0, create: true });
    await welcome;
    const gone = partner.next(isFrame('gone'));
    expect(await deleteRoom(() => relay.connect(), pending)).toBe(true);
    await gone;
    expect(relay.rooms.size).toBe(0);
  });

  it('counts a room already gone as deleted', async () => {
    expect(await deleteRoom(() => createMemoryRelay().connect(), pending)).toBe(true);
  });

  it('keeps trying while the relay cannot be reached', async () => {
    const relay = createMemoryRelay();
    relay.setReachable(false);
    expect(await deleteRoom(() => relay.connect(), pending)).toBe(false);
  });
});

describe('how long Hearth keeps trying to delete the room', () => {
  const since = Date.parse('2026-12-01T10:00:00Z');
  const minutes = (count: number) => since + count * 60_000;

  it('tries every minute for the first hour, then hourly, and stops after 30 days', () => {
    expect(pendingDeletePeriod(since, since)).toBe(1);
    expect(pendingDeletePeriod(since, minutes(59))).toBe(1);
    expect(pendingDeletePeriod(since, minutes(60))).toBe(60);
    expect(pendingDeletePeriod(since, since + GIVE_UP_AFTER_MS - 1)).toBe(60);
    expect(pendingDeletePeriod(since, since + GIVE_UP_AFTER_MS)).toBeNull();
  });

  it('forgets the room once deleted, and keeps it with a slower period while the relay stays away', async () => {
    const db = await freshDb('pending-delete');
    const relay = createMemoryRelay();
    relay.setReachable(false);
    await savePendingDelete(db, { ...pending, since });
    expect(await retryPendingDelete(db, () => relay.connect(), minutes(5))).toBe(1);
    expect(await retryPendingDelete(db, () => relay.connect(), minutes(61))).toBe(60);
    expect(await loadPendingDelete(db)).toEqual({ ...pending, since });
    relay.setReachable(true);
    expect(await retryPendingDelete(db, () => relay.connect(), minutes(62))).toBeNull();
    expect(await loadPendingDelete(db)).toBeNull();
    expect(await retryPendingDelete(db, () => relay.connect(), minutes(63))).toBeNull();
  });

  it('gives up after 30 days, forgetting the address and token', async () => {
    const db = await freshDb('pending-delete');
    const relay = createMemoryRelay();
    relay.setReachable(false);
    await savePendingDelete(db, { ...pending, since });
    expect(await retryPendingDelete(db, () => relay.connect(), since + GIVE_UP_AFTER_MS)).toBeNull();
    expect(await db.settings.get(PENDING_DELETE_KEY)).toBeUndefined();
  });

  it('starts the count at the first try for a room saved before Hearth kept when', async () => {
    const db = await freshDb('pending-delete');
    const relay = createMemoryRelay();
    relay.setReachable(false);
    await savePendingDelete(db, pending);
    expect(await retryPendingDelete(db, () => relay.connect(), minutes(90))).toBe(1);
    expect((await loadPendingDelete(db))?.since).toBe(minutes(90));
  });
});
