import { WebSocket } from 'ws';
import { useRelay } from './testing/relay-fixture';

/** Sockets per client address; the engine plays no part, so one is enough. */
describe('sockets per address', () => {
  const fx = useRelay('sqlite', { HEARTH_RELAY_SOCKETS_PER_ADDRESS: '3', HEARTH_RELAY_TRUST_PROXY: '1' });
  const open: WebSocket[] = [];
  afterEach(() => {
    for (const ws of open.splice(0)) ws.terminate();
  });

  /** Resolves with the socket once open, or with the HTTP status the relay refused the upgrade with. */
  function connectAs(forwardedFor: string): Promise<WebSocket | number> {
    const ws = new WebSocket(fx.relay.url, { headers: { 'x-forwarded-for': forwardedFor } });
    return new Promise((done) => {
      ws.once('open', () => done(open[open.push(ws) - 1]!));
      ws.once('unexpected-response', (_req, res) => done(res.statusCode ?? 0));
    });
  }

  test('one address holds at most its sockets at once; another address is not held back; a closed one frees its place', async () => {
    for (let i = 0; i < 3; i++) expect(await connectAs('203.0.113.7')).toBeInstanceOf(WebSocket);
    expect(await connectAs('203.0.113.7')).toBe(429);
    expect(await connectAs('203.0.113.8')).toBeInstanceOf(WebSocket);
    const first = open[0]!;
    await new Promise((done) => (first.once('close', done), first.close()));
    await expect.poll(async () => {
      const again = await connectAs('203.0.113.7');
      if (again instanceof WebSocket) return 'open';
      return again;
    }).toBe('open');
  });

  test('the addresses of one IPv6 /64 count as one', async () => {
    expect(await connectAs('2001:db8:1:2::a')).toBeInstanceOf(WebSocket);
    expect(await connectAs('2001:db8:1:2::b')).toBeInstanceOf(WebSocket);
    expect(await connectAs('2001:db8:1:2:ffff::c')).toBeInstanceOf(WebSocket);
    expect(await connectAs('2001:db8:1:2::d')).toBe(429);
    expect(await connectAs('2001:db8:1:3::a')).toBeInstanceOf(WebSocket);
  });
});
