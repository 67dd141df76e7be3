import { newId } from '../tests/support/relay-client';
import { ENGINES, useRelay } from './testing/relay-fixture';

/** Frames and acks, gap-free seqs, resends, the backlog, fan-out and the log's caps, on both engines. */
describe.each(ENGINES)('relay log (%s)', (engine) => {
  const fx = useRelay(engine, { HEARTH_RELAY_LOG_MAX_ENTRIES: '20', HEARTH_RELAY_LOG_MAX_BYTES: '30000' });

  async function pairedRoom() {
    const room = newId();
    const token = newId();
    const a = await fx.connect();
    const b = await fx.connect();
    expect(await a.hello(room, token, 'a')).toEqual({ t: 'welcome', head: 0, statuses: [] });
    expect(await b.hello(room, token, 'b')).toEqual({ t: 'welcome', head: 0, statuses: [] });
    return { room, token, a, b };
  }

  test('a log send is acked with the next seq and fanned out to the other sockets, not echoed', async () => {
    const { a, b } = await pairedRoom();
    a.send({ t: 'send', id: 'send-0001', kind: 'log', envelope: 'AAAA' });
    expect(await a.next()).toEqual({ t: 'ack', id: 'send-0001', seq: 1 });
    expect(await b.next()).toMatchObject({ t: 'msg', seq: 1, role: 'a', envelope: 'AAAA' });
    b.send({ t: 'send', id: 'send-0002', kind: 'log', envelope: 'BBBB' });
    expect(await b.next()).toEqual({ t: 'ack', id: 'send-0002', seq: 2 });
    expect(await a.next()).toMatchObject({ t: 'msg', seq: 2, role: 'b', envelope: 'BBBB' });
    expect(await a.drain(200)).toEqual([]);
  });

  test('seqs stay gap-free when both partners send at once', async () => {
    const { a, b } = await pairedRoom();
    for (let i = 0; i < 10; i++) {
      a.send({ t: 'send', id: `a-send-${i}0`, kind: 'log', envelope: `A${i}` });
      b.send({ t: 'send', id: `b-send-${i}0`, kind: 'log', envelope: `B${i}` });
    }
    const frames = [...(await a.take(20)), ...(await b.take(20))];
    const acked = frames.flatMap((f) => (f.t === 'ack' ? [f.seq] : []));
    const heard = frames.flatMap((f) => (f.t === 'msg' ? [f.seq] : []));
    expect(acked.toSorted((x, y) => (x ?? 0) - (y ?? 0))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(heard.toSorted((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  test('a resend of a known id gets its first seq again and is stored once', async () => {
    const { room, token, a, b } = await pairedRoom();
    a.send({ t: 'send', id: 'resent-01', kind: 'log', envelope: 'ONCE' });
    expect(await a.next()).toEqual({ t: 'ack', id: 'resent-01', seq: 1 });
    a.send({ t: 'send', id: 'resent-01', kind: 'log', envelope: 'ONCE' });
    expect(await a.next()).toEqual({ t: 'ack', id: 'resent-01', seq: 1 });
    expect((await b.drain(300)).map((f) => f.t)).toEqual(['msg']);
    const late = await fx.connect();
    expect(await late.hello(room, token, 'b')).toMatchObject({ t: 'welcome', head: 1 });
    expect((await late.drain(300)).map((f) => f.t)).toEqual(['msg']);
  });

  test('hello sends the backlog above `after`, then live entries, with no gap and no repeat', async () => {
    const { room, token, a } = await pairedRoom();
    for (let i = 1; i <= 5; i++) {
      a.send({ t: 'send', id: `backlog-${i}`, kind: 'log', envelope: `E${i}` });
      expect(await a.next()).toMatchObject({ t: 'ack', seq: i });
    }
    const b = await fx.connect();
    expect(await b.hello(room, token, 'b', 2, false)).toEqual({ t: 'welcome', head: 5, statuses: [] });
    const backlog = await b.take(3);
    expect(backlog.map((f) => (f.t === 'msg' ? [f.seq, f.envelope] : f.t))).toEqual([[3, 'E3'], [4, 'E4'], [5, 'E5']]);
    a.send({ t: 'send', id: 'backlog-6', kind: 'log', envelope: 'E6' });
    expect(await b.next()).toMatchObject({ t: 'msg', seq: 6, envelope: 'E6' });
  });

  test('the log keeps only the newest entries within the entry and byte caps; the head goes on', async () => {
    const { room, token, a } = await pairedRoom();
    for (let i = 1; i <= 25; i++) {
      a.send({ t: 'send', id: `capped-${i}0`, kind: 'log', envelope: `C${i}` });
      expect(await a.next()).toMatchObject({ t: 'ack', seq: i });
    }
    const b = await fx.connect();
    expect(await b.hello(room, token, 'b', 0, false)).toMatchObject({ t: 'welcome', head: 25 });
    const seqs = (await b.take(20)).map((f) => (f.t === 'msg' ? f.seq : -1));
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 6));
    expect(await b.drain(200)).toEqual([]);

    const big = await pairedRoom();
    for (let i = 1; i <= 5; i++) {
      big.a.send({ t: 'send', id: `bigone-${i}0`, kind: 'log', envelope: 'x'.repeat(10_000) });
      expect(await big.a.next()).toMatchObject({ t: 'ack', seq: i });
    }
    const reader = await fx.connect();
    await reader.hello(big.room, big.token, 'b', 0, false);
    expect((await reader.drain(500)).map((f) => (f.t === 'msg' ? f.seq : -1))).toEqual([3, 4, 5]);
  });

  test('statuses are not logged: each role keeps its latest, sent live and in the welcome', async () => {
    const { room, token, a, b } = await pairedRoom();
    a.send({ t: 'send', id: 'status-01', kind: 'status', envelope: 'S1' });
    expect(await a.next()).toEqual({ t: 'ack', id: 'status-01' });
    expect(await b.next()).toMatchObject({ t: 'status', role: 'a', envelope: 'S1' });
    a.send({ t: 'send', id: 'status-02', kind: 'status', envelope: 'S2' });
    expect(await a.next()).toEqual({ t: 'ack', id: 'status-02' });
    expect(await b.next()).toMatchObject({ t: 'status', role: 'a', envelope: 'S2' });
    const late = await fx.connect();
    const welcome = await late.hello(room, token, 'b', 0, false);
    expect(welcome).toMatchObject({ t: 'welcome', head: 0, statuses: [{ role: 'a', envelope: 'S2' }] });
  });
});
