import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFailure, STORAGE_FAILURE } from './storage-failure';

describe('isStorageFailure', () => {
  it('recognises what Dexie throws when the database cannot open, and what the background relays', async () => {
    // An IndexedDB that refuses to open, as Chromium's does when the profile's database files are unusable.
    const refusing = {
      open() {
        const request = { error: new DOMException('Internal error opening backing store', 'UnknownError') } as Record<string, unknown>;
        setTimeout(() => (request.onerror as (event: unknown) => void)?.({ target: request, preventDefault() {}, stopPropagation() {} }));
        return request;
      },
    };
    const db = new Dexie('refused', { indexedDB: refusing as unknown as IDBFactory, IDBKeyRange });
    db.version(1).stores({ x: 'id' });
    const failure = await db.open().catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'UnknownError' });
    expect(isStorageFailure(failure)).toBe(true);
    expect(isStorageFailure(new Dexie.MissingAPIError())).toBe(true);
    expect(isStorageFailure(new Error(`Could not establish connection: ${STORAGE_FAILURE}`))).toBe(true);
    expect(isStorageFailure({ name: 'OpenFailedError', inner: { name: 'UnknownError' } })).toBe(true);
  });

  it('leaves every other error alone', () => {
    expect(isStorageFailure(new TypeError('x is undefined'))).toBe(false);
    expect(isStorageFailure(new Error('The message port closed before a response was received.'))).toBe(false);
    expect(isStorageFailure(undefined)).toBe(false);
    expect(isStorageFailure('UnknownError')).toBe(false);
  });
});
