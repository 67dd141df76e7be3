import type { HearthDb } from '../db/hearth-db';
import type { LinkRecord } from './link-record';
import { isFrame, type RelayConnection } from './relay-connection';

/**
 * A room this browser unpaired from while the relay could not be reached. The link itself is gone
 * at once (keys, everything received); only the room's address and token wait here until the
 * relay deletes it, so the partner learns of it too. The one request an unlinked Hearth still makes.
 */
export const PENDING_DELETE_KEY = 'link:pendingDelete';
export type PendingDelete = Pick<LinkRecord, 'relayUrl' | 'room' | 'token' | 'role'>;

export async function loadPendingDelete(db: HearthDb): Promise<PendingDelete | null> {
  const value = (await db.settings.get(PENDING_DELETE_KEY))?.value as PendingDelete | undefined;
  return value && typeof value.room === 'string' && typeof value.token === 'string' && typeof value.relayUrl === 'string' ? value : null;
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
