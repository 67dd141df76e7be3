/** Everything the relay reads from its environment, parsed once at start (README, "The relay"). */
export type RelayConfig = {
  port: number;
  host: string;
  /** SQLite file of the embedded engine; unused when `redisUrl` is set. */
  dbPath: string;
  redisUrl: string | undefined;
  /** Behind a TLS proxy every socket comes from the proxy: then the per-IP limits read X-Forwarded-For. */
  trustProxy: boolean;
  limits: RelayLimits;
};

export type RelayLimits = {
  socketsPerRoom: number;
  /** Open sockets one client address (an IPv6 /64) may hold at once, so one host cannot hold the process's memory. */
  socketsPerAddress: number;
  /** Frames per minute (a minute's worth may come as a burst). */
  roomFramesPerMinute: number;
  ipFramesPerMinute: number;
  pairWritesPerIpPerHour: number;
  statusTtlSeconds: number;
  slotTtlSeconds: number;
  /** A room nobody has said hello to for this long is deleted: both browsers stopped using it long ago. */
  roomTtlSeconds: number;
  logMaxEntries: number;
  logMaxBytes: number;
  logMaxAgeSeconds: number;
};

export const DEFAULT_LIMITS: RelayLimits = {
  socketsPerRoom: 4,
  socketsPerAddress: 256,
  roomFramesPerMinute: 120,
  ipFramesPerMinute: 600,
  pairWritesPerIpPerHour: 20,
  statusTtlSeconds: 15 * 60,
  slotTtlSeconds: 24 * 60 * 60,
  roomTtlSeconds: 365 * 24 * 60 * 60,
  logMaxEntries: 500,
  logMaxBytes: 2 * 1024 * 1024,
  logMaxAgeSeconds: 30 * 24 * 60 * 60,
};

const LIMIT_VARIABLES: Record<keyof RelayLimits, string> = {
  socketsPerRoom: 'HEARTH_RELAY_SOCKETS_PER_ROOM',
  socketsPerAddress: 'HEARTH_RELAY_SOCKETS_PER_ADDRESS',
  roomFramesPerMinute: 'HEARTH_RELAY_ROOM_FRAMES_PER_MINUTE',
  ipFramesPerMinute: 'HEARTH_RELAY_IP_FRAMES_PER_MINUTE',
  pairWritesPerIpPerHour: 'HEARTH_RELAY_PAIR_WRITES_PER_IP_PER_HOUR',
  statusTtlSeconds: 'HEARTH_RELAY_STATUS_TTL_SECONDS',
  slotTtlSeconds: 'HEARTH_RELAY_SLOT_TTL_SECONDS',
  roomTtlSeconds: 'HEARTH_RELAY_ROOM_TTL_SECONDS',
  logMaxEntries: 'HEARTH_RELAY_LOG_MAX_ENTRIES',
  logMaxBytes: 'HEARTH_RELAY_LOG_MAX_BYTES',
  logMaxAgeSeconds: 'HEARTH_RELAY_LOG_MAX_AGE_SECONDS',
};

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  }
  return value;
}

/** Throws a message naming the variable on any bad value, so a typo never starts a half-configured relay. */
export function readConfig(env: NodeJS.ProcessEnv): RelayConfig {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof RelayLimits)[]) {
    limits[key] = positiveInteger(env, LIMIT_VARIABLES[key], DEFAULT_LIMITS[key]);
  }
  return {
    port: positiveInteger(env, 'PORT', 8787, 0),
    host: env.HOST || '127.0.0.1',
    dbPath: env.HEARTH_RELAY_DB || './hearth-relay.sqlite',
    redisUrl: env.REDIS_URL || undefined,
    trustProxy: env.HEARTH_RELAY_TRUST_PROXY === '1',
    limits,
  };
}
