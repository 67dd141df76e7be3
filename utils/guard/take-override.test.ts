import { beforeEach, describe, expect, it } from 'vitest';
import { saveAgreement } from '../agreement/agreement-store';
import { freshDb } from '../db/fresh-db';
import type { HearthDb } from '../db/hearth-db';
import { agreementIn, at } from '../schedule/agreement-fixture';
import { takeOverride } from './take-override';

const EVENINGS = { id: 'evenings', label: 'Family evenings', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '19:00', end: '23:00', mode: 'dim' };
// Wednesday 2 December 2026, 20:00 in Berlin: inside the evening zone.
const IN_ZONE = at('2026-12-02T20:00:00+01:00');
const SITE = 'https://mail.example.com/inbox';
let db: HearthDb;

beforeEach(async () => {
  db = await freshDb('take-override');
  const agreement = { ...agreementIn('Europe/Berlin', { zones: [EVENINGS] }), workSites: [{ pattern: '*://mail.example.com/*', category: 'email', label: 'Mail' }] };
  const saved = await saveAgreement(db, agreement, at('2026-11-01T00:00:00Z'), 'edit');
  expect(saved.ok).toBe(true);
});

const take = (now: number, url = SITE) => takeOverride(db, { minutes: 15, reason: 'the server is down', url }, now);

describe('taking an override', () => {
  it('records a granted one with its site, reason and the zone it was taken in', async () => {
    expect(await take(IN_ZONE)).toEqual({ ok: true, end: IN_ZONE + 15 * 60_000 });
    const [kept] = await db.overrides.toArray();
    expect(kept).toMatchObject({ start: IN_ZONE, end: IN_ZONE + 15 * 60_000, minutes: 15, reason: 'the server is down', site: 'mail.example.com' });
    expect(kept!.sources.map((source) => source.id)).toEqual(['evenings']);
  });

  it('gives the last one of the week to one of two requests made at once, never to both', async () => {
    await take(IN_ZONE - 60 * 60_000);
    await take(IN_ZONE - 30 * 60_000);
    const replies = await Promise.all([take(IN_ZONE), take(IN_ZONE + 1)]);
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    expect(replies.find((reply) => !reply.ok)).toEqual({ ok: false, key: 'overrideWeeklyLimit', substitutions: ['3'] });
    expect(await db.overrides.count()).toBe(3);
  });

  it("counts only this household week's: a new week starts with the whole allowance", async () => {
    for (const minutes of [0, 1, 2]) await take(IN_ZONE + minutes * 60_000);
    expect((await take(IN_ZONE + 3 * 60_000)).ok).toBe(false);
    // Monday 7 December, 20:00 Berlin: the next week.
    expect((await take(at('2026-12-07T20:00:00+01:00'))).ok).toBe(true);
  });

  it('refuses, and records nothing, for a page that is not a work site or outside any zone', async () => {
    expect(await take(IN_ZONE, 'https://news.example.org/')).toEqual({ ok: false, key: 'overrideNotGuarded' });
    expect(await take(at('2026-12-02T12:00:00+01:00'))).toEqual({ ok: false, key: 'overrideNotGuarded' });
    expect(await take(IN_ZONE, 'not a url')).toEqual({ ok: false, key: 'overrideNotGuarded' });
    expect(await db.overrides.count()).toBe(0);
  });
});
