import { describe, expect, it } from 'vitest';
import { createMemoryRelay } from './memory-relay';
import { deleteRoom } from './pending-delete';
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
