import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Role, StatusEntry } from '../../utils/link/relay-protocol';
import type { RelayLimits } from '../config';
import { DEDUPE_WINDOW } from './dedupe-window';
import { APPEND, OPEN_ROOM, SET_STATUS, SLOT } from './redis-scripts';
import { type BusEvent, type LogEntry, type RelayStorage, type Topic, topicOf } from './storage';

/** Every key of a room carries the hash tag `{room}`: one Cluster slot, one DEL removes it all. */
export const roomKeys = (room: string) => {
  const p = `hearth:{${room}}:`;
  return {
    auth: `${p}auth`, seq: `${p}seq`, log: `${p}log`, bytes: `${p}bytes`, ids: `${p}ids`,
    statusA: `${p}status:a`, statusB: `${p}status:b`, events: `${p}events`,
  };
};
const slotKeys = (slot: string) => {
  const p = `hearth:slot:{${slot}}:`;
  return { entries: `${p}entries`, closes: `${p}closes`, events: `${p}events` };
};
const channelOf = (topic: Topic) => (topic.kind === 'room' ? roomKeys(topic.id).events : slotKeys(topic.id).events);

/**
 * The engine for many relay processes behind a load balancer: state in Redis, fan-out between
 * processes by sharded pub/sub (SPUBLISH/SSUBSCRIBE, Redis 7), one channel per room or slot.
 * Redis must not evict (`maxmemory-policy noeviction`, its default).
 */
export async function openRedisStorage(url: string, limits: RelayLimits): Promise<RelayStorage> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = redis.duplicate();
  await Promise.all([redis.connect(), sub.connect()]);
  const listeners: ((event: BusEvent) => void)[] = [];
  sub.on('smessage', (_channel: string, message: string) => {
    const event = JSON.parse(message) as BusEvent;
    for (const listener of listeners) listener(event);
  });

  const shas = new Map<string, string>();
  async function run(lua: string, keys: string[], args: (string | number)[]): Promise<unknown> {
    let sha = shas.get(lua);
    if (!sha) shas.set(lua, (sha = createHash('sha1').update(lua).digest('hex')));
    try {
      return await redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return redis.eval(lua, keys.length, ...keys, ...args);
    }
  }

  const maxAgeMs = limits.logMaxAgeSeconds * 1000;
  return {
    engine: 'redis',
    async openRoom(room, tokenHash, create) {
      const k = roomKeys(room);
      return (await run(OPEN_ROOM, [k.auth, k.seq], [tokenHash, create ? '1' : '0', limits.roomTtlSeconds * 1000])) === 1;
    },
    async head(room) {
      return Number((await redis.get(roomKeys(room).seq)) ?? 0);
    },
    async append(room, role, clientId, envelope, now, origin) {
      const k = roomKeys(room);
      const args = [role, clientId, envelope, now, limits.logMaxEntries, limits.logMaxBytes, maxAgeMs, DEDUPE_WINDOW, room, origin];
      const result = await run(APPEND, [k.auth, k.seq, k.log, k.bytes, k.ids, k.events], args);
      if (!Array.isArray(result)) return { ok: false };
      return { ok: true, seq: Number(result[0]), at: now, duplicate: result[1] === 1 };
    },
    async entriesAfter(room, after, limit) {
      const rows = await redis.xrange(roomKeys(room).log, `${after + 1}-0`, '+', 'COUNT', limit);
      const oldestAllowed = Date.now() - maxAgeMs;
      return rows
        .map(([id, fields]): LogEntry => ({
          seq: Number(id.split('-')[0]),
          role: fields[1] as Role,
          envelope: fields[3] ?? '',
          at: Number(fields[5]),
        }))
        .filter((entry) => entry.at >= oldestAllowed);
    },
    async setStatus(room, role, envelope, now, origin) {
      const k = roomKeys(room);
      const value = JSON.stringify({ envelope, at: now });
      const event = JSON.stringify({ k: 'status', room, origin, status: { role, envelope, at: now } } satisfies BusEvent);
      const keys = [k.auth, role === 'a' ? k.statusA : k.statusB, k.events];
      return (await run(SET_STATUS, keys, [value, limits.statusTtlSeconds, event])) === 1;
    },
    async statuses(room) {
      const k = roomKeys(room);
      const values = await redis.mget(k.statusA, k.statusB);
      return (['a', 'b'] as const).flatMap((role, i): StatusEntry[] => {
        const value = values[i];
        if (!value) return [];
        const { envelope, at } = JSON.parse(value) as { envelope: string; at: number };
        return [{ role, envelope, at }];
      });
    },
    async deleteRoom(room) {
      const k = roomKeys(room);
      await redis.del(k.auth, k.seq, k.log, k.bytes, k.ids, k.statusA, k.statusB);
    },
    async slot(slot, data, now) {
      const k = slotKeys(slot);
      const result = (await run(SLOT, [k.entries, k.closes], [data ?? '', now, limits.slotTtlSeconds * 1000])) as string[];
      if (result[0] === 'c') return { ok: false };
      return { ok: true, entries: result.slice(1), written: result[0] === 'w' };
    },
    async publish(event) {
      await redis.spublish(channelOf(topicOf(event)), JSON.stringify(event));
    },
    async watch(topic) {
      await sub.ssubscribe(channelOf(topic));
    },
    async unwatch(topic) {
      await sub.sunsubscribe(channelOf(topic));
    },
    onEvent(listener) {
      listeners.push(listener);
    },
    async close() {
      sub.disconnect();
      await redis.quit();
    },
  };
}
