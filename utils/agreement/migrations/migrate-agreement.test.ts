import { describe, expect, it } from 'vitest';
import { AGREEMENT_VERSION } from '../agreement-schema';
import { parseAgreement } from '../parse-agreement';
import { AGREEMENT_MIGRATIONS, migrateAgreement } from './migrate-agreement';
import { v1ToV2 } from './v1-to-v2';
import { reviewsDue } from '../reviews-due';
import type { Agreement } from '../agreement-schema';
import V1 from './v1.fixture.json';

/** One fixture per old format, oldest first; a new format adds its fixture here. */
const FIXTURES: Record<number, unknown> = { 1: V1 };
const NOW = Date.parse('2026-11-20T12:00:00Z');
const parsed = (doc: unknown): Agreement => {
  const result = parseAgreement(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.agreement;
};

describe('agreement migrations', () => {
  it('has one step per format before the current one', () => {
    expect(AGREEMENT_MIGRATIONS).toHaveLength(AGREEMENT_VERSION - 1);
  });

  it('walks every step in order from each old fixture to a valid current agreement', () => {
    for (const [version, fixture] of Object.entries(FIXTURES)) {
      let doc = structuredClone(fixture) as Record<string, unknown>;
      for (let step = Number(version); step < AGREEMENT_VERSION; step++) {
        doc = AGREEMENT_MIGRATIONS[step - 1]!(doc, NOW);
        expect(doc.version).toBe(step + 1);
      }
      const result = parseAgreement(doc);
      expect(result.ok ? [] : result.issues).toEqual([]);
      expect(migrateAgreement(fixture, NOW)).toEqual(doc);
    }
  });

  it('keeps every part of format 1 and adds empty new parts with a quarterly review', () => {
    const migrated = v1ToV2(V1 as Record<string, unknown>, NOW);
    const { version, commitments, contingencyPlans, reviewRhythm, ...kept } = migrated;
    expect({ ...kept, version }).toEqual({ ...V1, version: 2 });
    expect({ commitments, contingencyPlans, reviewRhythm }).toEqual({
      commitments: [],
      contingencyPlans: [],
      // The next quarter's first day: a review is never due the day an agreement is migrated.
      reviewRhythm: { everyMonths: 3, from: '2027-01-01' },
    });
    expect(reviewsDue(parsed(migrated), '2026-11-20').agreement).toBe(false);
  });

  it('counts the quarter on the household clock, not UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in Berlin: the third quarter, so the first review is in the fourth.
    const migrated = v1ToV2(V1 as Record<string, unknown>, Date.parse('2026-06-30T23:30:00Z'));
    expect(migrated.reviewRhythm).toEqual({ everyMonths: 3, from: '2026-10-01' });
  });

  it.each([
    ['on a quarter’s first day', '2026-10-01T10:00:00Z', '2027-01-01'],
    ['late in the year', '2026-12-31T10:00:00Z', '2027-01-01'],
    ['early in the year', '2027-02-14T10:00:00Z', '2027-04-01'],
  ])('puts the first review after the migration %s', (_, when, first) => {
    expect(v1ToV2(V1 as Record<string, unknown>, Date.parse(when)).reviewRhythm).toEqual({ everyMonths: 3, from: first });
  });

  it.each([
    ['the current format', { format: 'hearth.agreement', version: AGREEMENT_VERSION }],
    ['a future format', { format: 'hearth.agreement', version: AGREEMENT_VERSION + 1 }],
    ['another format', { format: 'other', version: 1 }],
    ['a version that is not a number', { format: 'hearth.agreement', version: '1' }],
    ['a list', [1]],
    ['nothing', null],
  ])('leaves %s untouched for the schema to judge', (_, input) => {
    expect(migrateAgreement(input, NOW)).toBe(input);
  });
});
