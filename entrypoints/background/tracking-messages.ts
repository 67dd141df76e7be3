import type { HearthDb } from '@/utils/db/hearth-db';
import { saveTrackingSettings } from '@/utils/tracking/tracking-store';
import type { MessageRouter } from './message-router';
import type { setupTracker } from './tracker';

export function setupTrackingMessages(db: HearthDb, router: MessageRouter, tracker: ReturnType<typeof setupTracker>) {
  router.handle('tracking:settings', async ({ settings }) => {
    const saved = await saveTrackingSettings(db, settings);
    tracker.applySettings(saved.idleSeconds);
    await tracker.observe();
    return saved;
  });
}
