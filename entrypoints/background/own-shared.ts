import { agreementInForceAt } from '@/utils/agreement/agreement-store';
import type { HearthDb } from '@/utils/db/hearth-db';
import { sharedCheckIn, sharedStretch, type SharedCheckIn, type SharedStretch } from '@/utils/link/shared-check-in';
import type { EffectiveSharing } from '@/utils/link/sharing';
import { WHOSE_UNKNOWN } from '@/utils/report/report-owner';
import { loadCheckIn, loadCheckInAnswers } from '@/utils/report/report-store';
import { wallTimeAt } from '@/utils/schedule/wall-clock';
import { STRETCH_KEY, storedStretchLevels } from '@/utils/status/stretch-levels';

/** The household's date now; null without an agreement. */
export async function householdToday(db: HearthDb, now: number): Promise<string | null> {
  const agreement = (await agreementInForceAt(db, now))?.agreement;
  return agreement ? wallTimeAt(now, agreement.household.timeZone).date : null;
}

/** My side of the check-in of the week holding `weekContaining`, as the partner would receive it; null when none would go. */
export async function ownSharedCheckIn(db: HearthDb, now: number, weekContaining: number, sharing: EffectiveSharing): Promise<SharedCheckIn | null> {
  if (sharing.paused || !sharing.checkIn) return null;
  const week = await loadCheckIn(db, now, weekContaining, browser.i18n.getUILanguage());
  if (!week || week === WHOSE_UNKNOWN) return null;
  const { answers } = await loadCheckInAnswers(db, week.report.weekStart, undefined);
  return sharedCheckIn(week, answers, sharing);
}

/** Today's "how stretched" as the partner would receive it; null when none would go. */
export async function ownSharedStretch(db: HearthDb, now: number, sharing: EffectiveSharing): Promise<SharedStretch | null> {
  const today = await householdToday(db, now);
  if (!today) return null;
  return sharedStretch(storedStretchLevels((await db.settings.get(STRETCH_KEY))?.value), today, sharing);
}
