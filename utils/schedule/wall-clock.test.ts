import { describe, expect, it } from 'vitest';
import { at, utc } from './agreement-fixture';
import { firstInstantAtOrAfterWallTime, instantsAtWallTime, offsetTransitionsBetween, wallTimeAt } from './wall-clock';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const SYDNEY = 'Australia/Sydney';
const KOLKATA = 'Asia/Kolkata';
const ST_JOHNS = 'America/St_Johns';

describe('wallTimeAt', () => {
  it.each([
    // Both occurrences of a repeated hour read the same wall time.
    [BERLIN, '2026-10-25T02:30:00+02:00', '2026-10-25', 0, 150],
    [BERLIN, '2026-10-25T02:30:00+01:00', '2026-10-25', 0, 150],
    [BERLIN, '2026-03-29T01:59:59+01:00', '2026-03-29', 0, 119],
    [BERLIN, '2026-03-29T03:00:00+02:00', '2026-03-29', 0, 180],
    [NEW_YORK, '2026-11-01T01:30:00-04:00', '2026-11-01', 0, 90],
    [NEW_YORK, '2026-11-01T01:30:00-05:00', '2026-11-01', 0, 90],
    [NEW_YORK, '2026-03-08T03:00:00-04:00', '2026-03-08', 0, 180],
    [SYDNEY, '2026-04-05T02:30:00+11:00', '2026-04-05', 0, 150],
    [SYDNEY, '2026-04-05T02:30:00+10:00', '2026-04-05', 0, 150],
    [SYDNEY, '2026-10-04T03:00:00+11:00', '2026-10-04', 0, 180],
    [ST_JOHNS, '2026-11-01T01:30:00-02:30', '2026-11-01', 0, 90],
    [ST_JOHNS, '2026-11-01T01:30:00-03:30', '2026-11-01', 0, 90],
    [ST_JOHNS, '2026-01-01T03:29:00Z', '2025-12-31', 3, 1439],
    [KOLKATA, '2026-06-01T00:00:00Z', '2026-06-01', 1, 330],
    [KOLKATA, '2026-06-01T18:29:59.999Z', '2026-06-01', 1, 1439],
    [KOLKATA, '2026-06-01T18:30:00Z', '2026-06-02', 2, 0],
  ])('%s at %s reads %s, weekday %i, minute %i', (timeZone, iso, date, weekday, minute) => {
    expect(wallTimeAt(at(iso), timeZone)).toEqual({ date, weekday, minute });
  });
});

describe('instantsAtWallTime', () => {
  it.each([
    // Fall back: the hour repeats, so its wall times happen twice, earlier first.
    [BERLIN, '2026-10-25', 150, ['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00']],
    [BERLIN, '2026-10-25', 120, ['2026-10-25T02:00:00+02:00', '2026-10-25T02:00:00+01:00']],
    [BERLIN, '2026-10-25', 119, ['2026-10-25T01:59:00+02:00']],
    [BERLIN, '2026-10-25', 180, ['2026-10-25T03:00:00+01:00']],
    [NEW_YORK, '2026-11-01', 60, ['2026-11-01T01:00:00-04:00', '2026-11-01T01:00:00-05:00']],
    [NEW_YORK, '2026-11-01', 120, ['2026-11-01T02:00:00-05:00']],
    [SYDNEY, '2026-04-05', 150, ['2026-04-05T02:30:00+11:00', '2026-04-05T02:30:00+10:00']],
    [ST_JOHNS, '2026-11-01', 90, ['2026-11-01T01:30:00-02:30', '2026-11-01T01:30:00-03:30']],
    // Spring forward: the skipped hour's wall times never happen.
    [BERLIN, '2026-03-29', 120, []],
    [BERLIN, '2026-03-29', 179, []],
    [BERLIN, '2026-03-29', 119, ['2026-03-29T01:59:00+01:00']],
    [BERLIN, '2026-03-29', 180, ['2026-03-29T03:00:00+02:00']],
    [NEW_YORK, '2026-03-08', 150, []],
    [SYDNEY, '2026-10-04', 150, []],
    [ST_JOHNS, '2026-03-08', 150, []],
    [KOLKATA, '2026-03-29', 150, ['2026-03-29T02:30:00+05:30']],
    // Minute 1440 is the next day's midnight.
    [BERLIN, '2026-12-24', 1440, ['2026-12-25T00:00:00+01:00']],
  ])('%s on %s at minute %i', (timeZone, date, minute, expected) => {
    expect(utc(instantsAtWallTime(date, minute, timeZone))).toEqual(utc(expected.map(at)));
  });
});

describe('firstInstantAtOrAfterWallTime', () => {
  it.each([
    // In a gap the answer is the jump: the first instant showing a later time.
    [BERLIN, '2026-03-29', 120, '2026-03-29T03:00:00+02:00'],
    [BERLIN, '2026-03-29', 150, '2026-03-29T03:00:00+02:00'],
    [NEW_YORK, '2026-03-08', 120, '2026-03-08T03:00:00-04:00'],
    [SYDNEY, '2026-10-04', 150, '2026-10-04T03:00:00+11:00'],
    [ST_JOHNS, '2026-03-08', 150, '2026-03-08T03:00:00-02:30'],
    // A repeated time resolves to its first occurrence.
    [BERLIN, '2026-10-25', 150, '2026-10-25T02:30:00+02:00'],
    [NEW_YORK, '2026-11-01', 90, '2026-11-01T01:30:00-04:00'],
    [KOLKATA, '2026-06-01', 600, '2026-06-01T10:00:00+05:30'],
  ])('%s on %s at minute %i is %s', (timeZone, date, minute, expected) => {
    expect(utc([firstInstantAtOrAfterWallTime(date, minute, timeZone)])).toEqual(utc([at(expected)]));
  });
});

describe('offsetTransitionsBetween', () => {
  const year = [at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z')] as const;

  it.each([
    [BERLIN, ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']],
    [NEW_YORK, ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z']],
    [SYDNEY, ['2026-04-04T16:00:00Z', '2026-10-03T16:00:00Z']],
    [ST_JOHNS, ['2026-03-08T05:30:00Z', '2026-11-01T04:30:00Z']],
    [KOLKATA, []],
  ])('finds every 2026 transition of %s to the millisecond', (timeZone, expected) => {
    expect(utc(offsetTransitionsBetween(...year, timeZone))).toEqual(expected.map((iso) => new Date(iso).toISOString()));
  });

  it('includes a transition at the end of the range but not at its start', () => {
    const transition = at('2026-10-25T01:00:00Z');
    expect(offsetTransitionsBetween(transition - 1, transition, BERLIN)).toEqual([transition]);
    expect(offsetTransitionsBetween(transition, transition + 3_600_000, BERLIN)).toEqual([]);
  });
});
