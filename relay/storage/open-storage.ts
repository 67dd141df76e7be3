import type { RelayConfig } from '../config';
import { openRedisStorage } from './redis-storage';
import { openSqliteStorage } from './sqlite-storage';
import type { RelayStorage } from './storage';

/** `REDIS_URL` selects Redis; otherwise the embedded SQLite file. */
export async function openStorage(config: RelayConfig): Promise<RelayStorage> {
  return config.redisUrl ? openRedisStorage(config.redisUrl, config.limits) : openSqliteStorage(config.dbPath, config.limits);
}
