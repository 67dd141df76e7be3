import * as v from 'valibot';
import type { HearthDb } from '../db/hearth-db';
import { storedStretchLevels, withStretchLevel, type StretchEntry } from '../status/stretch-levels';
import { SharedCheckIn, type SharedStretch } from './shared-check-in';
import { effectiveSharing, storedSharing, type EffectiveSharing, type SharingChoices } from './sharing';
import type { LinkRecord } from './link-record';

/** What the partner shared of their check-ins and "how stretched", kept in the settings table. */
const CHECK_IN_PREFIX = 'partnerCheckIn:';
export const partnerCheckInKey = (weekStart: number) => `${CHECK_IN_PREFIX}${weekStart}`;
export const PARTNER_STRETCH_KEY = 'partnerStretch';

/** What flows both ways now, as the link record says (nothing before the partner's choices arrive). */
export function linkSharing(link: LinkRecord, { ignorePause = false } = {}): EffectiveSharing {
  const unpaused = (choices: SharingChoices) => (ignorePause ? { ...choices, paused: false } : choices);
  return effectiveSharing(unpaused(storedSharing(link.mySharing)), link.theirSharing === null ? null : unpaused(storedSharing(link.theirSharing)));
}

export function storedPartnerCheckIn(value: unknown): SharedCheckIn | null {
  const parsed = v.safeParse(SharedCheckIn, value);
  return parsed.success ? parsed.output : null;
}

export async function savePartnerCheckIn(db: HearthDb, checkIn: SharedCheckIn): Promise<void> {
  await db.settings.put({ key: partnerCheckInKey(checkIn.weekStart), value: checkIn });
}

/** The partner's answers merged into what was kept (one a day, the latest winning), read and written at once. */
export function savePartnerStretch(db: HearthDb, stretch: SharedStretch): Promise<StretchEntry[]> {
  return db.transaction('rw', db.settings, async () => {
    const next = withStretchLevel(storedStretchLevels((await db.settings.get(PARTNER_STRETCH_KEY))?.value), stretch.date, stretch.level);
    await db.settings.put({ key: PARTNER_STRETCH_KEY, value: next });
    return next;
  });
}

/**
 * What the partner no longer shares is not kept: once either of us turns check-ins or stretch off,
 * or we unpair (`null`), what they shared of it is deleted here. Pass the choices with pauses
 * ignored: a pause hides what was shared while it lasts, it does not take it back.
 */
export async function forgetUnshared(db: HearthDb, sharing: EffectiveSharing | null): Promise<void> {
  if (!sharing?.checkIn) await db.settings.where('key').startsWith(CHECK_IN_PREFIX).delete();
  if (!sharing?.stretch) await db.settings.delete(PARTNER_STRETCH_KEY);
}
