import { DEFAULT_LIMITS, readConfig } from './config';

describe('readConfig', () => {
  test('defaults: loopback, port 8787, the SQLite file, the documented limits', () => {
    expect(readConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      dbPath: './hearth-relay.sqlite',
      redisUrl: undefined,
      trustProxy: false,
      limits: DEFAULT_LIMITS,
    });
    expect(DEFAULT_LIMITS).toMatchObject({ socketsPerRoom: 4, statusTtlSeconds: 900, roomTtlSeconds: 365 * 24 * 60 * 60, logMaxEntries: 500, logMaxBytes: 2 * 1024 * 1024 });
  });

  test('reads every variable', () => {
    const config = readConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      HEARTH_RELAY_DB: '/var/lib/hearth/relay.sqlite',
      REDIS_URL: 'redis://127.0.0.1:6379',
      HEARTH_RELAY_TRUST_PROXY: '1',
      HEARTH_RELAY_SOCKETS_PER_ROOM: '2',
      HEARTH_RELAY_STATUS_TTL_SECONDS: '60',
    });
    expect(config).toMatchObject({ port: 0, host: '0.0.0.0', dbPath: '/var/lib/hearth/relay.sqlite', redisUrl: 'redis://127.0.0.1:6379', trustProxy: true });
    expect(config.limits).toMatchObject({ socketsPerRoom: 2, statusTtlSeconds: 60, roomFramesPerMinute: 120 });
  });

  test('a bad value is refused, naming the variable and the value', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow('PORT must be an integer of at least 0, got "eighty"');
    expect(() => readConfig({ HEARTH_RELAY_SOCKETS_PER_ROOM: '0' })).toThrow('HEARTH_RELAY_SOCKETS_PER_ROOM must be an integer of at least 1, got "0"');
    expect(() => readConfig({ HEARTH_RELAY_LOG_MAX_BYTES: '1.5' })).toThrow('HEARTH_RELAY_LOG_MAX_BYTES');
  });
});
