import type { HearthDb } from '../db/hearth-db';
import { newClientId } from './client-id';
import { sealEnvelope } from './envelope';
import type { LinkRecord } from './link-record';
import { PARTNER_PLANS_KEY } from '../plans/plan-store';
import { forgetUnshared } from './partner-shared';
import type { EffectiveSharing, ShareKind } from './sharing';
import { AGREEMENT_TOLD_KEY, PARTNER_AGREEMENT_KEY } from './partner-agreement';
import { AGREEMENT_TAKEN_KEY } from './agreement-taken';

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
      db.settings.bulkDelete([PARTNER_AGREEMENT_KEY, AGREEMENT_TOLD_KEY, AGREEMENT_TAKEN_KEY]),
      forgetUnshared(db, null),
    ]);
  });
}

/**
 * Takes the next send counter, read and written in one transaction, so two seals never share or
 * lower it: a status is sealed on a reconnect outside the background's queue, and a counter
 * written back from an older read would make the partner drop the next message as replayed. A
 * counter taken but never sent leaves a gap, which the partner accepts.
 */
async function takeCounter(db: HearthDb): Promise<{ link: LinkRecord; counter: number } | null> {
  return db.transaction('rw', db.link, async () => {
    const link = await loadLink(db);
    if (!link) return null;
    const counter = link.sendCounter + 1;
    await db.link.update('current', { sendCounter: counter });
    return { link, counter };
  });
}

/**
 * Seals one message with the next counter and keeps it in the outbox until the relay acknowledges
 * it. Sealing is WebCrypto, which cannot run inside a Dexie transaction, so the counter is taken
 * before and the message kept after; the caller runs one enqueue at a time (the background's
 * queue), so the outbox holds them in counter order.
 */
export async function enqueue(db: HearthDb, kind: string, payload: unknown, now: number): Promise<boolean> {
  const taken = await takeCounter(db);
  if (!taken) return false;
  const { link, counter } = taken;
  const envelope = await sealEnvelope({ key: link.sendKey, room: link.room, epoch: link.epoch, sender: link.role, counter, kind, payload });
  await db.transaction('rw', db.link, db.outbox, async () => {
    // Unpaired while sealing: the message has nowhere to go.
    if (!(await db.link.get('current'))) return;
    await db.outbox.add({ clientId: newClientId(), envelope, createdAt: now, kind });
  });
  return true;
}

/** A status is not kept for later: only the latest counts, so it is sealed when it is sent. */
export async function sealStatus(db: HearthDb, payload: unknown): Promise<string | null> {
  const taken = await takeCounter(db);
  if (!taken) return null;
  const { link, counter } = taken;
  return sealEnvelope({ key: link.sendKey, room: link.room, epoch: link.epoch, sender: link.role, counter, kind: 'status', payload });
}

/** The messages that go only while both share their kind (check-in-sharing.ts), by the choice that lets them. */
const SHARED_KINDS: Partial<Record<string, ShareKind>> = { checkIn: 'checkIn', stretch: 'stretch' };

/**
 * What waits in the outbox of a kind that no longer flows (turned off here, or paused) is not sent
 * after all: sealed while offline, it would otherwise reach the partner after the person said
 * stop. A message already on its way cannot be called back; the next one after a resume carries
 * the week as it stands.
 */
export async function dropUnshared(db: HearthDb, sharing: EffectiveSharing): Promise<number> {
  return db.transaction('rw', db.outbox, async () => {
    const stopped = (await db.outbox.toArray()).filter((entry) => {
      const gate = SHARED_KINDS[entry.kind ?? ''];
      return gate !== undefined && !sharing[gate];
    });
    await db.outbox.bulkDelete(stopped.map((entry) => entry.id!));
    return stopped.length;
  });
}

