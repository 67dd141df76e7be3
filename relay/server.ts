import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_FRAME_BYTES } from '../utils/link/relay-protocol';
import type { RelayConfig } from './config';
import { type Conn, deliver, handleText, leaveAll, leaveRoom, newConn, type RelayContext, send, sendPairData } from './connection';
import { addressKey } from './address-key';
import { RateLimiter } from './limits';
import { count, flushCounts, logLine } from './log';
import { TopicRegistry } from './rooms';
import { type BusEvent, type RelayStorage, topicOf } from './storage/storage';

const HEARTBEAT_MS = 45_000;
const STATS_MS = 60_000;
const MINUTE = 60_000;

export type RunningRelay = { port: number; close(): Promise<void> };

/** Who the per-address limits count a socket against (address-key.ts). */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return addressKey(forwarded.split(',').at(-1)?.trim() || 'unknown');
  return addressKey(req.socket.remoteAddress ?? 'unknown');
}

/** Hands a bus event to this process's sockets that listen to its room or slot, except its sender. */
function dispatch(ctx: RelayContext, event: BusEvent): void {
  for (const conn of ctx.registry.get(topicOf(event))) {
    if (conn.id === event.origin) continue;
    if (event.k === 'msg') deliver(conn, { t: 'msg', ...event.entry });
    else if (event.k === 'status') deliver(conn, { t: 'status', ...event.status });
    else if (event.k === 'pair') sendPairData(conn, event.slot, event.entries, false);
    else if (conn.room === event.room) {
      send(conn, { t: 'gone' });
      // Unsubscribing may fail as the bus connection drops; unhandled, that would end the process.
      leaveRoom(ctx, conn).catch(() => count('leave-failed'));
    }
  }
}

/** HTTP (`GET /health`) and the WebSocket at `/v1`, on top of a storage that is already open. */
export async function startServer(config: RelayConfig, storage: RelayStorage): Promise<RunningRelay> {
  const { limits } = config;
  const ctx: RelayContext = {
    storage,
    limits,
    registry: new TopicRegistry<Conn>(
      (topic) => storage.watch(topic),
      (topic) => storage.unwatch(topic),
    ),
    ipLimiter: new RateLimiter(limits.ipFramesPerMinute, MINUTE),
    roomLimiter: new RateLimiter(limits.roomFramesPerMinute, MINUTE),
    pairLimiter: new RateLimiter(limits.pairWritesPerIpPerHour, 60 * MINUTE),
  };
  storage.onEvent((event) => dispatch(ctx, event));

  const http = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, engine: storage.engine }));
      return;
    }
    res.writeHead(404).end();
  });
  // Frames up to four times the protocol's limit are read and answered `too-large`; beyond that
  // ws closes the socket (1009) without buffering the rest.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * MAX_FRAME_BYTES, perMessageDeflate: false });
  const socketsOf = new Map<string, number>();
  http.on('upgrade', (req, socket, head) => {
    // Node hands the socket over without an error listener: a reset during the 404 below would
    // be an unhandled 'error' event, which ends the process. (ws adds its own once it takes over.)
    socket.on('error', () => socket.destroy());
    // `new URL` throws on a target such as `//`: thrown here, it would end the whole process.
    if (!URL.canParse(req.url ?? '/', 'http://relay') || new URL(req.url ?? '/', 'http://relay').pathname !== '/v1') {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    if ((socketsOf.get(clientAddress(req, config.trustProxy)) ?? 0) >= limits.socketsPerAddress) {
      count('socket-refused');
      socket.end('HTTP/1.1 429 Too Many Requests\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const alive = new WeakMap<WebSocket, boolean>();
  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    // Room for a whole backlog twice over, and live frames besides, before a socket counts as not reading.
    const address = clientAddress(req, config.trustProxy);
    socketsOf.set(address, (socketsOf.get(address) ?? 0) + 1);
    const conn = newConn(ws, address, 2 * limits.logMaxBytes + 16 * MAX_FRAME_BYTES);
    alive.set(ws, true);
    count('socket-open');
    ws.on('pong', () => alive.set(ws, true));
    ws.on('message', (data, isBinary) => {
      const text = isBinary ? '' : data.toString();
      conn.queue = conn.queue
        .then(() => handleText(ctx, conn, text, Date.now()))
        .catch((error: unknown) => logLine('handler-error', { kind: error instanceof Error ? error.name : 'unknown' }));
    });
    ws.on('close', () => {
      count('socket-close');
      const left = (socketsOf.get(address) ?? 1) - 1;
      if (left > 0) socketsOf.set(address, left);
      else socketsOf.delete(address);
      conn.queue = conn.queue.then(() => leaveAll(ctx, conn)).catch(() => undefined);
    });
    ws.on('error', () => count('socket-error'));
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.get(ws)) ws.terminate();
      else {
        alive.set(ws, false);
        ws.ping();
      }
    }
  }, HEARTBEAT_MS);
  // How long frames wait for this process's event loop: the relay's own share of any latency.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const stats = setInterval(() => {
    const now = Date.now();
    for (const limiter of [ctx.ipLimiter, ctx.roomLimiter, ctx.pairLimiter]) limiter.sweep(now);
    const loopDelayP99Ms = Math.round(loopDelay.percentile(99) / 1e5) / 10;
    loopDelay.reset();
    flushCounts({ sockets: wss.clients.size, topics: ctx.registry.topics(), loopDelayP99Ms });
  }, STATS_MS);

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, resolve);
  });
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    async close() {
      clearInterval(heartbeat);
      clearInterval(stats);
      loopDelay.disable();
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
