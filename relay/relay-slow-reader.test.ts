import type { Socket } from 'node:net';
import { newId } from '../tests/support/relay-client';
import { ENGINES, useRelay } from './testing/relay-fixture';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const ENVELOPE = 'x'.repeat(45_000);
const LOG_BYTES = 10 * ENVELOPE.length;

/**
 * A client that asks and never reads: each hello re-sends the whole backlog, so without a bound one
 * socket could make the relay hold gigabytes for it until the heartbeat notices, 90 s later.
 */
describe.each(ENGINES)('relay slow readers (%s)', (engine) => {
  const fx = useRelay(engine, { HEARTH_RELAY_LOG_MAX_BYTES: String(LOG_BYTES) });

  test('a socket that stops reading while asking for backlogs is closed, not buffered for', async () => {
    const room = newId();
    const token = newId();
    const writer = await fx.connect();
    await writer.hello(room, token, 'a');
    for (let i = 0; i < 10; i++) {
      writer.send({ t: 'send', id: `slow-fill-${i}`, kind: 'log', envelope: ENVELOPE });
      expect(await writer.next()).toMatchObject({ t: 'ack', seq: i + 1 });
    }
    const reader = await fx.connect();
    const socket = (reader.ws as unknown as { _socket: Socket })._socket;
    socket.pause();
    const hellos = 80; // 80 backlogs of 450 kB: 36 MB, far more than the kernel's buffers hold
    for (let i = 0; i < hellos; i++) reader.send({ t: 'hello', v: 1, room, token, role: 'b', after: 0 });
    // Time for the relay to answer them all, on a busy machine too (it takes well under a second).
    await sleep(5000);
    socket.resume();
    const code = await Promise.race([reader.closed, sleep(10_000).then(() => 'still open')]);
    expect(code).not.toBe('still open');
    const welcomes = (await reader.drain(0)).filter((frame) => frame.t === 'welcome').length;
    expect(welcomes).toBeLessThan(hellos);
    // One that reads still gets the whole backlog.
    const late = await fx.connect();
    expect(await late.hello(room, token, 'b', 0, false)).toMatchObject({ t: 'welcome', head: 10 });
    expect((await late.take(10)).map((frame) => frame.t === 'msg' && frame.envelope === ENVELOPE)).toEqual(Array(10).fill(true));
  });
});
