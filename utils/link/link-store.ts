import type { HearthDb } from '../db/hearth-db';
import { newClientId } from './client-id';
import { sealEnvelope } from './envelope';
import type { LinkRecord } from './link-record';
import { PARTNER_PLANS_KEY } from '../plans/plan-store';
import { forgetUnshared } from './partner-shared';
import { AGREEMENT_TOLD_KEY, PARTNER_AGREEMENT_KEY } from './partner-agreement';

export const loadLink = (db: HearthDb): Promise<LinkRecord | undefined> => db.link.get('current');

/**
 * Unpaired: the keys, the outbox, the partner's status and sharing, every thank-you received and
 * every open proposal (there is no one left to answer it), the partner's plans, the agreement their
 * browser told, and what they shared of check-ins and stretch go together, in one transaction, so
 * no half-linked state is ever left behind. The agreement stays as last accepted.
 */
export async function forgetLink(db: HearthDb): Promise<void> {
  await db.transaction('rw', [db.link, db.outbox, db.thanks, db.proposals, db.settings], async () => {
    await Promise.all([
      db.link.clear(),
      db.outbox.clear(),
      db.thanks.clear(),
      db.proposals.clear(),
      db.settings.delete(PARTNER_PLANS_KEY),
      db.settings.bulkDelete([PARTNER_AGREEMENT_KEY, AGREEMENT_TOLD_KEY]),
      forgetUnshared(db, null),
    ]);
  });
}

/**
 * Seals one message with the next counter and keeps it in the outbox until the relay acknowledges
 * it. The caller runs one seal at a time (the background's queue): sealing is WebCrypto, which
 * cannot run inside a Dexie transaction, so the counter is read before and written after.
 */
export async function enqueue(db: HearthDb, kind: string, payload: unknown, now: number): Promise<boolean> {
  const link = await loadLink(db);
  if (!link) return false;
  const counter = link.sendCounter + 1;
  const envelope = await sealEnvelope({ key: link.sendKey, room: link.room, epoch: link.epoch, sender: link.role, counter, kind, payload });
  await db.transaction('rw', db.link, db.outbox, async () => {
    // Unpaired while sealing: the message has nowhere to go.
    if (!(await db.link.get('current'))) return;
    await db.link.update('current', { sendCounter: counter });
    await db.outbox.add({ clientId: newClientId(), envelope, createdAt: now });
  });
  return true;
}

/** A status is not kept for later: only the latest counts, so it is sealed when it is sent. */
export async function sealStatus(db: HearthDb, payload: unknown): Promise<string | null> {
  const link = await loadLink(db);
  if (!link) return null;
  const counter = link.sendCounter + 1;
  const envelope = await sealEnvelope({ key: link.sendKey, room: link.room, epoch: link.epoch, sender: link.role, counter, kind: 'status', payload });
  await db.link.update('current', { sendCounter: counter });
  return envelope;
}
