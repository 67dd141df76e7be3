import { describe, expect, it } from 'vitest';
import { agreementIn, at } from '../schedule/agreement-fixture';
import { nextGuardBoundary } from '../schedule/guard-state';
import { guardingSince } from './guarding-since';

const HALF_HOUR = 30 * 60_000;
const household = agreementIn('Europe/Berlin', {
  zones: [
    { id: 'quiet', label: 'Quiet evening', days: ['mon'], start: '19:00', end: '20:00', mode: 'dim' },
    { id: 'late', label: 'Late', days: ['mon'], start: '20:00', end: '21:00', mode: 'block' },
    { id: 'market', label: 'Market', days: ['sat'], start: '08:00', end: '12:00', mode: 'track' },
    { id: 'after-market', label: 'After the market', days: ['sat'], start: '12:00', end: '13:00', mode: 'dim' },
  ],
  rituals: [{ id: 'story', label: 'Story time', recurrence: { kind: 'daily' }, time: '19:10', durationMinutes: 30, reminderMinutes: 5, protected: true }],
});

describe('guardingSince', () => {
  it.each([
    ['at the very start of a zone', '2026-11-23T19:00:00+01:00', '2026-11-23T19:00:00+01:00'],
    ['a minute into it', '2026-11-23T19:01:00+01:00', '2026-11-23T19:00:00+01:00'],
    // A ritual joining and a dim zone turning into a block one are the same stretch.
    ['while a protected ritual joins', '2026-11-23T19:15:00+01:00', '2026-11-23T19:00:00+01:00'],
    ['just before the cap', '2026-11-23T19:29:59.999+01:00', '2026-11-23T19:00:00+01:00'],
    ['an hour in, as the dim zone hands over to a block one (begun beyond the lookback)', '2026-11-23T20:00:00+01:00', null],
    ['a track zone handing over to a dim one', '2026-11-28T12:05:00+01:00', '2026-11-28T12:00:00+01:00'],
    ['a protected ritual alone', '2026-11-24T19:20:00+01:00', '2026-11-24T19:10:00+01:00'],
  ])('%s', (_, now, expected) => {
    expect(guardingSince(household, at(now), HALF_HOUR)).toBe(expected === null ? null : at(expected));
  });

  it.each([
    ['nothing guards', '2026-11-23T18:59:59.999+01:00'],
    ['the zone has ended (its end is outside)', '2026-11-23T21:00:00+01:00'],
    ['only a track zone runs', '2026-11-28T09:00:00+01:00'],
    ['the stretch began exactly the lookback ago', '2026-11-23T19:30:00+01:00'],
  ])('is null when %s', (_, now) => {
    expect(guardingSince(household, at(now), HALF_HOUR)).toBeNull();
  });

  it.each([
    ['the clock skips 02:00–03:00 (it begins at 03:00)', '2026-03-29T00:30:00+01:00', '2026-03-29T03:00:00+02:00'],
    ['the clock repeats 02:00–03:00 (it begins at the first 02:30)', '2026-10-25T00:30:00+02:00', '2026-10-25T02:30:00+02:00'],
  ])('agrees with the schedule on when a zone inside the changed hour begins, when %s', (_, before, expected) => {
    const night = agreementIn('Europe/Berlin', { zones: [{ id: 'night', label: 'Night', days: ['sun'], start: '02:30', end: '04:00', mode: 'block' }] });
    const begins = nextGuardBoundary(night, at(before))!;
    expect(begins).toBe(at(expected));
    expect(guardingSince(night, begins + 5 * 60_000, HALF_HOUR)).toBe(begins);
  });
});
