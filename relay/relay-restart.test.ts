import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, vi } from 'vitest';
import { newId, RelayClient } from '../tests/support/relay-client';
import { type RedisProcess, type RelayProcess, startRedis, startRelay } from '../tests/support/relay-process';

/** Nothing acknowledged is lost when a relay process dies; relay processes on one Redis fan out to each other. */
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const stoppers: (() => Promise<void>)[] = [];
const clients: RelayClient[] = [];
afterAll(async () => {
  for (const client of clients) client.close();
  for (const stop of stoppers.reverse()) await stop();
});
async function connect(relay: RelayProcess) {
  const client = await RelayClient.connect(relay.url);
  clients.push(client);
  return client;
}
async function relayOn(options: Parameters<typeof startRelay>[0]) {
  const relay = await startRelay(options);
  stoppers.push(() => relay.stop());
  return relay;
}

async function sendAcked(client: RelayClient, n: number) {
  for (let i = 1; i <= n; i++) {
    client.send({ t: 'send', id: `durable-${i}0`, kind: 'log', envelope: `D${i}` });
    expect(await client.next()).toEqual({ t: 'ack', id: `durable-${i}0`, seq: i });
  }
  client.send({ t: 'send', id: 'durable-status', kind: 'status', envelope: 'STATUS' });
  expect(await client.next()).toEqual({ t: 'ack', id: 'durable-status' });
}

async function expectBacklog(client: RelayClient, room: string, token: string, n: number) {
  expect(await client.hello(room, token, 'b', 0, false)).toMatchObject({
    t: 'welcome',
    head: n,
    statuses: [{ role: 'a', envelope: 'STATUS' }],
  });
  const seqs = (await client.take(n)).map((f) => (f.t === 'msg' ? `${f.seq}:${f.envelope}` : f.t));
  expect(seqs).toEqual(Array.from({ length: n }, (_, i) => `${i + 1}:D${i + 1}`));
}

test('sqlite: every acked write survives kill -9 of the relay', async () => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'hearth-relay-restart-')), 'relay.sqlite');
  const first = await startRelay({ engine: 'sqlite', dbPath });
  const room = newId();
  const token = newId();
  const writer = await connect(first);
  await writer.hello(room, token, 'a');
  await sendAcked(writer, 30);
  await first.kill9();
  const second = await relayOn({ engine: 'sqlite', dbPath });
  await expectBacklog(await connect(second), room, token, 30);
});

describe('redis: several relay processes', () => {
  let redis: RedisProcess;
  let one: RelayProcess;
  let two: RelayProcess;
  beforeAll(async () => {
    redis = await startRedis();
    stoppers.push(() => redis.stop());
    one = await startRelay({ engine: 'redis', redisUrl: redis.url });
    two = await relayOn({ engine: 'redis', redisUrl: redis.url });
  });

  test('two relay processes fan out entries, statuses and deletion to each other', async () => {
    const room = newId();
    const token = newId();
    const a = await connect(one);
    const b = await connect(two);
    await a.hello(room, token, 'a');
    await b.hello(room, token, 'b');
    a.send({ t: 'send', id: 'across-01', kind: 'log', envelope: 'ACROSS' });
    expect(await a.next()).toEqual({ t: 'ack', id: 'across-01', seq: 1 });
    expect(await b.next()).toMatchObject({ t: 'msg', seq: 1, role: 'a', envelope: 'ACROSS' });
    b.send({ t: 'send', id: 'across-02', kind: 'status', envelope: 'BACK' });
    expect(await b.next()).toEqual({ t: 'ack', id: 'across-02' });
    expect(await a.next()).toMatchObject({ t: 'status', role: 'b', envelope: 'BACK' });
    const slot = newId();
    a.send({ t: 'pair', slot });
    expect(await a.next()).toEqual({ t: 'pair-data', slot, entries: [] });
    b.send({ t: 'pair', slot, data: 'JOINER' });
    expect(await b.next()).toEqual({ t: 'pair-data', slot, entries: ['JOINER'] });
    expect(await a.next()).toEqual({ t: 'pair-data', slot, entries: ['JOINER'] });
    b.send({ t: 'delete' });
    expect(await b.next()).toEqual({ t: 'gone' });
    expect(await a.next()).toEqual({ t: 'gone' });
    expect((await redis.dump()).includes(room)).toBe(false);
  });

  test('when one relay process is killed, another serves everything it acknowledged', async () => {
    const room = newId();
    const token = newId();
    const writer = await connect(one);
    await writer.hello(room, token, 'a');
    await sendAcked(writer, 30);
    await one.kill9();
    await expectBacklog(await connect(two), room, token, 30);
  });
});
