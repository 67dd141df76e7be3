import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { previousGuardBoundary } from '../schedule/guard-state';
import { workInterval } from '../tracking/interval-fixture';
import { stateSince, type StateSinceInput } from './state-since';
import { household } from './status-fixture';

const berlin = household();
const input = (now: string, changes: Partial<StateSinceInput>): StateSinceInput => ({
  agreement: berlin,
  ownerId: 'alex',
  now: at(now),
  me: { kind: 'off' },
  intervals: [],
  openInterval: null,
  ...changes,
});

// Monday 2026-11-23 in Berlin. Alex works 09:00-17:00; the evening zone runs 19:00-07:00.
describe('stateSince', () => {
  it('dates a zone from when it began', () => {
    const since = stateSince(input('2026-11-23T20:00:00+01:00', { me: { kind: 'zone', labels: ['Family evenings'], until: null } }));
    expect(since).toBe(at('2026-11-23T19:00:00+01:00'));
  });

  it('dates a zone from when its set of sources last changed, a protected ritual joining it included', () => {
    // The evening zone ends at 07:00; the protected breakfast runs 07:15-07:45.
    expect(previousGuardBoundary(berlin, at('2026-11-24T07:10:00+01:00'))).toBe(at('2026-11-24T07:00:00+01:00'));
    expect(previousGuardBoundary(berlin, at('2026-11-24T07:20:00+01:00'))).toBe(at('2026-11-24T07:15:00+01:00'));
  });

  it('dates work in hours from the start of the stretch, across site switches and short gaps', () => {
    const open = workInterval('2026-11-23T10:30:00+01:00', '2026-11-23T10:59:50+01:00', 'github.com');
    const intervals = [
      workInterval('2026-11-23T08:00:00+01:00', '2026-11-23T08:30:00+01:00'),
      workInterval('2026-11-23T10:00:00+01:00', '2026-11-23T10:29:30+01:00'),
      open,
    ];
    const since = stateSince(input('2026-11-23T11:00:00+01:00', { me: { kind: 'working-in-hours' }, intervals, openInterval: open }));
    expect(since).toBe(at('2026-11-23T10:00:00+01:00'));
  });

  it('dates after-hours work from the end of working hours when the stretch began in hours', () => {
    const open = workInterval('2026-11-23T16:30:00+01:00', '2026-11-23T17:29:50+01:00');
    const since = stateSince(input('2026-11-23T17:30:00+01:00', { me: { kind: 'after-hours', minutesToday: 30 }, intervals: [open], openInterval: open }));
    expect(since).toBe(at('2026-11-23T17:00:00+01:00'));
  });

  it('dates after-hours work from its own start when it began after hours', () => {
    const open = workInterval('2026-11-23T18:05:00+01:00', '2026-11-23T18:29:50+01:00');
    const since = stateSince(input('2026-11-23T18:30:00+01:00', { me: { kind: 'after-hours', minutesToday: 25 }, intervals: [open], openInterval: open }));
    expect(since).toBe(at('2026-11-23T18:05:00+01:00'));
  });

  it('dates off from the end of the last work or of the last zone, whichever is later', () => {
    const work = workInterval('2026-11-23T16:00:00+01:00', '2026-11-23T17:40:00+01:00');
    expect(stateSince(input('2026-11-23T18:00:00+01:00', { intervals: [work] }))).toBe(at('2026-11-23T17:40:00+01:00'));
    const early = workInterval('2026-11-23T06:00:00+01:00', '2026-11-23T06:30:00+01:00');
    // The protected breakfast (07:15-07:45) was the last guard source to end.
    expect(stateSince(input('2026-11-23T08:00:00+01:00', { intervals: [early] }))).toBe(at('2026-11-23T07:45:00+01:00'));
  });

  it('dates away from work in hours as off, which is what the partner is told: from the last work or zone, not from the start of hours', () => {
    const early = workInterval('2026-11-23T06:00:00+01:00', '2026-11-23T06:30:00+01:00');
    expect(stateSince(input('2026-11-23T10:00:00+01:00', { me: { kind: 'away-in-hours' }, intervals: [early] }))).toBe(at('2026-11-23T07:45:00+01:00'));
  });

  it('knows nothing of an override\'s start, and says so', () => {
    const me = { kind: 'override', until: at('2026-11-23T20:10:00+01:00'), site: 'app.slack.com' } as const;
    expect(stateSince(input('2026-11-23T20:00:00+01:00', { me }))).toBeNull();
  });

  it('knows nothing of work with no open interval', () => {
    expect(stateSince(input('2026-11-23T10:00:00+01:00', { me: { kind: 'working-in-hours' } }))).toBeNull();
  });
});
