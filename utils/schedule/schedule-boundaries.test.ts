import { describe, expect, it } from 'vitest';
import { agreementIn, at, utc } from './agreement-fixture';
import { scheduleBoundaries } from './schedule-boundaries';

const person = (id: string, workingHours: Record<string, { start: string; end: string }[]>) => ({ id, name: id, workingHours });

describe('scheduleBoundaries', () => {
  it.each([
    [
      'Berlin fall-back: both partners, a zone, a protected ritual, the transition and midnight',
      agreementIn('Europe/Berlin', {
        partners: [
          person('alex', {
            sun: [
              { start: '09:00', end: '12:00' },
              { start: '13:00', end: '17:00' },
            ],
          }),
          person('sam', { sat: [{ start: '22:00', end: '02:00' }] }),
        ],
        zones: [{ id: 'small-hours', label: 'Small hours', days: ['sun'], start: '02:00', end: '03:00', mode: 'dim' }],
        rituals: [
          { id: 'tea', label: 'Tea', recurrence: { kind: 'daily' }, time: '18:00', durationMinutes: 30, reminderMinutes: 0, protected: true },
          // Unprotected rituals change nothing the schedule tracks.
          { id: 'run', label: 'Run', recurrence: { kind: 'daily' }, time: '07:00', durationMinutes: 30, reminderMinutes: 0, protected: false },
        ],
      }),
      '2026-10-24T12:00:00+02:00',
      '2026-10-26T00:00:00+01:00',
      [
        '2026-10-24T18:00:00+02:00',
        '2026-10-24T18:30:00+02:00',
        '2026-10-24T22:00:00+02:00',
        '2026-10-25T00:00:00+02:00',
        '2026-10-25T02:00:00+02:00',
        '2026-10-25T02:00:00+01:00',
        '2026-10-25T03:00:00+01:00',
        '2026-10-25T09:00:00+01:00',
        '2026-10-25T12:00:00+01:00',
        '2026-10-25T13:00:00+01:00',
        '2026-10-25T17:00:00+01:00',
        '2026-10-25T18:00:00+01:00',
        '2026-10-25T18:30:00+01:00',
      ],
    ],
    [
      'New York spring-forward: a block starting in the gap starts at the jump',
      agreementIn('America/New_York', { partners: [person('alex', { sun: [{ start: '02:30', end: '04:00' }] }), person('sam', {})] }),
      '2026-03-07T23:00:00-05:00',
      '2026-03-08T05:00:00-04:00',
      ['2026-03-08T00:00:00-05:00', '2026-03-08T03:00:00-04:00', '2026-03-08T04:00:00-04:00'],
    ],
    [
      'Sydney fall-back: a block ending in the repeated hour ends twice',
      agreementIn('Australia/Sydney', { partners: [person('alex', {}), person('sam', { sun: [{ start: '01:30', end: '02:30' }] })] }),
      '2026-04-05T00:30:00+11:00',
      '2026-04-05T04:00:00+10:00',
      ['2026-04-05T01:30:00+11:00', '2026-04-05T02:30:00+11:00', '2026-04-05T02:00:00+10:00', '2026-04-05T02:30:00+10:00'],
    ],
    [
      "St. John's fall-back, half-hour offsets",
      agreementIn('America/St_Johns', { partners: [person('alex', {}), person('sam', { sun: [{ start: '00:30', end: '01:30' }] })] }),
      '2026-11-01T00:00:00-02:30',
      '2026-11-01T03:00:00-03:30',
      ['2026-11-01T00:30:00-02:30', '2026-11-01T01:30:00-02:30', '2026-11-01T01:00:00-03:30', '2026-11-01T01:30:00-03:30'],
    ],
    [
      'Kolkata: working hours and midnight, the range ends excluded',
      agreementIn('Asia/Kolkata', { partners: [person('alex', { mon: [{ start: '09:00', end: '17:00' }] }), person('sam', {})] }),
      '2026-06-01T09:00:00+05:30',
      '2026-06-02T00:00:00+05:30',
      ['2026-06-01T17:00:00+05:30'],
    ],
  ])('%s', (_, agreement, from, to, expected) => {
    expect(utc(scheduleBoundaries(agreement, at(from), at(to)))).toEqual(utc(expected.map(at)));
  });
});
