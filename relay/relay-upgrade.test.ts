import { connect, type Socket } from 'node:net';
import { ENGINES, useRelay } from './testing/relay-fixture';

/**
 * Raw HTTP upgrades no browser would send: whatever one client writes before the WebSocket exists,
 * the relay answers or drops that socket and keeps serving everyone else.
 */
describe.each(ENGINES)('relay upgrade requests (%s)', (engine) => {
  const fx = useRelay(engine);

  function rawUpgrade(path: string): Promise<Socket> {
    return new Promise((done, fail) => {
      const socket = connect(fx.relay.port, '127.0.0.1', () => {
        socket.write(
          `GET ${path} HTTP/1.1\r\nHost: relay\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
            'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
        );
        done(socket);
      });
      socket.on('error', () => undefined);
      // Read the answer, so the relay's close arrives.
      socket.resume();
      socket.once('error', fail);
    });
  }

  async function expectServing() {
    const client = await fx.connect();
    client.send({ t: 'ping' });
    expect(await client.next()).toEqual({ t: 'pong' });
  }

  test('a request target that is no URL path gets no WebSocket, and the relay keeps serving', async () => {
    for (const path of ['//', '//[', 'http://relay:99999/v1']) {
      const socket = await rawUpgrade(path);
      await new Promise((done) => socket.once('close', done));
    }
    await expectServing();
  });

  test('a client that resets right after asking for a wrong path does not end the relay', async () => {
    // The relay's 404 then meets a reset connection: a write error on a socket nobody listens to.
    for (let i = 0; i < 200; i++) {
      const socket = await rawUpgrade('/nowhere');
      socket.resetAndDestroy();
    }
    await new Promise((done) => setTimeout(done, 300));
    await expectServing();
  });
});
