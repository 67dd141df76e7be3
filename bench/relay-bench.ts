/**
 * One relay process holding many paired rooms (both partners' sockets open), on SQLite and then on
 * Redis: memory per socket, the relay's CPU, and status fan-out latency (send → partner receives)
 * under a steady 1 status per room per minute, then a burst of one status per room at once.
 * Clients run in separate processes. Run with `npm run bench:relay`; BENCH_ROOMS (10000),
 * BENCH_ENGINES (sqlite,redis), BENCH_STEADY_MS (60000), BENCH_BURST_MS (1000), BENCH_CLIENTS (4)
 * change it. It prints a JSON summary. The relay needs one file descriptor per socket: the room
 * count is capped to what `ulimit -n` allows, and the summary says so.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { newId } from '../tests/support/relay-client';
import { type RedisProcess, startRedis, startRelay } from '../tests/support/relay-process';
import type { ClientCommand } from './relay-bench-client';

const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,redis').split(',') as ('sqlite' | 'redis')[];
const WANTED_ROOMS = Number(process.env.BENCH_ROOMS ?? 10_000);
const STEADY_MS = Number(process.env.BENCH_STEADY_MS ?? 60_000);
const BURST_MS = Number(process.env.BENCH_BURST_MS ?? 1000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);
const TICKS_PER_SECOND = 100;

const openFileLimit = Number(/Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? 1024);
/** The relay keeps some descriptors for itself (its database, Redis, stdio, the listener). */
const ROOMS = Math.min(WANTED_ROOMS, Math.floor((openFileLimit - 64) / 2));

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const progress = (line: string) => process.stderr.write(`${line}\n`);

function ask<T>(child: ChildProcess, command: ClientCommand, answer: string): Promise<T> {
  return new Promise((done) => {
    const onMessage = (message: { t: string }) => {
      if (message.t !== answer) return;
      child.off('message', onMessage);
      done(message as T);
    };
    child.on('message', onMessage);
    child.send(command);
  });
}

async function startClients(): Promise<ChildProcess[]> {
  return Promise.all(
    Array.from({ length: CLIENTS }, () => {
      const child = fork(join(import.meta.dirname, 'relay-bench-client.ts'), [], { execArgv: ['--import', 'tsx'] });
      return new Promise<ChildProcess>((done) => child.once('message', () => done(child)));
    }),
  );
}

type PhaseResult = { sent: number; latencies: number[] };
async function runPhase(clients: ChildProcess[], pid: number, spreadMs: number) {
  const cpuBefore = cpuSeconds(pid);
  const started = Date.now();
  const results = await Promise.all(clients.map((c) => ask<PhaseResult>(c, { t: 'phase', spreadMs, timeoutMs: 30_000 }, 'phase-done')));
  const wallSeconds = (Date.now() - started) / 1000;
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const sent = results.reduce((sum, r) => sum + r.sent, 0);
  return {
    statuses: sent,
    received: latencies.length,
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? NaN),
    wallSeconds: round(wallSeconds),
    relayCpuSeconds: round(cpuSeconds(pid) - cpuBefore, 2),
    relayCpuPercentOfOneCore: round(((cpuSeconds(pid) - cpuBefore) / wallSeconds) * 100),
  };
}

async function benchEngine(engine: 'sqlite' | 'redis') {
  let redis: RedisProcess | undefined;
  if (engine === 'redis') redis = await startRedis();
  const relay = await startRelay({ engine, redisUrl: redis?.url, env: { HEARTH_RELAY_IP_FRAMES_PER_MINUTE: String(1e9), HEARTH_RELAY_SOCKETS_PER_ADDRESS: String(1e9) } });
  const clients = await startClients();
  try {
    const rssIdle = rssMiB(relay.pid);
    const rooms = Array.from({ length: ROOMS }, () => ({ room: newId(), token: newId() }));
    const started = Date.now();
    const connected = await Promise.all(
      clients.map((c, i) =>
        ask<{ failed: number; sockets: number }>(c, { t: 'connect', url: relay.url, rooms: rooms.filter((_, r) => r % CLIENTS === i), concurrency: 50 }, 'connected'),
      ),
    );
    const connectSeconds = (Date.now() - started) / 1000;
    const sockets = connected.reduce((sum, c) => sum + c.sockets, 0);
    await new Promise((done) => setTimeout(done, 2000));
    const rssFull = rssMiB(relay.pid);
    progress(`${engine}: ${sockets} sockets open after ${round(connectSeconds)} s; steady phase`);
    const steady = await runPhase(clients, relay.pid, STEADY_MS);
    progress(`${engine}: steady p99 ${steady.p99Ms} ms; burst phase`);
    const burst = await runPhase(clients, relay.pid, BURST_MS);
    const relayStats = relay
      .logs()
      .split('\n')
      .filter((line) => line.includes('"event":"stats"'));
    return {
      engine,
      /** The relay's own minute lines: sockets, counts and its event-loop delay p99. */
      relayStats,
      rooms: ROOMS,
      sockets,
      failedRooms: connected.reduce((sum, c) => sum + c.failed, 0),
      connectSeconds: round(connectSeconds),
      relayRssIdleMiB: round(rssIdle),
      relayRssFullMiB: round(rssFull),
      kibPerSocket: round(((rssFull - rssIdle) * 1024) / sockets, 2),
      steady,
      burst,
    };
  } finally {
    for (const client of clients) client.send({ t: 'close' } satisfies ClientCommand);
    await relay.stop();
    await redis?.stop();
  }
}

const results = [];
for (const engine of ENGINES) results.push(await benchEngine(engine));
console.log(
  JSON.stringify(
    {
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      loadAverage: loadavg().map((x) => round(x, 2)),
      openFileLimit,
      wantedRooms: WANTED_ROOMS,
      steadyMs: STEADY_MS,
      burstMs: BURST_MS,
      clientProcesses: CLIENTS,
      results,
    },
    null,
    2,
  ),
);
