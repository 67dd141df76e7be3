import { t } from '@/components/i18n';
import { agreementInForceAt } from '@/utils/agreement/agreement-store';
import type { HearthDb } from '@/utils/db/hearth-db';
import type { StretchReply, StretchStatus } from '@/utils/messages';
import { wallTimeAt } from '@/utils/schedule/wall-clock';
import {
  endsStretchedRun,
  isStretchLevel,
  levelOn,
  loadStretchSettings,
  STRETCH_KEY,
  storedStretchLevels,
  withStretchLevel,
} from '@/utils/status/stretch-levels';
import type { Clock } from './clock';
import type { MessageRouter } from './message-router';

const ICON = '/notification-icon.png';

/**
 * "How stretched today" (issue #10): the popup asks once a day when the person opted in; the
 * third stretched day in a row brings a gentle note, never an alarm, and only once per run.
 */
export function setupStretchMessages(db: HearthDb, router: MessageRouter, clock: Clock) {
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
    const { before, after } = await db.transaction('rw', db.settings, async () => {
      const entries = storedStretchLevels((await db.settings.get(STRETCH_KEY))?.value);
      const next = withStretchLevel(entries, today, level);
      await db.settings.put({ key: STRETCH_KEY, value: next });
      return { before: entries, after: next };
    });
    if (endsStretchedRun(after, today) && !endsStretchedRun(before, today)) {
      await browser.notifications.create(`hearth-stretch:${today}`, { type: 'basic', iconUrl: browser.runtime.getURL(ICON), title: t('stretchNoteTitle'), message: t('stretchNoteMessage') });
    }
    return { ok: true };
  });
}

async function householdToday(db: HearthDb, now: number): Promise<string | null> {
  const agreement = (await agreementInForceAt(db, now))?.agreement;
  return agreement ? wallTimeAt(now, agreement.household.timeZone).date : null;
}
