import { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { useRelay } from '../../relay/testing/relay-fixture';
import { newId } from '../../tests/support/relay-client';
import { freePort } from '../../tests/support/relay-process';
import { connectRelay, isFrame, RelayError, type RelayConnection } from './relay-connection';

/**
 * The extension's side of the socket against a real relay process, with `ws` for the browser's
 * WebSocket. A browser reports a failed connection by an `error` event and then the `close` that
 * connectRelay listens for; `ws` throws an `error` nobody listens to, so this one listens.
 */
class NodeWebSocket extends WebSocket {
  constructor(url: string) {
    super(url);
    this.on('error', () => undefined);
  }
}
const connect = (url: string) => connectRelay(url, NodeWebSocket as unknown as typeof globalThis.WebSocket);
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof RelayError ? error.key : String(error)));

describe('a connection to the relay', () => {
  const fx = useRelay('sqlite');

  it('opens, says hello and hears its welcome', async () => {
    const connection = await connect(fx.relay.url);
    expect(connection.open).toBe(true);
    const welcome = connection.next(isFrame('welcome', 'error'));
    connection.send({ t: 'hello', v: 1, room: newId(), token: newId(), role: 'a', after: 0, create: true });
    expect(await welcome).toEqual({ t: 'welcome', head: 0, statuses: [] });
    connection.close();
  });

  it('fails as "unreachable" where nothing listens, and for an address that is no WebSocket URL', async () => {
    expect(await failure(connect(`ws://127.0.0.1:${await freePort()}/v1`))).toBe('linkRelayUnreachable');
    expect(await failure(connect('not a url'))).toBe('linkRelayUnreachable');
  });

  it('stops waiting for an answer when the socket closes, and tells who listens for the close', async () => {
    const connection: RelayConnection = await connect(fx.relay.url);
    let closed = 0;
    connection.onClose(() => closed++);
    const waiting = failure(connection.next(isFrame('welcome')));
    connection.close();
    expect(await waiting).toBe('linkRelayClosed');
    expect(closed).toBe(1);
    expect(connection.open).toBe(false);
  });

  it('stops waiting for an answer that does not come in time', async () => {
    const connection = await connect(fx.relay.url);
    // Nothing was sent, so no frame comes.
    expect(await failure(connection.next(isFrame('welcome'), 100))).toBe('linkRelayTimeout');
    connection.close();
  });
});
