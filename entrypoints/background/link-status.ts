import type { HearthDb } from '@/utils/db/hearth-db';
import { loadLink } from '@/utils/link/link-store';
import { sharedStatus, type SharedStatus } from '@/utils/link/shared-status';
import { effectiveSharing, storedSharing } from '@/utils/link/sharing';
import type { SharingPreviewReply } from '@/utils/messages';
import { loadPopupStatus } from './popup-messages';

/** The very object the partner would receive now: the popup's own status, cut to what both share. */
export async function ownSharedStatus(db: HearthDb, now: number): Promise<SharedStatus | null> {
  return (await sharingPreview(db, now))?.status ?? null;
}

/** The same object with the household's zone, for "What my partner sees" on the options page. */
export async function sharingPreview(db: HearthDb, now: number): Promise<SharingPreviewReply> {
  const [status, link] = await Promise.all([loadPopupStatus(db, now), loadLink(db)]);
  // Until this browser knows whose it is, there is no "me" to share.
  if (!status || !link || 'whose' in status) return null;
  const theirs = link.theirSharing === null ? null : storedSharing(link.theirSharing);
  return { status: sharedStatus(status, effectiveSharing(storedSharing(link.mySharing), theirs), now), timeZone: status.timeZone };
}
