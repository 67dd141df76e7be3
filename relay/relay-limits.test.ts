import { Redis } from 'ioredis';
import { MAX_FRAME_BYTES } from '../utils/link/relay-protocol';
import { newId } from '../tests/support/relay-client';
import { ENGINES, useRelay } from './testing/relay-fixture';

/** How many relay processes listen to the slot's channel in Redis. */
async function slotListeners(url: string, slot: string): Promise<number> {
  const redis = new Redis(url);
  try {
    const [, listeners] = (await redis.call('PUBSUB', 'SHARDNUMSUB', `hearth:slot:{${slot}}:events`)) as [string, number];
    return listeners;
  } finally {
    redis.disconnect();
  }
}

/** Limits and bad frames, on both engines. Every socket here comes from 127.0.0.1: the IP test is last. */
describe.each(ENGINES)('relay limits and bad frames (%s)', (engine) => {
  const fx = useRelay(engine, {
    HEARTH_RELAY_ROOM_FRAMES_PER_MINUTE: '5',
    HEARTH_RELAY_IP_FRAMES_PER_MINUTE: '80',
    HEARTH_RELAY_PAIR_WRITES_PER_IP_PER_HOUR: '3',
  });

  test('garbled, unknown, extra-keyed and binary frames get bad-frame, and the socket stays usable', async () => {
    const client = await fx.connect();
    const bad = ['not json', '{"t":"hello"}', '{"t":"nope"}', '{"t":"ping","extra":1}', '[]', '{"t":"hello","v":2,"room":"x"}'];
    for (const frame of bad) {
      client.send(frame);
      expect(await client.next()).toEqual({ t: 'error', code: 'bad-frame' });
    }
    // An `after` no number holds exactly: Redis cannot read the log from there, SQLite could.
    for (const after of [2 ** 64, 1e21, Number.MAX_SAFE_INTEGER + 1]) {
      client.send({ t: 'hello', v: 1, room: newId(), token: newId(), role: 'a', after, create: true });
      expect(await client.next()).toEqual({ t: 'error', code: 'bad-frame' });
    }
    client.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await client.next()).toEqual({ t: 'error', code: 'bad-frame' });
    client.send({ t: 'ping' });
    expect(await client.next()).toEqual({ t: 'pong' });
  });

  test('a frame over 64 KiB gets too-large; one far over it closes the socket', async () => {
    const client = await fx.connect();
    client.send({ t: 'send', id: 'too-large-1', kind: 'log', envelope: 'x'.repeat(MAX_FRAME_BYTES) });
    expect(await client.next()).toEqual({ t: 'error', code: 'too-large' });
    client.send({ t: 'ping' });
    expect(await client.next()).toEqual({ t: 'pong' });
    client.send('x'.repeat(8 * MAX_FRAME_BYTES));
    expect(await client.closed).toBe(1009);
  });

  test('send and delete before hello get no-room; a captured send replayed changes nothing', async () => {
    const room = newId();
    const token = newId();
    const owner = await fx.connect();
    await owner.hello(room, token, 'a');
    const captured = { t: 'send', id: 'captured-1', kind: 'log', envelope: 'AAAA' };
    owner.send(captured);
    expect(await owner.next()).toEqual({ t: 'ack', id: 'captured-1', seq: 1 });
    const intruder = await fx.connect();
    intruder.send(captured);
    expect(await intruder.next()).toEqual({ t: 'error', code: 'no-room', id: 'captured-1' });
    intruder.send({ t: 'delete' });
    expect(await intruder.next()).toEqual({ t: 'error', code: 'no-room' });
    owner.send(captured);
    expect(await owner.next()).toEqual({ t: 'ack', id: 'captured-1', seq: 1 });
    const reader = await fx.connect();
    expect(await reader.hello(room, token, 'b', 0, false)).toMatchObject({ t: 'welcome', head: 1 });
  });

  test('a room holds at most 4 sockets; a fifth gets room-full until one leaves', async () => {
    const room = newId();
    const token = newId();
    const sockets = [];
    for (let i = 0; i < 4; i++) {
      const client = await fx.connect();
      expect(await client.hello(room, token, i % 2 ? 'b' : 'a')).toMatchObject({ t: 'welcome' });
      sockets.push(client);
    }
    const fifth = await fx.connect();
    expect(await fifth.hello(room, token, 'b')).toEqual({ t: 'error', code: 'room-full' });
    sockets[0]?.close();
    await sockets[0]?.closed;
    await new Promise((done) => setTimeout(done, 200));
    expect(await fifth.hello(room, token, 'b')).toMatchObject({ t: 'welcome' });
  });

  test('a room that sends too fast gets rate-limited, naming the send', async () => {
    const room = newId();
    const a = await fx.connect();
    await a.hello(room, newId(), 'a');
    for (let i = 1; i <= 5; i++) {
      a.send({ t: 'send', id: `fast-send-${i}`, kind: 'status', envelope: 'SSSS' });
      expect(await a.next()).toEqual({ t: 'ack', id: `fast-send-${i}` });
    }
    a.send({ t: 'send', id: 'fast-send-6', kind: 'status', envelope: 'SSSS' });
    expect(await a.next()).toEqual({ t: 'error', code: 'rate-limited', id: 'fast-send-6' });
  });

  test('one address writes a limited number of pairing slots per hour', async () => {
    const client = await fx.connect();
    for (let i = 0; i < 3; i++) {
      const slot = newId();
      client.send({ t: 'pair', slot, data: 'DATA' });
      expect(await client.next()).toEqual({ t: 'pair-data', slot, entries: ['DATA'] });
    }
    client.send({ t: 'pair', slot: newId(), data: 'DATA' });
    expect(await client.next()).toEqual({ t: 'error', code: 'rate-limited' });
  });

  test('one socket watches at most 4 pairing slots: reading more is refused, not watched', async () => {
    const client = await fx.connect();
    const slots = Array.from({ length: 4 }, () => newId());
    for (const slot of slots) {
      client.send({ t: 'pair', slot });
      expect(await client.next()).toEqual({ t: 'pair-data', slot, entries: [] });
    }
    // A socket pairs in one slot; each more is a watch (a Redis subscription) kept until it closes.
    const fifth = newId();
    client.send({ t: 'pair', slot: fifth });
    expect(await client.next()).toEqual({ t: 'error', code: 'rate-limited' });
    client.send({ t: 'pair', slot: slots[0] });
    expect(await client.next()).toEqual({ t: 'pair-data', slot: slots[0], entries: [] });
    if (fx.redis) {
      expect(await slotListeners(fx.redis.url, slots[0] ?? '')).toBe(1);
      expect(await slotListeners(fx.redis.url, fifth)).toBe(0);
    }
  });

  test('one address sending too many frames gets rate-limited, and a refused send names itself', async () => {
    const client = await fx.connect();
    await client.hello(newId(), newId(), 'a');
    for (let i = 0; i < 100; i++) client.send({ t: 'ping' });
    const frames = await client.take(100);
    const pongs = frames.filter((f) => f.t === 'pong').length;
    expect(pongs).toBeLessThan(80);
    expect(frames.filter((f) => f.t === 'error' && f.code === 'rate-limited')).toHaveLength(100 - pongs);
    // Named, its sender stops waiting at once instead of at its reply timeout.
    client.send({ t: 'send', id: 'address-limited-1', kind: 'log', envelope: 'AAAA' });
    expect(await client.next()).toEqual({ t: 'error', code: 'rate-limited', id: 'address-limited-1' });
  });

});
