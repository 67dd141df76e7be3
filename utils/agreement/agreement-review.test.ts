import { describe, expect, it } from 'vitest';
import { agreementIn } from '../schedule/agreement-fixture';
import { keepPart, partChanged, partsToGo, REVIEW_PARTS, reviewedAgreement } from './agreement-review';
import { reviewsDue } from './reviews-due';

const ZONE = { id: 'evenings', label: 'Family evenings', days: ['mon' as const], start: '19:00', end: '22:00', mode: 'dim' as const };
const PLAN = { id: 'crunch', name: 'Deadline crunch', trackZones: ['evenings'], pausedRituals: [] };
const BASE = agreementIn('Europe/Berlin', { zones: [ZONE], contingencyPlans: [PLAN] });
const TODAY = '2027-01-01';

describe('the review’s parts', () => {
  it('hold every field of the agreement but the format’s own, each once', () => {
    const fields = REVIEW_PARTS.flatMap((part) => part.fields as readonly string[]);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields.toSorted()).toEqual(Object.keys(BASE).filter((key) => key !== 'format' && key !== 'version').toSorted());
  });

  it('tell which part changed', () => {
    const draft = { ...BASE, budget: { weeklyAfterHoursMinutes: 90 } };
    expect(REVIEW_PARTS.filter((part) => partChanged(part.id, BASE, draft)).map((part) => part.id)).toEqual(['budget']);
  });

  it('put a part back as it was on keep, and let plans go of what it no longer has', () => {
    const draft = { ...BASE, zones: [], contingencyPlans: [{ ...PLAN, trackZones: [] }], budget: { weeklyAfterHoursMinutes: 90 } };
    expect(keepPart('budget', BASE, draft)).toEqual({ ...draft, budget: BASE.budget });
    const withZone = { ...BASE, zones: [ZONE, { ...ZONE, id: 'late' }], contingencyPlans: [{ ...PLAN, trackZones: ['evenings', 'late'] }] };
    expect(keepPart('zones', BASE, withZone).contingencyPlans).toEqual([PLAN]);
  });

  it('are all to go until each is answered', () => {
    expect(partsToGo({})).toHaveLength(REVIEW_PARTS.length);
    const all = Object.fromEntries(REVIEW_PARTS.map((part) => [part.id, 'keep' as const]));
    expect(partsToGo({ ...all, zones: undefined })).toEqual(['zones']);
    expect(partsToGo(all)).toEqual([]);
  });
});

describe('a finished review', () => {
  const due = { ...BASE, reviewRhythm: { everyMonths: 3, from: '2026-10-01' } };

  it('moves the next review a rhythm on from today, so it is no longer due', () => {
    expect(reviewsDue(due, TODAY).agreement).toBe(true);
    const after = reviewedAgreement(due, due, TODAY);
    expect(after.reviewRhythm).toEqual({ everyMonths: 3, from: '2027-04-01' });
    expect(reviewsDue(after, TODAY).agreement).toBe(false);
    expect(reviewsDue(after, '2027-03-31').agreement).toBe(false);
  });

  it('takes a rhythm changed in the review', () => {
    const draft = { ...due, reviewRhythm: { everyMonths: 6, from: '2026-10-01' } };
    expect(reviewedAgreement(due, draft, TODAY).reviewRhythm).toEqual({ everyMonths: 6, from: '2027-07-01' });
  });

  it('keeps a later next review the couple chose themselves', () => {
    const draft = { ...due, reviewRhythm: { everyMonths: 3, from: '2027-02-15' } };
    expect(reviewedAgreement(due, draft, TODAY)).toBe(draft);
  });
});
