import type { HearthDb } from '../db/hearth-db';
import type { LinkRecord } from './link-record';
import { isFrame, type RelayConnection } from './relay-connection';

/**
 * A room this browser unpaired from while the relay could not be reached. The link itself is gone
 * at once (keys, everything received); only the room's address and token wait here until the
 * relay deletes it, so the partner learns of it too. The one request an unlinked Hearth still makes.
 */
export const PENDING_DELETE_KEY = 'link:pendingDelete';
export type PendingDelete = Pick<LinkRecord, 'relayUrl' | 'room' | 'token' | 'role'> & {
  /** When the unpair happened (epoch ms); absent in what was saved before Hearth kept it. */
  since?: number;
};

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Every minute at first, as an unpair usually meets a relay that is down for minutes, not days. */
export const FIRST_HOUR_PERIOD_MINUTES = 1;
/** Then hourly: a relay down for longer is not worth waking the browser every minute for. */
export const LATER_PERIOD_MINUTES = 60;
/**
 * A relay that has not answered for 30 days is taken as gone for good: Hearth stops asking and
 * forgets the room's address and token, which open nothing without the keys deleted at the unpair.
 */
export const GIVE_UP_AFTER_MS = 30 * DAY_MS;

/** How often to try again, in minutes, for a room unpaired at `since`; null: stop and forget it. */
export function pendingDeletePeriod(since: number, now: number): number | null {
  const waited = now - since;
  if (waited >= GIVE_UP_AFTER_MS) return null;
  return waited < 60 * MINUTE_MS ? FIRST_HOUR_PERIOD_MINUTES : LATER_PERIOD_MINUTES;
}

export async function loadPendingDelete(db: HearthDb): Promise<PendingDelete | null> {
  const value = (await db.settings.get(PENDING_DELETE_KEY))?.value as PendingDelete | undefined;
  if (!value || typeof value.room !== 'string' || typeof value.token !== 'string' || typeof value.relayUrl !== 'string') return null;
  return { relayUrl: value.relayUrl, room: value.room, token: value.token, role: value.role, ...(Number.isFinite(value.since) ? { since: value.since } : {}) };
}

export const savePendingDelete = (db: HearthDb, pending: PendingDelete) => db.settings.put({ key: PENDING_DELETE_KEY, value: pending });

/** True once the room is gone (deleted now, or already: the relay's `denied`). */
export async function deleteRoom(connect: (url: string) => Promise<RelayConnection>, pending: PendingDelete): Promise<boolean> {
  let connection: RelayConnection;
  try {
    connection = await connect(pending.relayUrl);
  } catch {
    return false;
  }
  try {
    const welcome = connection.next(isFrame('welcome', 'error'));
    connection.send({ t: 'hello', v: 1, room: pending.room, token: pending.token, role: pending.role, after: 0 });
    const answer = await welcome;
    if (answer.t === 'error') return answer.code === 'denied';
    const gone = connection.next(isFrame('gone'));
    connection.send({ t: 'delete' });
    await gone;
    return true;
  } catch {
    return false;
  } finally {
    connection.close();
  }
}

/**
 * One more try to delete the room an unpair left on the relay. Returns how often to try again (in
 * minutes), or null when nothing waits any more: deleted, or given up after GIVE_UP_AFTER_MS.
 * A record from before `since` was kept starts its count now.
 */
export async function retryPendingDelete(db: HearthDb, connect: (url: string) => Promise<RelayConnection>, now: number): Promise<number | null> {
  const pending = await loadPendingDelete(db);
  if (!pending) return null;
  const since = pending.since ?? now;
  const period = (await deleteRoom(connect, pending)) ? null : pendingDeletePeriod(since, now);
  if (period === null) await db.settings.delete(PENDING_DELETE_KEY);
  else if (pending.since === undefined) await savePendingDelete(db, { ...pending, since });
  return period;
}

