import type { HearthDb } from '@/utils/db/hearth-db';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import type { GuardPlan } from '@/utils/guard/guard-plan';
import { loadComfortSettings } from '@/utils/comforts/comfort-store';
import { notificationMutePatterns } from '@/utils/comforts/notification-mute';
import { applyNotificationMute } from './notification-mute';
import { applyTabParking } from './tab-parking';

/**
 * The comforts around a zone (issue #4), run after every guard re-derivation: the guard decides
 * what is guarding, these follow. Each is logged on its own so one failing does not stop the other.
 */
export function comfortsAfterGuard(db: HearthDb) {
  return async (plan: GuardPlan, agreement: Agreement | undefined): Promise<void> => {
    const settings = await loadComfortSettings(db);
    const patterns = settings.muteNotifications ? notificationMutePatterns(plan, agreement?.workSites ?? []) : [];
    await applyNotificationMute(patterns).catch((error) => console.error('Hearth could not mute work-site notifications', error));
    await applyTabParking(db, plan, agreement, settings.parkTabs).catch((error) => console.error('Hearth could not park work tabs', error));
  };
}
