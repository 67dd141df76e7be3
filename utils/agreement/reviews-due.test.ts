import { describe, expect, it } from 'vitest';
import { agreementIn } from '../schedule/agreement-fixture';
import { reviewsDue } from './reviews-due';

const season = { id: 'launch', label: 'Launch', lead: 'sam', start: '2026-11-01', end: '2026-12-20', weeklyAfterHoursMinutes: 300, reviewOn: '2026-12-01' };
const agreement = { ...agreementIn('Europe/Berlin'), focusSeasons: [season], reviewRhythm: { everyMonths: 3, from: '2026-10-01' } };

describe('reviewsDue', () => {
  it.each([
    ['before the season’s review date', '2026-11-30', { seasons: [], agreement: false }],
    ['from its review date', '2026-12-01', { seasons: [{ id: 'launch', label: 'Launch' }], agreement: false }],
    ['until the season ends', '2026-12-20', { seasons: [{ id: 'launch', label: 'Launch' }], agreement: false }],
    ['after it ended', '2026-12-21', { seasons: [], agreement: false }],
    ['on the agreement’s review date', '2027-01-01', { seasons: [], agreement: true }],
  ])('%s', (_, today, expected) => {
    expect(reviewsDue(agreement, today)).toEqual(expected);
  });
});
