import type { HearthDb } from '@/utils/db/hearth-db';
import { loadLink } from '@/utils/link/link-store';
import { sharedStatus, type SharedStatus } from '@/utils/link/shared-status';
import { effectiveSharing, storedSharing, type EffectiveSharing } from '@/utils/link/sharing';
import type { SharingPreviewReply } from '@/utils/messages';
import { ownSharedCheckIn, ownSharedStretch } from './own-shared';
import { loadPopupStatus } from './popup-messages';

/** The very object the partner would receive now: the popup's own status, cut to what both share. */
export async function ownSharedStatus(db: HearthDb, now: number): Promise<SharedStatus | null> {
  return (await ownStatus(db, now))?.status ?? null;
}

async function ownStatus(db: HearthDb, now: number): Promise<{ status: SharedStatus; timeZone: string; sharing: EffectiveSharing } | null> {
  const [status, link] = await Promise.all([loadPopupStatus(db, now), loadLink(db)]);
  // Until this browser knows whose it is, there is no "me" to share.
  if (!status || !link || 'whose' in status) return null;
  const theirs = link.theirSharing === null ? null : storedSharing(link.theirSharing);
  const sharing = effectiveSharing(storedSharing(link.mySharing), theirs);
  return { status: sharedStatus(status, sharing, now), timeZone: status.timeZone, sharing };
}

/** The same object with the household's zone, for "What my partner sees" on the options page, and this week's check-in and today's stretch as they would go. */
export async function sharingPreview(db: HearthDb, now: number): Promise<SharingPreviewReply> {
  const own = await ownStatus(db, now);
  if (!own) return null;
  const [checkIn, stretch] = await Promise.all([ownSharedCheckIn(db, now, now, own.sharing), ownSharedStretch(db, now, own.sharing)]);
  return { status: own.status, timeZone: own.timeZone, checkIn, stretch };
}
