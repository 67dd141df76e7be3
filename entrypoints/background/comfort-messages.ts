import type { HearthDb } from '@/utils/db/hearth-db';
import { saveComfortSettings } from '@/utils/comforts/comfort-store';
import type { MessageRouter } from './message-router';

/** A changed comfort setting takes effect at once: the guard's refresh runs the comforts again. */
export function setupComfortMessages(db: HearthDb, router: MessageRouter, refresh: () => Promise<void>) {
  router.handle('comforts:settings', async ({ settings }) => {
    const saved = await saveComfortSettings(db, settings);
    await refresh();
    return saved;
  });
}
