import { describe, expect, it } from 'vitest';
import type { AgreementRevision } from '../db/hearth-db';
import { agreementIn, at, utc } from '../schedule/agreement-fixture';
import { ritualsEndedBetween } from './ended-rituals';

const walk = (label: string, time: string) => ({
  id: 'walk',
  label,
  recurrence: { kind: 'daily' },
  time,
  durationMinutes: 45,
  reminderMinutes: 15,
  protected: false,
});
const revision = (effectiveAt: string, label: string, time: string): AgreementRevision => ({
  effectiveAt: at(effectiveAt),
  source: 'edit',
  agreement: agreementIn('Europe/Berlin', { rituals: [walk(label, time)] }),
});

// The walk moved from 19:30 to 21:00 on Tuesday evening, while Tuesday's 19:30 walk was under way.
const revisions = [
  revision('2026-10-19T12:00:00+02:00', 'Evening walk', '19:30'),
  revision('2026-10-20T19:45:00+02:00', 'Late walk', '21:00'),
];
const ended = (from: string, to: string) =>
  ritualsEndedBetween(revisions, at(from), at(to)).map((o) => [o.label, ...utc([o.start, o.end])]);

describe('ritualsEndedBetween', () => {
  it('takes each occurrence from the revision in force when it started', () => {
    expect(ended('2026-10-20T00:00:00+02:00', '2026-10-21T00:00:00+02:00')).toEqual([
      ['Evening walk', ...utc([at('2026-10-20T19:30:00+02:00'), at('2026-10-20T20:15:00+02:00')])],
      ['Late walk', ...utc([at('2026-10-20T21:00:00+02:00'), at('2026-10-20T21:45:00+02:00')])],
    ]);
  });

  it.each([
    ['before the first agreement', '2026-10-18T00:00:00+02:00', '2026-10-19T12:00:00+02:00', 0],
    ['one still under way', '2026-10-21T20:00:00+02:00', '2026-10-21T21:44:59+02:00', 0],
    ['one ending exactly at the end of the span', '2026-10-21T21:00:00+02:00', '2026-10-21T21:45:00+02:00', 1],
    ['one ending exactly at the start of the span', '2026-10-21T21:45:00+02:00', '2026-10-21T23:00:00+02:00', 0],
    // Monday and Tuesday at 19:30, then Tuesday to Sunday at 21:00.
    ['a whole week', '2026-10-19T00:00:00+02:00', '2026-10-26T00:00:00+01:00', 8],
  ])('counts %s', (_, from, to, count) => {
    expect(ended(from, to)).toHaveLength(count);
  });
});
