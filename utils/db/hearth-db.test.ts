import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { HearthDb } from './hearth-db';
import { SCHEMA_VERSIONS } from './schema-versions';
import { V1_FIXTURE } from './versions/v1.fixture';
import { V3_FIXTURE } from './versions/v3.fixture';
import { V5_FIXTURE } from './versions/v5.fixture';
import { parseAgreement } from '../agreement/parse-agreement';
import { AGREEMENT_VERSION } from '../agreement/agreement-schema';

const names: string[] = [];
const freshName = () => {
  const name = `hearth-test-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('the Hearth database', () => {
  it('declares versions in ascending order, each a new file', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('walks every migration from the first version with its fixture and keeps all data', async () => {
    // The upgrade runs on 20 May 2027, long after the fixture's agreement took effect (1 Nov 2026).
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2027-05-20T10:00:00Z') });
    const name = freshName();
    const first = new HearthDb(name, SCHEMA_VERSIONS.slice(0, 1));
    await first.open();
    await first.agreementRevisions.bulkAdd(V1_FIXTURE.agreementRevisions);
    await first.overrides.bulkAdd(V1_FIXTURE.overrides);
    first.close();

    for (let step = 2; step <= SCHEMA_VERSIONS.length; step++) {
      const db = new HearthDb(name, SCHEMA_VERSIONS.slice(0, step));
      await db.open();
      if (db.verno === 5) await db.settings.put(V5_FIXTURE.ritualMarks);
      db.close();
    }

    const latest = new HearthDb(name);
    await latest.open();
    expect(latest.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    // v2 added the activity table, empty and queryable by its indexes.
    expect(await latest.intervals.where('end').above(0).count()).toBe(0);
    expect(await latest.agreementRevisions.count()).toBe(V1_FIXTURE.agreementRevisions.length);
    // v4 brought every stored agreement to the current format; each still validates.
    for (const revision of await latest.agreementRevisions.toArray()) {
      expect(revision.agreement.version).toBe(AGREEMENT_VERSION);
      const parsed = parseAgreement(revision.agreement);
      expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      // Its first review comes after the upgrade: not due the day it runs, though no review was ever held.
      expect(revision.agreement.reviewRhythm).toEqual({ everyMonths: 3, from: '2027-07-01' });
    }
    // v5 added the proposals table, empty and ordered by when each was sent.
    expect(await latest.proposals.orderBy('sentAt').count()).toBe(0);
    // v6 moved the ritual marks' list into their own table: every whole mark, the first of an
    // occurrence listed twice (as the list was read), none of the malformed; the list is gone.
    const [breakfast, walk] = V5_FIXTURE.ritualMarks.value;
    expect(await latest.ritualMarks.orderBy('start').toArray()).toEqual([breakfast, walk]);
    expect(await latest.settings.get('ritualMarks')).toBeUndefined();
    expect(await latest.overrides.toArray()).toEqual(V1_FIXTURE.overrides.map((record, index) => ({ ...record, id: index + 1 })));
    latest.close();
  });

  it('keeps the link with its non-extractable keys, the outbox in order and received thank-yous', async () => {
    const name = freshName();
    const db = new HearthDb(name);
    await db.open();
    const key = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const [sendKey, receiveKey] = await Promise.all([key(), key()]);
    await db.link.put({
      id: 'current', role: 'a', room: 'r'.repeat(43), token: 't'.repeat(43), epoch: 1, sendKey, receiveKey,
      sendCounter: 3, lastReceived: 2, lastStatusCounter: -1, lastSeq: 5, relayUrl: 'ws://127.0.0.1:8787/v1', pairedAt: 1, mySharing: {}, theirSharing: {}, partnerStatus: null, partnerStatusAt: null,
    });
    await db.outbox.bulkAdd([...V3_FIXTURE.outbox, { ...V3_FIXTURE.outbox[0]!, clientId: 'c2Vjb25kLW9uZQ' }]);
    await db.thanks.bulkAdd(V3_FIXTURE.thanks);
    db.close();

    const reopened = new HearthDb(name);
    const link = await reopened.link.get('current');
    expect(link?.sendKey).toBeInstanceOf(CryptoKey);
    expect(link?.sendKey.extractable).toBe(false);
    expect((await reopened.outbox.orderBy('id').toArray()).map((entry) => entry.clientId)).toEqual(['c2VudC1vZmZsaW5l', 'c2Vjb25kLW9uZQ']);
    expect(await reopened.thanks.where('receivedAt').above(0).toArray()).toEqual([{ ...V3_FIXTURE.thanks[0]!, id: 1 }]);
    reopened.close();
  });
});
