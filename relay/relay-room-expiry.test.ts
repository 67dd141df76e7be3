import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId, RelayClient } from '../tests/support/relay-client';
import { startRelay } from '../tests/support/relay-process';
import { hashToken } from './connection';
import { ENGINES, sqliteRecords, useRelay } from './testing/relay-fixture';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A room both browsers stopped opening long ago is deleted, on both engines; one in use lives on. */
describe.each(ENGINES)('room life (%s)', (engine) => {
  const fx = useRelay(engine, { HEARTH_RELAY_ROOM_TTL_SECONDS: '2', HEARTH_RELAY_LOG_MAX_AGE_SECONDS: '2' });

  test('a room nobody opens for its whole life is gone, with every record of it', async () => {
    const room = newId();
    const token = newId();
    const a = await fx.connect();
    await a.hello(room, token, 'a');
    a.send({ t: 'send', id: 'left-behind', kind: 'log', envelope: 'AAAA' });
    expect(await a.next()).toMatchObject({ t: 'ack', id: 'left-behind', seq: 1 });
    a.close();
    await sleep(2600);
    const back = await fx.connect();
    expect(await back.hello(room, token, 'a', 0, false)).toEqual({ t: 'error', code: 'denied' });
    await expect.poll(() => fx.recordsOf(room), { timeout: 5_000 }).toEqual([]);
  });

  test('every hello starts the room life anew', async () => {
    const room = newId();
    const token = newId();
    const a = await fx.connect();
    await a.hello(room, token, 'a');
    for (let i = 0; i < 3; i++) {
      await sleep(1200);
      const again = await fx.connect();
      expect(await again.hello(room, token, 'b', 0, false)).toMatchObject({ t: 'welcome' });
      again.close();
    }
  });
});

test('sqlite: a file from before rooms expired keeps its rooms, each for a whole life from the upgrade', async () => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'hearth-relay-upgrade-')), 'relay.sqlite');
  const room = newId();
  const token = newId();
  const old = new Database(dbPath);
  old.exec(`CREATE TABLE rooms (id TEXT PRIMARY KEY, token_hash TEXT NOT NULL, head INTEGER NOT NULL,
    count INTEGER NOT NULL, bytes INTEGER NOT NULL) WITHOUT ROWID`);
  old.prepare('INSERT INTO rooms (id, token_hash, head, count, bytes) VALUES (?, ?, 0, 0, 0)').run(room, hashToken(token));
  old.close();

  const relay = await startRelay({ engine: 'sqlite', dbPath, env: { HEARTH_RELAY_ROOM_TTL_SECONDS: '60' } });
  const client = await RelayClient.connect(relay.url);
  try {
    expect(await client.hello(room, token, 'a', 0, false)).toEqual({ t: 'welcome', head: 0, statuses: [] });
  } finally {
    client.close();
    await relay.stop();
  }
  const [row] = sqliteRecords(dbPath, room).filter((record) => record.startsWith('rooms '));
  const openedAt = (JSON.parse(row!.slice('rooms '.length)) as { opened_at: number }).opened_at;
  expect(Date.now() - openedAt).toBeLessThan(60_000);
});
