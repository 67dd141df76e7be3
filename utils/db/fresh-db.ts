import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { HearthDb } from './hearth-db';

/**
 * Test support: a database of its own for one test (fake-indexeddb), opened now, closed and deleted
 * after the test, so no test reads another's records. Vitest runs each test file with its own copy
 * of this module, so the hook below belongs to the file that imports it.
 */
const made: HearthDb[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((db) => (db.close(), Dexie.delete(db.name))));
});

export async function freshDb(label: string): Promise<HearthDb> {
  const db = new HearthDb(`${label}-${made.length}-${Math.random()}`);
  made.push(db);
  await db.open();
  return db;
}
