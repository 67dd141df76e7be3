import { describe, expect, it } from 'vitest';
import { agreementIn, at, utc } from './agreement-fixture';
import { MS_PER_DAY } from './calendar-date';
import { isWithinWorkingHours, nextWorkingHoursEdge } from './working-hours';

const partners = [
  {
    id: 'alex',
    name: 'Alex',
    workingHours: {
      mon: [
        { start: '08:30', end: '12:30' },
        { start: '13:30', end: '17:30' },
      ],
      sun: [{ start: '01:00', end: '03:00' }],
    },
  },
  { id: 'sam', name: 'Sam', workingHours: { fri: [{ start: '22:00', end: '02:00' }], sat: [{ start: '20:00', end: '24:00' }] } },
];

describe('isWithinWorkingHours', () => {
  it.each([
    ['Berlin', 'alex', 'Monday 08:29', '2026-10-26T08:29:59+01:00', false],
    ['Berlin', 'alex', 'Monday 08:30, first block starts', '2026-10-26T08:30:00+01:00', true],
    ['Berlin', 'alex', 'Monday 12:30, first block ends', '2026-10-26T12:30:00+01:00', false],
    ['Berlin', 'alex', 'Monday lunch', '2026-10-26T13:00:00+01:00', false],
    ['Berlin', 'alex', 'Monday 13:30, second block starts', '2026-10-26T13:30:00+01:00', true],
    ['Berlin', 'alex', 'Monday 17:29', '2026-10-26T17:29:59+01:00', true],
    ['Berlin', 'alex', 'Monday 17:30, second block ends', '2026-10-26T17:30:00+01:00', false],
    ['Berlin', 'alex', 'Tuesday 09:00, no blocks', '2026-10-27T09:00:00+01:00', false],
    ['Berlin', 'sam', 'Monday 09:00, not Sam', '2026-10-26T09:00:00+01:00', false],
    // Sam's Friday block runs into Saturday; Saturday's own block ends at 24:00, not beyond.
    ['Berlin', 'sam', 'Friday 22:00', '2026-10-23T22:00:00+02:00', true],
    ['Berlin', 'sam', 'Saturday 01:59', '2026-10-24T01:59:59+02:00', true],
    ['Berlin', 'sam', 'Saturday 02:00', '2026-10-24T02:00:00+02:00', false],
    ['Berlin', 'sam', 'Saturday 23:59', '2026-10-24T23:59:59+02:00', true],
    ['Berlin', 'sam', 'Sunday 00:00', '2026-10-25T00:00:00+02:00', false],
    // Alex's Sunday 01:00–03:00 block holds through the repeated hour and skips the missing one.
    ['Berlin', 'alex', 'fall-back, first 02:30', '2026-10-25T02:30:00+02:00', true],
    ['Berlin', 'alex', 'fall-back, second 02:30', '2026-10-25T02:30:00+01:00', true],
    ['Berlin', 'alex', 'fall-back, 03:00', '2026-10-25T03:00:00+01:00', false],
    ['Berlin', 'alex', 'spring-forward, 01:59', '2026-03-29T01:59:59+01:00', true],
    ['Berlin', 'alex', 'spring-forward, the jump to 03:00', '2026-03-29T03:00:00+02:00', false],
    ['Kolkata', 'alex', 'Monday 08:30', '2026-10-26T08:30:00+05:30', true],
    ['Kolkata', 'alex', 'Monday 08:30 in Berlin is 13:00 in Kolkata', '2026-10-26T08:30:00+01:00', false],
  ])('%s, %s: %s', (city, partnerId, _, now, expected) => {
    const agreement = agreementIn(city === 'Berlin' ? 'Europe/Berlin' : 'Asia/Kolkata', { partners });
    expect(isWithinWorkingHours(agreement, partnerId, at(now))).toBe(expected);
  });

  it('is false for someone the agreement does not know', () => {
    expect(isWithinWorkingHours(agreementIn('Europe/Berlin', { partners }), 'kim', at('2026-10-26T09:00:00+01:00'))).toBe(false);
  });
});

describe('nextWorkingHoursEdge', () => {
  const berlin = () => agreementIn('Europe/Berlin', { partners });
  it.each([
    ['before the first block: it starts', 'alex', '2026-10-26T07:00:00+01:00', '2026-10-26T08:30:00+01:00'],
    ['in the first block: it ends', 'alex', '2026-10-26T09:00:00+01:00', '2026-10-26T12:30:00+01:00'],
    ['at an edge: the next one, never now', 'alex', '2026-10-26T12:30:00+01:00', '2026-10-26T13:30:00+01:00'],
    ["after the last block on Monday: Sunday's block at 01:00", 'alex', '2026-10-26T18:00:00+01:00', '2026-11-01T01:00:00+01:00'],
    ['a block past midnight ends the next day', 'sam', '2026-10-23T23:00:00+02:00', '2026-10-24T02:00:00+02:00'],
    ['a block ending at 24:00 ends at midnight', 'sam', '2026-10-24T21:00:00+02:00', '2026-10-25T00:00:00+02:00'],
    // Sunday 2026-03-29: 02:00 does not exist in Berlin; the clock change itself is the instant something changes.
    ['inside a block the clock change is a candidate', 'alex', '2026-03-29T01:30:00+01:00', '2026-03-29T03:00:00+02:00'],
  ])('%s', (_, partnerId, now, expected) => {
    expect(utc([nextWorkingHoursEdge(berlin(), partnerId, at(now), 8 * MS_PER_DAY) ?? Number.NaN])).toEqual(utc([at(expected)]));
  });

  it('is null beyond the horizon, for no hours and for someone the agreement does not know', () => {
    const now = at('2026-10-26T18:00:00+01:00');
    expect(nextWorkingHoursEdge(berlin(), 'alex', now, MS_PER_DAY)).toBeNull();
    expect(nextWorkingHoursEdge(agreementIn('Europe/Berlin'), 'alex', now, 8 * MS_PER_DAY)).toBeNull();
    expect(nextWorkingHoursEdge(berlin(), 'kim', now, 8 * MS_PER_DAY)).toBeNull();
  });
});
