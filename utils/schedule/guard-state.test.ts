import { describe, expect, it } from 'vitest';
import { agreementIn, at, utc } from './agreement-fixture';
import { guardStateAt, isGuardingMode, nextGuardBoundary } from './guard-state';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const ALL_WEEK = ['sun', ...WEEKDAYS, 'sat'];

const household = agreementIn('Europe/Berlin', {
  zones: [
    { id: 'quiet', label: 'Quiet evening', days: WEEKDAYS, start: '19:00', end: '23:00', mode: 'dim' },
    { id: 'late', label: 'Late reading', days: ['fri'], start: '21:00', end: '22:00', mode: 'track' },
    { id: 'market', label: 'Market', days: ['sat'], start: '08:00', end: '12:00', mode: 'track' },
    { id: 'sunday', label: 'Our Sunday', days: ['sun'], start: '00:00', end: '24:00', mode: 'block' },
  ],
  specialDays: [{ id: 'holiday', label: 'Christmas Eve', date: '2026-12-24', start: '14:00', end: '24:00', mode: 'block' }],
  rituals: [
    { id: 'story', label: 'Story time', recurrence: { kind: 'daily' }, time: '20:00', durationMinutes: 30, reminderMinutes: 5, protected: true },
    { id: 'walk', label: 'Walk', recurrence: { kind: 'daily' }, time: '19:30', durationMinutes: 45, reminderMinutes: 5, protected: false },
  ],
});

describe('guardStateAt', () => {
  it.each([
    ['Friday before the evening', '2026-10-23T18:00:00+02:00', 'off', [], '2026-10-23T19:00:00+02:00'],
    // Sources come and go inside the evening, but it stays dim until 23:00.
    ['the evening zone starts', '2026-10-23T19:00:00+02:00', 'dim', ['zone:quiet'], '2026-10-23T23:00:00+02:00'],
    ['an unprotected walk never guards', '2026-10-23T19:45:00+02:00', 'dim', ['zone:quiet'], '2026-10-23T23:00:00+02:00'],
    ['a protected ritual joins as dim', '2026-10-23T20:10:00+02:00', 'dim', ['zone:quiet', 'ritual:story'], '2026-10-23T23:00:00+02:00'],
    ['dim outranks track', '2026-10-23T21:30:00+02:00', 'dim', ['zone:quiet', 'zone:late'], '2026-10-23T23:00:00+02:00'],
    ['the evening ends (end is outside)', '2026-10-23T23:00:00+02:00', 'off', [], '2026-10-24T08:00:00+02:00'],
    ['track alone', '2026-10-24T09:00:00+02:00', 'track', ['zone:market'], '2026-10-24T12:00:00+02:00'],
    ['a protected ritual alone dims', '2026-10-24T20:00:00+02:00', 'dim', ['ritual:story'], '2026-10-24T20:30:00+02:00'],
    // Sunday is 25 hours long this week; block outranks the ritual's dim until Monday begins.
    ['block outranks dim', '2026-10-25T20:10:00+01:00', 'block', ['zone:sunday', 'ritual:story'], '2026-10-26T00:00:00+01:00'],
    ['a special day outranks a weekly zone', '2026-12-24T19:30:00+01:00', 'block', ['zone:quiet', 'special-day:holiday'], '2026-12-25T00:00:00+01:00'],
  ])('%s', (_, now, mode, sources, until) => {
    const state = guardStateAt(household, at(now));
    expect([state.mode, state.sources.map((s) => `${s.kind}:${s.id}`), utc([state.until ?? NaN])]).toEqual([mode, sources, utc([at(until)])]);
  });

  it('describes a ritual source with its label and the dim mode', () => {
    expect(guardStateAt(household, at('2026-10-24T20:00:00+02:00')).sources).toEqual([
      { kind: 'ritual', id: 'story', label: 'Story time', mode: 'dim' },
    ]);
  });

  it.each([
    ['nothing is agreed', agreementIn('Europe/Berlin'), 'off'],
    ['the only special day is nine days away', agreementIn('Europe/Berlin', { specialDays: [{ id: 'far', label: 'Far', date: '2026-11-03', mode: 'block' }] }), 'off'],
    [
      'a zone holds all week, every week',
      agreementIn('Europe/Berlin', { zones: [{ id: 'always', label: 'Always', days: ALL_WEEK, start: '00:00', end: '24:00', mode: 'block' }] }),
      'block',
    ],
  ])('has no boundary within 8 days when %s', (_, agreement, mode) => {
    const now = at('2026-10-25T12:00:00+01:00');
    expect(guardStateAt(agreement, now)).toEqual({ mode, sources: expect.any(Array), until: null });
    expect(nextGuardBoundary(agreement, now)).toBeNull();
  });
});

describe('nextGuardBoundary', () => {
  it.each([
    ['a ritual joins though the mode stays dim', '2026-10-23T19:00:00+02:00', '2026-10-23T20:00:00+02:00'],
    ['the ritual ends', '2026-10-23T20:10:00+02:00', '2026-10-23T20:30:00+02:00'],
    ['a track zone joins a dim one', '2026-10-23T20:30:00+02:00', '2026-10-23T21:00:00+02:00'],
    ['a ritual joins a block', '2026-10-25T12:00:00+01:00', '2026-10-25T20:00:00+01:00'],
    ['exactly at a boundary, the next one', '2026-10-23T23:00:00+02:00', '2026-10-24T08:00:00+02:00'],
  ])('%s', (_, now, expected) => {
    expect(utc([nextGuardBoundary(household, at(now)) ?? NaN])).toEqual(utc([at(expected)]));
  });

  /** Follows boundary after boundary from `from`, as the extension's alarm would. */
  function chain(timeZone: string, zone: { days: string[]; start: string; end: string }, from: string, count: number): string[] {
    const agreement = agreementIn(timeZone, { zones: [{ id: 'zone', label: 'Zone', mode: 'dim', ...zone }] });
    const boundaries: number[] = [];
    let now = at(from);
    for (let i = 0; i < count; i++) {
      now = nextGuardBoundary(agreement, now) ?? NaN;
      boundaries.push(now);
    }
    return utc(boundaries);
  }

  const sunday = (start: string, end: string) => ({ days: ['sun'], start, end });

  it.each([
    // The clock turns back to 02:00, below a 02:30 start: the zone lets go, then 02:30 comes again.
    ['Europe/Berlin', sunday('02:30', '04:00'), '2026-10-25T01:00:00+02:00', ['2026-10-25T02:30:00+02:00', '2026-10-25T02:00:00+01:00', '2026-10-25T02:30:00+01:00', '2026-10-25T04:00:00+01:00']],
    // A zone over the repeated hour holds through both: no boundary at the transition.
    ['Europe/Berlin', sunday('02:00', '03:00'), '2026-10-25T01:00:00+02:00', ['2026-10-25T02:00:00+02:00', '2026-10-25T03:00:00+01:00']],
    // A zone starting in the gap starts at the jump; one covering only the gap waits a week.
    ['Europe/Berlin', sunday('02:30', '04:00'), '2026-03-29T01:00:00+01:00', ['2026-03-29T03:00:00+02:00', '2026-03-29T04:00:00+02:00']],
    ['Europe/Berlin', sunday('02:00', '03:00'), '2026-03-29T01:00:00+01:00', ['2026-04-05T02:00:00+02:00', '2026-04-05T03:00:00+02:00']],
    ['America/New_York', sunday('01:00', '02:00'), '2026-11-01T00:30:00-04:00', ['2026-11-01T01:00:00-04:00', '2026-11-01T02:00:00-05:00']],
    ['America/New_York', sunday('01:30', '03:00'), '2026-11-01T00:30:00-04:00', ['2026-11-01T01:30:00-04:00', '2026-11-01T01:00:00-05:00', '2026-11-01T01:30:00-05:00', '2026-11-01T03:00:00-05:00']],
    ['America/New_York', sunday('02:30', '04:00'), '2026-03-08T01:00:00-05:00', ['2026-03-08T03:00:00-04:00', '2026-03-08T04:00:00-04:00']],
    ['Australia/Sydney', sunday('02:30', '04:00'), '2026-04-05T01:00:00+11:00', ['2026-04-05T02:30:00+11:00', '2026-04-05T02:00:00+10:00', '2026-04-05T02:30:00+10:00', '2026-04-05T04:00:00+10:00']],
    ['Australia/Sydney', sunday('02:30', '04:00'), '2026-10-04T01:00:00+10:00', ['2026-10-04T03:00:00+11:00', '2026-10-04T04:00:00+11:00']],
    ['America/St_Johns', sunday('01:00', '02:00'), '2026-11-01T00:00:00-02:30', ['2026-11-01T01:00:00-02:30', '2026-11-01T02:00:00-03:30']],
    ['America/St_Johns', sunday('02:30', '04:00'), '2026-03-08T01:00:00-03:30', ['2026-03-08T03:00:00-02:30', '2026-03-08T04:00:00-02:30']],
    ['Asia/Kolkata', sunday('02:30', '04:00'), '2026-03-29T01:00:00+05:30', ['2026-03-29T02:30:00+05:30', '2026-03-29T04:00:00+05:30']],
    // 22:00–06:00 over a DST night lasts 7 real hours in spring and 9 in autumn.
    ['Europe/Berlin', { days: ALL_WEEK, start: '22:00', end: '06:00' }, '2026-03-28T21:00:00+01:00', ['2026-03-28T22:00:00+01:00', '2026-03-29T06:00:00+02:00', '2026-03-29T22:00:00+02:00']],
    ['Australia/Sydney', { days: ALL_WEEK, start: '22:00', end: '06:00' }, '2026-04-04T21:00:00+11:00', ['2026-04-04T22:00:00+11:00', '2026-04-05T06:00:00+10:00', '2026-04-05T22:00:00+10:00']],
    // Friday 19:00 → Saturday 07:00, then a week later across New York's fall-back.
    ['America/New_York', { days: ['fri'], start: '19:00', end: '07:00' }, '2026-10-30T12:00:00-04:00', ['2026-10-30T19:00:00-04:00', '2026-10-31T07:00:00-04:00', '2026-11-06T19:00:00-05:00']],
  ])('%s, zone %o, from %s', (timeZone, zone, from, expected) => {
    expect(chain(timeZone, zone, from, expected.length)).toEqual(utc(expected.map(at)));
  });
});

describe('isGuardingMode', () => {
  it.each([
    ['off', false],
    ['track', false],
    ['dim', true],
    ['block', true],
  ] as const)('%s: %s', (mode, guarding) => {
    expect(isGuardingMode(mode)).toBe(guarding);
  });
});
