import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import type { HearthDb } from '../db/hearth-db';
import { createInvite, parseInvite } from './invite';
import { createLinkClient } from './link-client';
import type { LinkRecord } from './link-record';
import { enqueue } from './link-store';
import { createMemoryRelay } from './memory-relay';
import { startPairing } from './pairing-session';
import type { RelayConnection } from './relay-connection';
import type { Role } from './relay-protocol';

const RELAY = 'ws://127.0.0.1:8787/v1';

async function pairedCouple() {
  const relay = createMemoryRelay();
  const { code } = createInvite(RELAY);
  let inviterWaiting = () => {};
  const waiting = new Promise<void>((resolve) => (inviterWaiting = resolve));
  const pair = (role: Role) =>
    new Promise<LinkRecord>((resolve, reject) => {
      const session = startPairing({
        secret: (parseInvite(code) as { secret: Uint8Array }).secret,
        role,
        relayUrl: RELAY,
        connect: () => relay.connect(),
        now: () => 1_000,
        onEvent: (event) => {
          if (event.kind === 'waiting') inviterWaiting();
          if (event.kind === 'words') session.confirm();
          if (event.kind === 'paired') resolve(event.record);
          if (event.kind === 'failed') reject(new Error(event.key));
        },
      });
    });
  const pairedA = pair('a');
  await waiting;
  const [a, b] = await Promise.all([pairedA, pair('b')]);
  return { relay, a: await client(relay, a), b: await client(relay, b) };
}

async function client(relay: ReturnType<typeof createMemoryRelay>, record: LinkRecord) {
  const db = await freshDb('link-client');
  await db.link.put(record);
  const seen = { thanks: [] as string[], unlinked: 0, changed: 0 };
  let status: unknown = { paused: true };
  const connections: RelayConnection[] = [];
  const tries = { count: 0 };
  let connectDelayMs = 0;
  const linkClient = createLinkClient({
    db,
    connect: async () => {
      tries.count++;
      const connection = await relay.connect();
      connections.push(connection);
      await new Promise((done) => setTimeout(done, connectDelayMs));
      return connection;
    },
    reconnectMs: RECONNECT_MS,
    now: () => Date.now(),
    statusPayload: async () => status,
    events: { changed: () => seen.changed++, thanks: (text) => seen.thanks.push(text), proposal: () => undefined, unlinked: () => seen.unlinked++ },
  });
  return { db, client: linkClient, seen, connections, tries, setStatus: (next: unknown) => (status = next), setConnectDelay: (ms: number) => (connectDelayMs = ms) };
}

const RECONNECT_MS = 30;
type MemoryRelay = ReturnType<typeof createMemoryRelay>;

describe('the link client', () => {
  it('delivers a thank-you written offline once both catch up, and empties the outbox', async () => {
    const { a, b } = await pairedCouple();
    await enqueue(a.db, 'thanks', { id: 'thanks-0001', text: 'Thank you for tonight', sentAt: 5 }, 5);
    expect(await a.db.outbox.count()).toBe(1);
    await a.client.sync();
    expect(await a.db.outbox.count()).toBe(0);
    await b.client.sync();
    expect(b.seen.thanks).toEqual(['Thank you for tonight']);
    expect((await b.db.thanks.toArray()).map((note) => note.text)).toEqual(['Thank you for tonight']);
    // A second catch-up reads nothing twice.
    await b.client.sync();
    expect(await b.db.thanks.count()).toBe(1);
  });

  it('keeps the outbox while the relay is unreachable and says so', async () => {
    const { relay, a } = await pairedCouple();
    relay.setReachable(false);
    await enqueue(a.db, 'thanks', { id: 'thanks-0002', text: 'Later', sentAt: 5 }, 5);
    await a.client.sync();
    expect(await a.db.outbox.count()).toBe(1);
    expect(a.client.relayProblem).toBe('linkRelayUnreachable');
    relay.setReachable(true);
    await a.client.sync();
    expect(await a.db.outbox.count()).toBe(0);
    expect(a.client.relayProblem).toBeNull();
  });

  it('keeps what the relay refused to take for now, says the relay asked it to slow down, and does not wait out a timeout', async () => {
    const { relay, a } = await pairedCouple();
    relay.setRefusingSends(true);
    await enqueue(a.db, 'thanks', { id: 'thanks-0003', text: 'Slowly', sentAt: 5 }, 5);
    const started = Date.now();
    await a.client.sync();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await a.db.outbox.count()).toBe(1);
    expect(a.client.relayProblem).toBe('linkRelayBusy');
    await a.db.outbox.clear();
    a.setStatus({ paused: false });
    await a.client.sync('force');
    expect(a.client.relayProblem).toBe('linkRelayBusy');
    relay.setRefusingSends(false);
    await enqueue(a.db, 'thanks', { id: 'thanks-0004', text: 'Now', sentAt: 6 }, 6);
    await a.client.sync();
    expect(await a.db.outbox.count()).toBe(0);
    expect(a.client.relayProblem).toBeNull();
  });

  it('shows a status published by one side live on the other, and stores it', async () => {
    const { a, b } = await pairedCouple();
    await b.client.setLive(true);
    a.setStatus({ paused: true });
    await a.client.sync('force');
    await expect.poll(async () => (await b.db.link.get('current'))?.partnerStatus, { timeout: 2_000 }).toEqual({ paused: true });
    await b.client.setLive(false);
  });

  it('unpairing deletes the room; the other side forgets everything at its next catch-up', async () => {
    const { relay, a, b } = await pairedCouple();
    await enqueue(a.db, 'thanks', { id: 'thanks-0003', text: 'Bye for now', sentAt: 5 }, 5);
    await a.client.sync();
    await b.client.sync();
    expect(await a.client.unpair()).toBe(true);
    expect(relay.rooms.size).toBe(0);
    expect(await a.db.link.count()).toBe(0);
    await b.client.sync();
    expect(b.seen.unlinked).toBe(1);
    expect(await b.db.link.count()).toBe(0);
    expect(await b.db.thanks.count()).toBe(0);
  });

  it('reconnects a dropped live socket after a catch-up that runs meanwhile, not beside it: one socket, each message sent once', async () => {
    const { relay, a } = await pairedCouple();
    await a.client.setLive(true);
    expect(a.connections).toHaveLength(1);
    const log = [...relay.rooms.values()][0]!.log;
    const logged = log.length;
    await enqueue(a.db, 'thanks', { id: 'thanks-0005', text: 'Once', sentAt: 5 }, 5);
    // The catch-up's socket takes longer to open than the reconnect waits, so the reconnect comes due during it.
    a.setConnectDelay(4 * RECONNECT_MS);
    a.connections[0]!.close();
    await a.client.sync();
    // Waited for, not slept on: a loaded machine may take longer than the reconnect's few milliseconds.
    await expect.poll(() => a.connections.length === 2 && a.connections[1]!.open, { timeout: 2_000 }).toBe(true);
    await new Promise((done) => setTimeout(done, 3 * RECONNECT_MS));
    expect(a.connections).toHaveLength(2);
    expect(await a.db.outbox.count()).toBe(0);
    expect(log).toHaveLength(logged + 1);
    await a.client.setLive(false);
  });

  it.each([
    ['cannot be reached', (relay: MemoryRelay, away: boolean) => relay.setReachable(!away), 'linkRelayUnreachable'],
    // A refused hello both fails its try and closes its socket: were each to schedule the next, the tries would double every round.
    ['answers but refuses the room', (relay: MemoryRelay, away: boolean) => relay.setRoomFull(away), 'linkRelayRoomFull'],
  ])('tries a relay that %s less and less often while live, says so, and is back soon after it is', async (_, setAway, problem) => {
    const { relay, a } = await pairedCouple();
    setAway(relay, true);
    await a.client.setLive(true);
    expect(a.client.relayProblem).toBe(problem);
    await new Promise((done) => setTimeout(done, 20 * RECONNECT_MS));
    // Every RECONNECT_MS this would be some twenty tries; doubling waits make it five or six.
    expect(a.tries.count).toBeGreaterThanOrEqual(2);
    expect(a.tries.count).toBeLessThanOrEqual(7);
    setAway(relay, false);
    // Welcomed back into the room, not only connected.
    await expect.poll(() => a.connections.some((connection) => connection.open) && a.client.relayProblem === null, { timeout: 2_000 }).toBe(true);
    await a.client.setLive(false);
  });
});

