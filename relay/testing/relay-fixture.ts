import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { RelayClient } from '../../tests/support/relay-client';
import { type RedisProcess, type RelayProcess, startRedis, startRelay } from '../../tests/support/relay-process';

/** Both engines run the very same suites (design decision 6). */
export const ENGINES = ['sqlite', 'redis'] as const;
export type Engine = (typeof ENGINES)[number];

/** A real relay process per suite (and a real redis-server for the Redis engine); sockets closed after each test. */
export function useRelay(engine: Engine, env: Record<string, string> = {}) {
  vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });
  let relay: RelayProcess | undefined;
  let redis: RedisProcess | undefined;
  const clients: RelayClient[] = [];
  beforeAll(async () => {
    if (engine === 'redis') redis = await startRedis();
    relay = await startRelay({ engine, redisUrl: redis?.url, env });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(async () => {
    await relay?.stop();
    await redis?.stop();
  });
  const fixture = {
    get relay(): RelayProcess {
      if (!relay) throw new Error('the relay is not started');
      return relay;
    },
    get redis(): RedisProcess | undefined {
      return redis;
    },
    async connect(url?: string): Promise<RelayClient> {
      const client = await RelayClient.connect(url ?? fixture.relay.url);
      clients.push(client);
      return client;
    },
    /** Every stored record that names the room: rows in SQLite, keys in Redis. */
    async recordsOf(room: string): Promise<string[]> {
      if (redis) return (await redis.dump()).split('\n').filter((line) => line.includes(room));
      return sqliteRecords(relay?.dbPath ?? '', room);
    },
  };
  return fixture;
}

export function sqliteRecords(path: string, room: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    return tables.flatMap(({ name }) => {
      const column = name === 'rooms' || name === 'slots' ? 'id' : 'room';
      return db.prepare(`SELECT * FROM ${name} WHERE ${column} = ?`).all(room).map((row) => `${name} ${JSON.stringify(row)}`);
    });
  } finally {
    db.close();
  }
}
