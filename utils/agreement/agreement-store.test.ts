import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import type { HearthDb } from '../db/hearth-db';
import { agreementInForceAt, allRevisions, latestAgreement, revisionsInForceDuring, saveAgreement } from './agreement-store';
import { importAgreementText } from './adopt-agreement';

const example = JSON.parse(readFileSync(new URL('../../docs/agreement.example.json', import.meta.url), 'utf8'));
const at = (iso: string) => Date.parse(iso);
let db: HearthDb;

beforeEach(async () => {
  db = await freshDb('agreement-store');
});

describe('agreement revisions', () => {
  it('stores every change as a new revision and answers which one was in force at an instant', async () => {
    await saveAgreement(db, example, at('2026-11-01T10:00:00Z'), 'sample');
    await saveAgreement(db, { ...example, budget: { weeklyAfterHoursMinutes: 60 } }, at('2026-11-18T08:00:00Z'), 'edit');

    expect(await agreementInForceAt(db, at('2026-10-31T23:59:59Z'))).toBeUndefined();
    expect((await agreementInForceAt(db, at('2026-11-10T00:00:00Z')))?.agreement.budget.weeklyAfterHoursMinutes).toBe(120);
    expect((await agreementInForceAt(db, at('2026-11-18T08:00:00Z')))?.agreement.budget.weeklyAfterHoursMinutes).toBe(60);
    expect((await latestAgreement(db))?.source).toBe('edit');
  });

  it('reads only the revisions in force during a span: the one at its start and those after, up to its end', async () => {
    const budgets = [10, 20, 30, 40];
    const days = ['2026-11-01', '2026-11-10', '2026-11-20', '2026-11-30'];
    for (const [i, day] of days.entries()) {
      await saveAgreement(db, { ...example, budget: { weeklyAfterHoursMinutes: budgets[i] } }, at(`${day}T00:00:00Z`), 'edit');
    }
    const budgetsDuring = async (from: string, to: string) =>
      (await revisionsInForceDuring(db, at(from), at(to))).map((revision) => revision.agreement.budget.weeklyAfterHoursMinutes);

    expect(await budgetsDuring('2026-11-12T00:00:00Z', '2026-11-25T00:00:00Z')).toEqual([20, 30]);
    // A revision taking effect exactly at either edge is in force during the span.
    expect(await budgetsDuring('2026-11-10T00:00:00Z', '2026-11-20T00:00:00Z')).toEqual([20, 30]);
    expect(await budgetsDuring('2026-11-12T00:00:00Z', '2026-11-13T00:00:00Z')).toEqual([20]);
    expect(await budgetsDuring('2026-10-01T00:00:00Z', '2026-11-05T00:00:00Z')).toEqual([10]);
    expect(await budgetsDuring('2026-10-01T00:00:00Z', '2026-10-05T00:00:00Z')).toEqual([]);
  });

  it('puts the later of two saves in the same millisecond in force', async () => {
    const now = at('2026-11-23T12:00:00Z');
    await saveAgreement(db, example, now, 'import');
    await saveAgreement(db, { ...example, budget: { weeklyAfterHoursMinutes: 30 } }, now, 'edit');
    expect((await allRevisions(db)).map((revision) => revision.agreement.budget.weeklyAfterHoursMinutes)).toEqual([30]);
    expect((await agreementInForceAt(db, now))?.agreement.budget.weeklyAfterHoursMinutes).toBe(30);
    expect((await latestAgreement(db))?.agreement.budget.weeklyAfterHoursMinutes).toBe(30);
  });

  it('never leaves the guard on an older agreement after a clock that was once ahead is corrected', async () => {
    // Saved with a clock wrongly set to 2027, then again once the clock is right.
    await saveAgreement(db, example, at('2026-06-01T08:00:00Z'), 'import');
    await saveAgreement(db, { ...example, budget: { weeklyAfterHoursMinutes: 10 } }, at('2027-03-01T08:00:00Z'), 'edit');
    const corrected = at('2026-12-01T12:00:00Z');
    const saved = await saveAgreement(db, { ...example, budget: { weeklyAfterHoursMinutes: 45 } }, corrected, 'edit');
    expect(saved.ok && saved.revision?.effectiveAt).toBe(corrected);

    const budgetAt = async (iso: string) => (await agreementInForceAt(db, at(iso)))?.agreement.budget.weeklyAfterHoursMinutes;
    expect(await budgetAt('2026-12-01T12:00:00Z')).toBe(45);
    expect(await budgetAt('2026-11-30T00:00:00Z')).toBe(120);
    // Not even when its wrong date arrives does the 2027 revision come back.
    expect(await budgetAt('2027-03-01T08:00:00Z')).toBe(45);
    expect(await budgetAt('2028-01-01T00:00:00Z')).toBe(45);
    expect((await latestAgreement(db))?.agreement.budget.weeklyAfterHoursMinutes).toBe(45);
    expect((await allRevisions(db)).map((revision) => revision.agreement.budget.weeklyAfterHoursMinutes)).toEqual([120, 45]);
    const during = await revisionsInForceDuring(db, at('2026-11-30T00:00:00Z'), at('2027-06-01T00:00:00Z'));
    expect(during.map((revision) => revision.agreement.budget.weeklyAfterHoursMinutes)).toEqual([120, 45]);
    // Nothing is lost: the superseded revision is still stored.
    expect(await db.agreementRevisions.count()).toBe(3);
  });

  it('stores nothing when an import is malformed, and names the field', async () => {
    await importAgreementText(db, JSON.stringify(example), at('2026-11-01T10:00:00Z'));
    const broken = structuredClone(example);
    broken.zones[2].end = '25:00';
    const result = await importAgreementText(db, JSON.stringify(broken), at('2026-11-02T10:00:00Z'));
    expect(result.ok).toBe(false);
    expect('issues' in result ? result.issues : result).toEqual([{ path: 'zones[2].end', key: 'errNotTime', value: '"25:00"' }]);
    expect(await db.agreementRevisions.count()).toBe(1);
    expect((await latestAgreement(db))?.agreement).toEqual((await allRevisions(db))[0]!.agreement);
  });

  it('refuses an edit begun on a revision that is no longer the latest, and stores nothing', async () => {
    const first = await saveAgreement(db, example, at('2026-11-01T10:00:00Z'), 'import');
    const firstId = first.ok ? first.revision!.id! : -1;
    // Another tab imports a new agreement while this one is being edited from the first.
    await importAgreementText(db, JSON.stringify({ ...example, budget: { weeklyAfterHoursMinutes: 200 } }), at('2026-11-02T10:00:00Z'));
    const newest = (await latestAgreement(db))!;

    const stale = await saveAgreement(db, { ...example, budget: { weeklyAfterHoursMinutes: 30 } }, at('2026-11-03T10:00:00Z'), 'edit', firstId);
    expect(stale).toEqual({ ok: false, newer: newest });
    expect(await db.agreementRevisions.count()).toBe(2);

    // Begun on the latest it goes through; begun on none while one exists, it is stale.
    const current = await saveAgreement(db, { ...example, budget: { weeklyAfterHoursMinutes: 30 } }, at('2026-11-03T10:00:00Z'), 'edit', newest.id!);
    expect(current.ok).toBe(true);
    expect((await latestAgreement(db))?.agreement.budget.weeklyAfterHoursMinutes).toBe(30);
    expect((await saveAgreement(db, example, at('2026-11-04T10:00:00Z'), 'edit', null)).ok).toBe(false);
  });

  it('stores a first agreement from an editor that began on none', async () => {
    expect((await saveAgreement(db, example, at('2026-11-04T10:00:00Z'), 'edit', null)).ok).toBe(true);
  });

  it('refuses an invalid agreement even from code that skipped validation', async () => {
    const result = await saveAgreement(db, { ...example, household: { timeZone: 'Nowhere', weekStartsOn: 'mon' } }, Date.now(), 'edit');
    expect(result.ok).toBe(false);
    expect(await db.agreementRevisions.count()).toBe(0);
  });
});
