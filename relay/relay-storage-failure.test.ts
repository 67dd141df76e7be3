import { Redis } from 'ioredis';
import { newId } from '../tests/support/relay-client';
import { roomKeys } from './storage/redis-storage';
import { useRelay } from './testing/relay-fixture';

/**
 * Storage failing under one request (Redis timing out, a key it cannot read): the socket it hit is
 * not left half in its room. Redis only: its keys can be damaged from outside to make a read fail.
 */
describe('relay storage failures (redis)', () => {
  const fx = useRelay('redis');

  test('a backlog that cannot be read closes the socket, so its client opens a new one instead of hearing nothing', async () => {
    const room = newId();
    const token = newId();
    const a = await fx.connect();
    await a.hello(room, token, 'a');
    const redis = new Redis(fx.redis!.url);
    try {
      // The log is read after the welcome: a WRONGTYPE there stands for any failed read of it.
      await redis.set(roomKeys(room).log, 'not a stream');
      const b = await fx.connect();
      expect(await b.hello(room, token, 'b', 0, false)).toMatchObject({ t: 'welcome' });
      // Kept open, b was in the room with every live frame held for a backlog that never ended.
      a.send({ t: 'send', id: 'after-failure', kind: 'status', envelope: 'SSSS' });
      expect(await a.next()).toEqual({ t: 'ack', id: 'after-failure' });
      expect(await Promise.race([b.closed, new Promise((done) => setTimeout(() => done('still open'), 3000))])).toBe(1011);
    } finally {
      redis.disconnect();
    }
  });
});
