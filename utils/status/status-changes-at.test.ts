import { describe, expect, it } from 'vitest';
import { agreementIn, at, utc } from '../schedule/agreement-fixture';
import type { ActivityInterval } from '../tracking/activity-interval';
import { MAX_GAP_MS } from '../tracking/tracking-settings';
import { statusChangesAt } from './status-changes-at';

// Alex works Mondays 09:00–17:00; the only zone is Monday 19:00–22:00. Weeks start on Monday.
const agreement = agreementIn('Europe/Berlin', {
  partners: [
    { id: 'alex', name: 'Alex', workingHours: { mon: [{ start: '09:00', end: '17:00' }] } },
    { id: 'sam', name: 'Sam', workingHours: {} },
  ],
  zones: [{ id: 'evening', label: 'Evening', days: ['mon'], start: '19:00', end: '22:00', mode: 'dim' }],
});
const open = (start: string, end: string): ActivityInterval => ({ id: `${at(start)}:example.com`, domain: 'example.com', category: 'other', start: at(start), end: at(end), audible: false });
const changesAt = (now: string, openInterval: ActivityInterval | null = null, ownerId = 'alex') =>
  utc([statusChangesAt({ agreement, ownerId, now: at(now), openInterval })])[0];

describe('statusChangesAt', () => {
  it('is the start of working hours before them, nothing open', () => {
    expect(changesAt('2026-11-23T07:00:00+01:00')).toBe(utc([at('2026-11-23T09:00:00+01:00')])[0]);
  });

  it('is the end of working hours in them, nothing open: "away" becomes "off" then', () => {
    expect(changesAt('2026-11-23T16:30:00+01:00')).toBe(utc([at('2026-11-23T17:00:00+01:00')])[0]);
  });

  it('is the zone starting after hours', () => {
    expect(changesAt('2026-11-23T18:00:00+01:00')).toBe(utc([at('2026-11-23T19:00:00+01:00')])[0]);
  });

  it('is the end of the week when nothing comes sooner: the budget starts again', () => {
    expect(changesAt('2026-11-29T12:00:00+01:00')).toBe(utc([at('2026-11-30T00:00:00+01:00')])[0]);
  });

  it('is the next minute while work is open', () => {
    expect(changesAt('2026-11-23T18:00:00+01:00', open('2026-11-23T17:50:00+01:00', '2026-11-23T18:00:00+01:00'))).toBe(
      utc([at('2026-11-23T18:01:00+01:00')])[0],
    );
  });

  it('is the moment open work goes stale when that comes before the next minute', () => {
    const lastCheckpoint = at('2026-11-23T18:00:00+01:00') - MAX_GAP_MS + 10_000;
    const interval = { ...open('2026-11-23T17:50:00+01:00', '2026-11-23T18:00:00+01:00'), end: lastCheckpoint };
    expect(statusChangesAt({ agreement, ownerId: 'alex', now: at('2026-11-23T18:00:00+01:00'), openInterval: interval })).toBe(lastCheckpoint + MAX_GAP_MS + 1);
  });

  it('ignores open work that has already gone stale', () => {
    const stale = open('2026-11-23T17:00:00+01:00', '2026-11-23T17:30:00+01:00');
    expect(changesAt('2026-11-23T18:00:00+01:00', stale)).toBe(utc([at('2026-11-23T19:00:00+01:00')])[0]);
  });

  it('follows the owner: someone with no working hours meets only the zone', () => {
    expect(changesAt('2026-11-23T07:00:00+01:00', null, 'sam')).toBe(utc([at('2026-11-23T19:00:00+01:00')])[0]);
  });
});
