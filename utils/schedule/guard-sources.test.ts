import { describe, expect, it } from 'vitest';
import { agreementIn, at, utc } from './agreement-fixture';
import { guardTimeline } from './guard-sources';

describe('guardTimeline', () => {
  it('offers every zone edge, offset transition and protected ritual edge as a candidate', () => {
    const agreement = agreementIn('Europe/Berlin', {
      zones: [{ id: 'small-hours', label: 'Small hours', days: ['sun'], start: '02:00', end: '03:00', mode: 'dim' }],
      rituals: [
        { id: 'vigil', label: 'Vigil', recurrence: { kind: 'daily' }, time: '02:30', durationMinutes: 60, reminderMinutes: 0, protected: true },
        { id: 'tea', label: 'Tea', recurrence: { kind: 'daily' }, time: '02:45', durationMinutes: 5, reminderMinutes: 0, protected: false },
      ],
    });
    const timeline = guardTimeline(agreement, at('2026-10-25T00:00:00+02:00'), at('2026-10-25T12:00:00+01:00'));
    expect(utc(timeline.candidates)).toEqual(
      utc(
        [
          '2026-10-25T02:00:00+02:00',
          '2026-10-25T02:30:00+02:00',
          // The transition, which is also the second 02:00.
          '2026-10-25T02:00:00+01:00',
          // The vigil's 60 real minutes end on the repeated 02:30.
          '2026-10-25T02:30:00+01:00',
          '2026-10-25T03:00:00+01:00',
        ].map(at),
      ),
    );
  });

  it('counts a day-long ritual overlapping its next occurrence once', () => {
    const agreement = agreementIn('Europe/Berlin', {
      rituals: [{ id: 'retreat', label: 'Retreat', recurrence: { kind: 'daily' }, time: '00:00', durationMinutes: 1440, reminderMinutes: 0, protected: true }],
    });
    // The 29 March occurrence runs 24 real hours, to 01:00 CEST on the 30th, past the next one's start.
    const now = at('2026-03-30T00:30:00+02:00');
    expect(guardTimeline(agreement, now, now + 3_600_000).sourcesAt(now)).toEqual([
      { kind: 'ritual', id: 'retreat', label: 'Retreat', mode: 'dim' },
    ]);
  });
});
