import { describe, expect, it } from 'vitest';
import { agreementIn } from '../schedule/agreement-fixture';
import { parseAgreement } from './parse-agreement';
import { reviewsDue } from './reviews-due';
import { endSeason, extendSeason, handOverSeason, otherPartner, type SeasonReviewResult } from './season-review';

const LAUNCH = { id: 'launch', label: 'Launch', lead: 'sam', start: '2026-11-01', end: '2026-12-20', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-01' };
const AGREEMENT = { ...agreementIn('Europe/Berlin'), focusSeasons: [LAUNCH] };
const TODAY = '2026-12-01';

/** Every result is an agreement the one schema accepts, or a refusal: nothing else reaches the save. */
function agreed(result: SeasonReviewResult) {
  if (!result.ok) throw new Error(result.key);
  expect(parseAgreement(result.agreement).ok).toBe(true);
  return result.agreement;
}

describe('extendSeason', () => {
  it('moves the last day and the next review, and is no longer due', () => {
    const after = agreed(extendSeason(AGREEMENT, 'launch', { end: '2027-01-31', reviewOn: '2027-01-15' }, TODAY));
    expect(after.focusSeasons).toEqual([{ ...LAUNCH, end: '2027-01-31', reviewOn: '2027-01-15' }]);
    expect(reviewsDue(after, TODAY).seasons).toEqual([]);
    expect(AGREEMENT.focusSeasons[0]).toEqual(LAUNCH);
  });

  it('reviews on the new last day when no review date is given', () => {
    expect(agreed(extendSeason(AGREEMENT, 'launch', { end: '2027-01-31' }, TODAY)).focusSeasons[0]!.reviewOn).toBe('2027-01-31');
  });

  it.each([
    ['a review today', { end: '2027-01-31', reviewOn: TODAY }, 'seasonErrReviewNotLater'],
    ['a last day that has passed', { end: '2026-11-30' }, 'seasonErrReviewNotLater'],
    ['a review after the last day', { end: '2027-01-01', reviewOn: '2027-01-02' }, 'seasonErrReviewAfterEnd'],
    ['no date', { end: '' }, 'seasonErrNoDate'],
  ])('refuses %s', (_, dates, key) => {
    expect(extendSeason(AGREEMENT, 'launch', dates, TODAY)).toEqual({ ok: false, key });
  });

  it('refuses a season that is not there', () => {
    expect(extendSeason(AGREEMENT, 'gone', { end: '2027-01-31' }, TODAY)).toEqual({ ok: false, key: 'seasonErrUnknown' });
  });
});

describe('endSeason', () => {
  it('ends it with yesterday, so today has the household budget again and nothing is due', () => {
    const after = agreed(endSeason(AGREEMENT, 'launch', TODAY));
    expect(after.focusSeasons).toEqual([{ ...LAUNCH, end: '2026-11-30', reviewOn: '2026-11-30' }]);
    expect(reviewsDue(after, TODAY).seasons).toEqual([]);
  });

  it('takes out a season that began today', () => {
    expect(agreed(endSeason(AGREEMENT, 'launch', '2026-11-01')).focusSeasons).toEqual([]);
  });
});

describe('handOverSeason', () => {
  it('ends the season and starts one today led by the partner who supported, with its own budget', () => {
    const after = agreed(handOverSeason(AGREEMENT, 'launch', { label: 'Launch', end: '2027-02-28', reviewOn: '2027-01-31', weeklyAfterHoursMinutes: 240 }, TODAY));
    expect(after.focusSeasons).toEqual([
      { ...LAUNCH, end: '2026-11-30', reviewOn: '2026-11-30' },
      { id: 'launch-2', label: 'Launch', lead: 'alex', start: TODAY, end: '2027-02-28', weeklyAfterHoursMinutes: 240, reviewOn: '2027-01-31' },
    ]);
    expect(reviewsDue(after, TODAY).seasons).toEqual([]);
  });

  it.each([
    ['no name', { label: ' ', end: '2027-02-28', weeklyAfterHoursMinutes: 240 }, 'seasonErrNoLabel'],
    ['a budget that is not whole minutes', { label: 'Thesis', end: '2027-02-28', weeklyAfterHoursMinutes: Number.NaN }, 'seasonErrBudget'],
    ['a negative budget', { label: 'Thesis', end: '2027-02-28', weeklyAfterHoursMinutes: -5 }, 'seasonErrBudget'],
    ['a review that has come', { label: 'Thesis', end: TODAY, weeklyAfterHoursMinutes: 60 }, 'seasonErrReviewNotLater'],
  ])('refuses %s', (_, handover, key) => {
    expect(handOverSeason(AGREEMENT, 'launch', handover, TODAY)).toEqual({ ok: false, key });
  });

  it('names the other partner as the one who supports', () => {
    expect(otherPartner(AGREEMENT, 'sam')).toBe('alex');
    expect(otherPartner(AGREEMENT, 'alex')).toBe('sam');
  });
});
