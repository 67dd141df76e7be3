import { newId } from '../tests/support/relay-client';
import { ENGINES, useRelay } from './testing/relay-fixture';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Room access, deletion, status expiry and pairing slots, on both engines. */
describe.each(ENGINES)('relay rooms and slots (%s)', (engine) => {
  const fx = useRelay(engine, { HEARTH_RELAY_STATUS_TTL_SECONDS: '2', HEARTH_RELAY_SLOT_TTL_SECONDS: '3' });

  test('an unknown room and a wrong token get the very same denied', async () => {
    const room = newId();
    const token = newId();
    const owner = await fx.connect();
    await owner.hello(room, token, 'a');
    const stranger = await fx.connect();
    expect(await stranger.hello(room, newId(), 'b', 0, false)).toEqual({ t: 'error', code: 'denied' });
    expect(await stranger.hello(room, newId(), 'b', 0, true)).toEqual({ t: 'error', code: 'denied' });
    expect(await stranger.hello(newId(), token, 'b', 0, false)).toEqual({ t: 'error', code: 'denied' });
    stranger.send({ t: 'send', id: 'denied-01', kind: 'log', envelope: 'AAAA' });
    expect(await stranger.next()).toEqual({ t: 'error', code: 'no-room', id: 'denied-01' });
  });

  test('delete removes every record of the room and tells every socket in it', async () => {
    const room = newId();
    const token = newId();
    const a = await fx.connect();
    const b = await fx.connect();
    await a.hello(room, token, 'a');
    await b.hello(room, token, 'b');
    a.send({ t: 'send', id: 'before-delete', kind: 'log', envelope: 'AAAA' });
    a.send({ t: 'send', id: 'status-delete', kind: 'status', envelope: 'SSSS' });
    await a.take(2);
    await b.take(2);
    expect((await fx.recordsOf(room)).length).toBeGreaterThan(0);
    b.send({ t: 'delete' });
    expect(await b.next()).toEqual({ t: 'gone' });
    expect(await a.next()).toEqual({ t: 'gone' });
    expect(await fx.recordsOf(room)).toEqual([]);
    a.send({ t: 'send', id: 'after-delete', kind: 'log', envelope: 'AAAA' });
    expect(await a.next()).toEqual({ t: 'error', code: 'no-room', id: 'after-delete' });
    expect(await a.hello(room, token, 'a', 0, false)).toEqual({ t: 'error', code: 'denied' });
  });

  test('a status expires after its lifetime', async () => {
    const room = newId();
    const token = newId();
    const a = await fx.connect();
    await a.hello(room, token, 'a');
    a.send({ t: 'send', id: 'expiring-1', kind: 'status', envelope: 'SSSS' });
    await a.next();
    const soon = await fx.connect();
    expect(await soon.hello(room, token, 'b', 0, false)).toMatchObject({ statuses: [{ role: 'a', envelope: 'SSSS' }] });
    await sleep(2500);
    const later = await fx.connect();
    expect(await later.hello(room, token, 'b', 0, false)).toEqual({ t: 'welcome', head: 0, statuses: [] });
  });

  test('a pairing slot takes two writes, tells its watchers, then is closed', async () => {
    const slot = newId();
    const inviter = await fx.connect();
    const joiner = await fx.connect();
    inviter.send({ t: 'pair', slot, data: 'INVITER' });
    expect(await inviter.next()).toEqual({ t: 'pair-data', slot, entries: ['INVITER'] });
    joiner.send({ t: 'pair', slot });
    expect(await joiner.next()).toEqual({ t: 'pair-data', slot, entries: ['INVITER'] });
    joiner.send({ t: 'pair', slot, data: 'JOINER' });
    expect(await joiner.next()).toEqual({ t: 'pair-data', slot, entries: ['INVITER', 'JOINER'] });
    expect(await inviter.next()).toEqual({ t: 'pair-data', slot, entries: ['INVITER', 'JOINER'] });
    const third = await fx.connect();
    third.send({ t: 'pair', slot, data: 'THIRD' });
    expect(await third.next()).toEqual({ t: 'error', code: 'slot-closed' });
    expect(await inviter.drain(200)).toEqual([]);
  });

  test('a pairing slot closes at the end of its life, even with one write', async () => {
    const slot = newId();
    const inviter = await fx.connect();
    inviter.send({ t: 'pair', slot, data: 'INVITER' });
    expect(await inviter.next()).toEqual({ t: 'pair-data', slot, entries: ['INVITER'] });
    await sleep(3500);
    const joiner = await fx.connect();
    joiner.send({ t: 'pair', slot, data: 'JOINER' });
    expect(await joiner.next()).toEqual({ t: 'error', code: 'slot-closed' });
    joiner.send({ t: 'pair', slot });
    expect(await joiner.next()).toEqual({ t: 'error', code: 'slot-closed' });
  });
});
