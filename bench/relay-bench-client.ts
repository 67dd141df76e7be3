/**
 * One client process of bench/relay-bench.ts: holds both partners' sockets for its share of the
 * rooms and measures status fan-out latency from send to the partner's receipt. Driven over IPC.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

type Room = { room: string; token: string };
type Pair = { a: WebSocket; b: WebSocket };
export type ClientCommand =
  | { t: 'connect'; url: string; rooms: Room[]; concurrency: number }
  | { t: 'phase'; spreadMs: number; timeoutMs: number }
  | { t: 'close' };

const pairs: Pair[] = [];
let latencies: number[] = [];
const PADDING = 'A'.repeat(1400);
/** Wall clock in µs, shared by every process on the machine. */
const nowMicros = () => Math.round((performance.timeOrigin + performance.now()) * 1000);

function open(url: string, { room, token }: Room, role: 'a' | 'b'): Promise<WebSocket> {
  return new Promise((done, fail) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.once('error', fail);
    ws.once('open', () => ws.send(JSON.stringify({ t: 'hello', v: 1, room, token, role, after: 0, create: true })));
    ws.once('message', (data) => {
      const frame = JSON.parse(data.toString()) as { t: string };
      if (frame.t === 'welcome') done(ws);
      else fail(new Error(`hello answered ${data.toString()}`));
    });
  });
}

function listen(ws: WebSocket): void {
  ws.on('message', (data) => {
    const text = data.toString();
    if (!text.startsWith('{"t":"status"')) return;
    const stamp = /"envelope":"T(\d+)x/.exec(text)?.[1];
    if (stamp) latencies.push((nowMicros() - Number(stamp)) / 1000);
  });
}

async function connect(command: Extract<ClientCommand, { t: 'connect' }>): Promise<{ failed: number }> {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < command.rooms.length) {
      const room = command.rooms[next++]!;
      try {
        const a = await open(command.url, room, 'a');
        const b = await open(command.url, room, 'b');
        listen(a);
        listen(b);
        pairs.push({ a, b });
      } catch {
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: command.concurrency }, worker));
  return { failed };
}

/** Each room sends one status from one partner at a random moment within `spreadMs`. */
async function phase({ spreadMs, timeoutMs }: Extract<ClientCommand, { t: 'phase' }>) {
  latencies = [];
  let sent = 0;
  pairs.forEach((pair, i) => {
    setTimeout(() => {
      const from = i % 2 === 0 ? pair.a : pair.b;
      from.send(JSON.stringify({ t: 'send', id: `bench-${i}-${Date.now()}`, kind: 'status', envelope: `T${nowMicros()}x${PADDING}` }));
      sent += 1;
    }, Math.random() * spreadMs);
  });
  const deadline = Date.now() + spreadMs + timeoutMs;
  while ((sent < pairs.length || latencies.length < sent) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
  }
  return { sent, latencies };
}

process.on('message', (command: ClientCommand) => {
  const reply = (message: object) => process.send?.(message);
  if (command.t === 'connect') void connect(command).then((result) => reply({ t: 'connected', ...result, sockets: pairs.length * 2 }));
  if (command.t === 'phase') void phase(command).then((result) => reply({ t: 'phase-done', ...result }));
  if (command.t === 'close') {
    for (const { a, b } of pairs) {
      a.terminate();
      b.terminate();
    }
    process.exit(0);
  }
});
process.send?.({ t: 'up' });
