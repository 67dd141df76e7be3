import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { guardStateAt } from '../schedule/guard-state';
import { intervalId, type ActivityInterval } from '../tracking/activity-interval';
import { myStatus, type MyStatus } from './my-status';
import { household } from './status-fixture';

const berlin = household();
const minutes = (n: number) => n * 60_000;

/** Work on Slack that began `startedAgo` and was last checkpointed `checkedAgo` before `now`. */
const working = (now: string, startedAgo = minutes(20), checkedAgo = 10_000): ActivityInterval => ({
  id: intervalId(at(now) - startedAgo, 'app.slack.com'),
  domain: 'app.slack.com',
  category: 'chat',
  start: at(now) - startedAgo,
  end: at(now) - checkedAgo,
  audible: false,
});

type Row = [
  what: string,
  now: string,
  extra: { owner?: string; open?: ActivityInterval; override?: { site: string; end: string }; afterHoursToday?: number },
  expected: MyStatus,
];

// Monday 2026-11-23 in Berlin (UTC+1). Alex: weekdays 09:00-17:00; Sam: Mondays 17:00-23:00.
const rows: Row[] = [
  ['nothing on and no work', '2026-11-23T18:00:00+01:00', {}, { kind: 'off' }],
  // Hearth sees work sites only: in a meeting or on the phone, a working day is not "off the clock".
  ['no work open in Alex\'s hours', '2026-11-23T10:00:00+01:00', {}, { kind: 'away-in-hours' }],
  ['no work open in Sam\'s hours, the same minute off for Alex', '2026-11-23T18:00:00+01:00', { owner: 'sam' }, { kind: 'away-in-hours' }],
  [
    'work the tracker last saw 5 minutes ago, in hours, is away',
    '2026-11-23T10:00:00+01:00',
    { open: working('2026-11-23T10:00:00+01:00', minutes(30), minutes(5)) },
    { kind: 'away-in-hours' },
  ],
  ['work in Alex\'s hours', '2026-11-23T10:00:00+01:00', { open: working('2026-11-23T10:00:00+01:00') }, { kind: 'working-in-hours' }],
  [
    'work after Alex\'s hours, with the minutes so far today',
    '2026-11-23T18:00:00+01:00',
    { open: working('2026-11-23T18:00:00+01:00'), afterHoursToday: minutes(35) },
    { kind: 'after-hours', minutesToday: 35 },
  ],
  [
    'after hours rounds to the nearest minute but never says 0',
    '2026-11-23T18:00:00+01:00',
    { open: working('2026-11-23T18:00:00+01:00', 20_000, 0), afterHoursToday: 20_000 },
    { kind: 'after-hours', minutesToday: 1 },
  ],
  ['the same minute is in hours for Sam', '2026-11-23T18:00:00+01:00', { owner: 'sam', open: working('2026-11-23T18:00:00+01:00') }, { kind: 'working-in-hours' }],
  [
    'an open interval the tracker last saw 5 minutes ago is stale (the machine slept)',
    '2026-11-23T18:00:00+01:00',
    { open: working('2026-11-23T18:00:00+01:00', minutes(30), minutes(5)), afterHoursToday: minutes(25) },
    { kind: 'off' },
  ],
  [
    'a dim zone, until it ends (the next morning)',
    '2026-11-23T20:00:00+01:00',
    {},
    { kind: 'zone', labels: ['Family evenings'], until: at('2026-11-24T07:00:00+01:00') },
  ],
  [
    'a zone wins over after-hours work in it',
    '2026-11-23T20:00:00+01:00',
    { open: working('2026-11-23T20:00:00+01:00'), afterHoursToday: minutes(12) },
    { kind: 'zone', labels: ['Family evenings'], until: at('2026-11-24T07:00:00+01:00') },
  ],
  ['a track-only zone is a zone too', '2026-11-28T09:00:00+01:00', {}, { kind: 'zone', labels: ['Saturday market'], until: at('2026-11-28T12:00:00+01:00') }],
  ['a protected ritual is a zone', '2026-11-24T07:20:00+01:00', {}, { kind: 'zone', labels: ['Shared breakfast'], until: at('2026-11-24T07:45:00+01:00') }],
  [
    'an override in a zone wins over the zone',
    '2026-11-23T20:00:00+01:00',
    { override: { site: 'app.slack.com', end: '2026-11-23T20:15:00+01:00' }, open: working('2026-11-23T20:00:00+01:00') },
    { kind: 'override', until: at('2026-11-23T20:15:00+01:00'), site: 'app.slack.com' },
  ],
  [
    'an override that ran out leaves the zone',
    '2026-11-23T20:15:00+01:00',
    { override: { site: 'app.slack.com', end: '2026-11-23T20:15:00+01:00' } },
    { kind: 'zone', labels: ['Family evenings'], until: at('2026-11-24T07:00:00+01:00') },
  ],
  [
    'an override that outlives its zone has nothing left to override',
    '2026-11-24T07:05:00+01:00',
    { override: { site: 'app.slack.com', end: '2026-11-24T07:10:00+01:00' } },
    { kind: 'off' },
  ],
];

describe('myStatus', () => {
  it.each(rows)('%s', (_, now, extra, expected) => {
    const instant = at(now);
    const status = myStatus({
      agreement: berlin,
      ownerId: extra.owner ?? 'alex',
      now: instant,
      guardState: guardStateAt(berlin, instant),
      activeOverride: extra.override && { site: extra.override.site, end: at(extra.override.end) },
      afterHoursTodayMs: extra.afterHoursToday ?? 0,
      openInterval: extra.open ?? null,
    });
    expect(status).toEqual(expected);
  });

  it('lists each label once when two sources share it', () => {
    const twice = household({
      zones: [
        { id: 'evenings', label: 'Family time', days: ['mon'], start: '19:00', end: '23:00', mode: 'dim' },
        { id: 'late', label: 'Family time', days: ['mon'], start: '19:30', end: '22:00', mode: 'block' },
      ],
    });
    const now = at('2026-11-23T20:00:00+01:00');
    const status = myStatus({ agreement: twice, ownerId: 'alex', now, guardState: guardStateAt(twice, now), activeOverride: undefined, afterHoursTodayMs: 0, openInterval: null });
    expect(status).toEqual({ kind: 'zone', labels: ['Family time'], until: at('2026-11-23T22:00:00+01:00') });
  });
});
