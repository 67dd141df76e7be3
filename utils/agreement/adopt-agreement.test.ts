import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../db/fresh-db';
import type { HearthDb } from '../db/hearth-db';
import { adoptAgreement, importAgreementText, type ProposeInstead } from './adopt-agreement';
import type { Agreement } from './agreement-schema';
import { latestAgreement, saveAgreement } from './agreement-store';
import { parseAgreement } from './parse-agreement';

const example = JSON.parse(readFileSync(new URL('../../docs/agreement.example.json', import.meta.url), 'utf8'));
const NOW = Date.parse('2026-12-01T10:00:00Z');
const fromFile = { ...example, budget: { weeklyAfterHoursMinutes: 45 } };
let db: HearthDb;

beforeEach(async () => {
  db = await freshDb('adopt-agreement');
  await saveAgreement(db, example, NOW - 1000, 'sample');
});

const budgetInForce = async () => (await latestAgreement(db))!.agreement.budget.weeklyAfterHoursMinutes;

describe('an imported file', () => {
  it('unlinked, is stored as the next revision, in force at once', async () => {
    expect(await importAgreementText(db, JSON.stringify(fromFile), NOW)).toEqual({ ok: true, outcome: 'saved' });
    expect(await db.agreementRevisions.count()).toBe(2);
    expect(await latestAgreement(db)).toMatchObject({ source: 'import', effectiveAt: NOW });
    expect(await budgetInForce()).toBe(45);
  });

  it('linked, is proposed — the validated document, format migrated — and nothing in force changes', async () => {
    const proposeInstead = vi.fn<ProposeInstead>(async () => ({ ok: true, outcome: 'proposed' }));
    const older = { ...fromFile, version: 1, commitments: undefined, contingencyPlans: undefined, reviewRhythm: undefined };
    expect(await importAgreementText(db, JSON.stringify(older), NOW, proposeInstead)).toEqual({ ok: true, outcome: 'proposed' });
    expect(proposeInstead).toHaveBeenCalledOnce();
    const proposed = proposeInstead.mock.calls[0]![0] as Agreement;
    expect(parseAgreement(proposed)).toEqual({ ok: true, agreement: proposed });
    expect(proposed).toMatchObject({ version: 2, budget: { weeklyAfterHoursMinutes: 45 }, commitments: [], reviewRhythm: { everyMonths: 3, from: '2027-01-01' } });
    // Keys the schema does not know (an export's history) are not proposed.
    expect(proposed).not.toHaveProperty('history');
    expect(await db.agreementRevisions.count()).toBe(1);
    expect(await budgetInForce()).toBe(120);
  });

  it('with bad input, is refused with the same issues, and neither stored nor proposed', async () => {
    const proposeInstead = vi.fn<ProposeInstead>(async () => ({ ok: true, outcome: 'proposed' }));
    const broken = structuredClone(fromFile);
    broken.zones[2].end = '25:00';
    expect(await importAgreementText(db, JSON.stringify(broken), NOW, proposeInstead)).toEqual({ ok: false, issues: [{ path: 'zones[2].end', key: 'errNotTime', value: '"25:00"' }] });
    expect(await importAgreementText(db, '{ not json', NOW, proposeInstead)).toMatchObject({ ok: false, issues: [{ key: 'errNotJson' }] });
    expect(proposeInstead).not.toHaveBeenCalled();
    expect(await db.agreementRevisions.count()).toBe(1);
  });

  it('linked, that could not be proposed says why, and nothing changes', async () => {
    const refused: ProposeInstead = async () => ({ ok: false, key: 'proposalNoChange' });
    expect(await importAgreementText(db, JSON.stringify(example), NOW, refused)).toEqual({ ok: false, key: 'proposalNoChange' });
    const raced: ProposeInstead = async (agreement) => ({ ok: false, newer: { revision: 9, agreement } });
    expect(await importAgreementText(db, JSON.stringify(fromFile), NOW, raced)).toEqual({ ok: false, key: 'proposalOutdated' });
    expect(await db.agreementRevisions.count()).toBe(1);
  });
});

describe('the example, loaded', () => {
  it('goes the same way: proposed when linked, stored when not', async () => {
    const parsed = parseAgreement(example);
    expect(await adoptAgreement(db, parsed, 'sample', NOW, async () => ({ ok: true, outcome: 'proposed' }))).toEqual({ ok: true, outcome: 'proposed' });
    expect(await db.agreementRevisions.count()).toBe(1);
    expect(await adoptAgreement(db, parsed, 'sample', NOW)).toEqual({ ok: true, outcome: 'saved' });
    expect(await db.agreementRevisions.count()).toBe(2);
  });
});
