import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';

/**
 * The relay and a Redis server as real child processes, for the relay's own tests, the extension's
 * end-to-end tests and the benchmark. Everything listens on 127.0.0.1 at a random port.
 */
const ROOT = resolve(import.meta.dirname, '../..');
export const REDIS_SERVER = process.env.HEARTH_REDIS_SERVER ?? '/usr/bin/redis-server';
const START_TIMEOUT_MS = 20_000;

export interface RelayOptions {
  engine: 'sqlite' | 'redis';
  /** SQLite file; a fresh one in a temp dir unless given (give the same one to restart on it). */
  dbPath?: string;
  /** Required for the Redis engine: `startRedis().url`. */
  redisUrl?: string;
  /** More environment, e.g. limits (`HEARTH_RELAY_SOCKETS_PER_ROOM`...). */
  env?: Record<string, string>;
}

export interface RelayProcess {
  /** ws://127.0.0.1:PORT/v1 */
  url: string;
  httpUrl: string;
  port: number;
  pid: number;
  /** The SQLite file in use (undefined for Redis). */
  dbPath: string | undefined;
  /** Everything the relay wrote to stdout and stderr so far. */
  logs: () => string;
  logFile: string;
  /** SIGTERM, waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, waits for the exit: no chance to flush anything. */
  kill9(): Promise<void>;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((done) => child.once('exit', () => done()));

function watchOutput(child: ChildProcess, logFile: string, ready: RegExp, name: string): Promise<{ logs: () => string; match: RegExpMatchArray }> {
  let text = '';
  const logs = () => text;
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${name} did not start within ${START_TIMEOUT_MS} ms; its output:\n${text}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      appendFileSync(logFile, chunk);
      const match = text.match(ready);
      if (match) {
        clearTimeout(timer);
        done({ logs, match });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`${name} exited (${code ?? signal}) before it was ready; its output:\n${text}`));
    });
  });
}

export async function startRelay(options: RelayOptions): Promise<RelayProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-relay-'));
  const dbPath = options.engine === 'sqlite' ? (options.dbPath ?? join(dir, 'relay.sqlite')) : undefined;
  if (options.engine === 'redis' && !options.redisUrl) throw new Error('startRelay: the redis engine needs redisUrl (from startRedis())');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', ...options.env };
  delete env.REDIS_URL;
  if (dbPath) env.HEARTH_RELAY_DB = dbPath;
  if (options.redisUrl) env.REDIS_URL = options.redisUrl;
  const logFile = join(dir, 'relay.log');
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'relay/main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const { logs, match } = await watchOutput(child, logFile, /"event":"listening"[^\n]*"port":(\d+)/, 'The relay');
  const port = Number(match[1]);
  return {
    url: `ws://127.0.0.1:${port}/v1`,
    httpUrl: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? 0,
    dbPath,
    logs,
    logFile,
    async stop() {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited(child);
      clearTimeout(killer);
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

export interface RedisProcess {
  /** redis://127.0.0.1:PORT */
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
  /** Every key with its type and full value, one per line: what an auditor would find in Redis. */
  dump(): Promise<string>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export async function startRedis(): Promise<RedisProcess> {
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(`redis-server not found at ${REDIS_SERVER}; install it with: apt-get install -y redis-server`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'hearth-redis-'));
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no'];
  const child = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await watchOutput(child, join(dir, 'redis.log'), /Ready to accept connections/, 'redis-server');
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    port,
    dir,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(dir, { recursive: true, force: true });
    },
    async dump() {
      const redis = new Redis(url);
      try {
        const lines: string[] = [];
        for await (const keys of redis.scanStream({ count: 1000 }) as AsyncIterable<string[]>) {
          for (const key of keys) lines.push(`${key} ${await redis.type(key)} ${JSON.stringify(await valueOf(redis, key))}`);
        }
        return lines.sort().join('\n');
      } finally {
        redis.disconnect();
      }
    },
  };
}

async function valueOf(redis: Redis, key: string): Promise<unknown> {
  switch (await redis.type(key)) {
    case 'string': return redis.get(key);
    case 'list': return redis.lrange(key, 0, -1);
    case 'hash': return redis.hgetall(key);
    case 'set': return redis.smembers(key);
    case 'zset': return redis.zrange(key, 0, -1, 'WITHSCORES');
    case 'stream': return redis.xrange(key, '-', '+');
    default: return null;
  }
}
