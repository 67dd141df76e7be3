import type { HearthDb } from '@/utils/db/hearth-db';
import type { StretchReply, StretchStatus } from '@/utils/messages';
import { isStretchLevel, levelOn, loadStretchSettings, STRETCH_KEY, storedStretchLevels, withStretchLevel } from '@/utils/status/stretch-levels';
import type { Clock } from './clock';
import type { MessageRouter } from './message-router';
import { householdToday } from './own-shared';
import { noteStretchedRun } from './stretch-notes';

/**
 * "How stretched today" (issue #10): the popup asks once a day when the person opted in; the
 * third stretched day in a row brings a gentle note, never an alarm, and only once per run.
 * `onSet` hears each answer, so it can go to the partner when both share it.
 */
export function setupStretchMessages(db: HearthDb, router: MessageRouter, clock: Clock, onSet: () => void) {
  router.handle('stretch:status', async (): Promise<StretchStatus | null> => {
    const today = await householdToday(db, clock.now());
    if (!today) return null;
    const [settings, stored] = await Promise.all([loadStretchSettings(db), db.settings.get(STRETCH_KEY)]);
    return { enabled: settings.enabled, today: levelOn(storedStretchLevels(stored?.value), today) };
  });
  router.handle('stretch:set', async ({ level }): Promise<StretchReply> => {
    if (!isStretchLevel(level)) return { ok: false, key: 'stretchInvalid' };
    const today = await householdToday(db, clock.now());
    if (!today) return { ok: false, key: 'stretchInvalid' };
    // Read and write in one transaction, so two quick taps cannot drop each other's answer.
    const after = await db.transaction('rw', db.settings, async () => {
      const next = withStretchLevel(storedStretchLevels((await db.settings.get(STRETCH_KEY))?.value), today, level);
      await db.settings.put({ key: STRETCH_KEY, value: next });
      return next;
    });
    onSet();
    await noteStretchedRun(db, 'mine', after, today);
    return { ok: true };
  });
}
