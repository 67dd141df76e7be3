import type { HearthDb } from './hearth-db';

/**
 * One kind of settings kept under `key` in the settings table. Both ways go through `parse`, so what
 * is stored is always clean and what is read back from an older or damaged record falls back to
 * the defaults the parser gives.
 */
export function settingsStore<T>(key: string, parse: (value: unknown) => T) {
  return {
    key,
    parse,
    load: async (db: HearthDb): Promise<T> => parse((await db.settings.get(key))?.value),
    save: async (db: HearthDb, settings: unknown): Promise<T> => {
      const clean = parse(settings);
      await db.settings.put({ key, value: clean });
      return clean;
    },
  };
}
