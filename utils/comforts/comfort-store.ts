import type { HearthDb } from '../db/hearth-db';
import { parseComfortSettings, type ComfortSettings } from './comfort-settings';

export const COMFORT_SETTINGS_KEY = 'comforts';

export async function loadComfortSettings(db: HearthDb): Promise<ComfortSettings> {
  return parseComfortSettings((await db.settings.get(COMFORT_SETTINGS_KEY))?.value);
}

export async function saveComfortSettings(db: HearthDb, settings: unknown): Promise<ComfortSettings> {
  const clean = parseComfortSettings(settings);
  await db.settings.put({ key: COMFORT_SETTINGS_KEY, value: clean });
  return clean;
}
