import * as v from 'valibot';
import type { PopupStatus } from '../status/popup-status';
import { LATEST_INSTANT } from './instant';
import { receivedStatus, SharedStatus, sharedStatus } from './shared-status';
import { effectiveSharing, type SharingChoices } from './sharing';

const NOW = Date.parse('2026-11-23T19:42:31Z');
const min = (n: number) => Date.parse('2026-11-23T19:00:00Z') + n * 60_000;

const status = (changes: Partial<PopupStatus> = {}): PopupStatus => ({
  now: NOW,
  timeZone: 'Europe/Berlin',
  me: { kind: 'off' },
  meSince: min(12),
  changesAt: min(600),
  budget: { usedMinutes: 93, budgetMinutes: 120, ratio: 93 / 120, season: 'Launch' },
  nextRitual: { ritualId: 'walk', label: 'Evening walk', start: min(90), end: min(135), countdown: { key: 'popupCountdownMinutes', count: 48 } },
  runningRituals: [],
  endedRituals: [],
  note: 'Deadline Thursday',
  linked: true,
  ...changes,
});

const ALL: SharingChoices = { state: true, note: true, budget: true, ritual: true, checkIn: true, stretch: true, paused: false };
const everything = effectiveSharing(ALL, ALL);
const stateOf = (changes: Partial<PopupStatus>) => sharedStatus(status(changes), everything, NOW);

describe('sharedStatus', () => {
  it('rounds the time it was made down to the minute', () => {
    expect(sharedStatus(status(), everything, NOW).at).toBe(Date.parse('2026-11-23T19:42:00Z'));
  });

  it.each<[string, Partial<PopupStatus>, unknown]>([
    ['off', {}, { kind: 'off', since: min(10) }],
    ['off with nothing known since when', { meSince: null }, { kind: 'off' }],
    ['away from work in hours, which the partner reads as off', { me: { kind: 'away-in-hours' } }, { kind: 'off', since: min(10) }],
    ['working in hours', { me: { kind: 'working-in-hours' }, meSince: min(4) }, { kind: 'working', since: min(0) }],
    ['after hours, minutes rounded to 5', { me: { kind: 'after-hours', minutesToday: 37 } }, { kind: 'after-hours', minutesToday: 35, since: min(10) }],
    ['after hours, never 0', { me: { kind: 'after-hours', minutesToday: 1 } }, { kind: 'after-hours', minutesToday: 5, since: min(10) }],
    [
      'a zone with its labels',
      { me: { kind: 'zone', labels: ['Family evenings', 'Sunday'], until: min(600) } },
      { kind: 'zone', labels: ['Family evenings', 'Sunday'], since: min(10) },
    ],
    [
      'a protected ritual, which guards like a zone',
      { me: { kind: 'zone', labels: ['Shared breakfast'], until: min(30) }, runningRituals: [{ ritualId: 'b', label: 'Shared breakfast', start: min(7), end: min(30) }] },
      { kind: 'ritual', label: 'Shared breakfast', since: min(10) },
    ],
    [
      'a ritual running while off',
      { runningRituals: [{ ritualId: 'walk', label: 'Evening walk', start: min(33), end: min(78) }] },
      { kind: 'ritual', label: 'Evening walk', since: min(30) },
    ],
    ['an override, with no site and no start', { me: { kind: 'override', until: min(50), site: 'app.slack.com' }, meSince: null }, { kind: 'override' }],
  ])('shares %s', (_, changes, expected) => {
    const shared = stateOf(changes);
    expect(shared.paused === false && shared.state).toEqual(expected);
    expect(v.is(SharedStatus, shared)).toBe(true);
  });

  it('never lets a site, a host or a URL through, whatever the state', () => {
    const site = 'secret-client.example.com';
    const shared = stateOf({
      me: { kind: 'override', until: min(50), site },
      endedRituals: [{ ritualId: 'x', label: 'y', start: min(0), end: min(1) }],
    });
    const json = JSON.stringify(shared);
    expect(json).not.toContain(site);
    expect(json).not.toMatch(/example|https?:|\.com/);
    expect(json).not.toContain('until');
  });

  it('shares the note, the budget (rounded, no season) and the next ritual when they flow', () => {
    const shared = stateOf({});
    expect(shared).toMatchObject({ note: 'Deadline Thursday', budget: { usedMinutes: 95, budgetMinutes: 120 }, nextRitual: { label: 'Evening walk', start: min(90) } });
    expect(JSON.stringify(shared)).not.toContain('Launch');
  });

  it('says no ritual is coming when rituals flow but none is planned', () => {
    expect(stateOf({ nextRitual: null })).toMatchObject({ nextRitual: null });
  });

  it('leaves out an empty note', () => {
    expect(stateOf({ note: '' })).not.toHaveProperty('note');
  });

  it('sends only the kinds that flow', () => {
    const mine: SharingChoices = { ...ALL, note: false, budget: false };
    const shared = sharedStatus(status(), effectiveSharing(mine, ALL), NOW);
    expect(Object.keys(shared).sort()).toEqual(['at', 'nextRitual', 'paused', 'state', 'v']);
  });

  it('sends nothing but the time when no kind flows', () => {
    expect(sharedStatus(status(), effectiveSharing(ALL, null), NOW)).toEqual({ v: 1, at: Date.parse('2026-11-23T19:42:00Z'), paused: false });
  });

  it('says "paused" and nothing else when paused', () => {
    const shared = sharedStatus(status({ me: { kind: 'after-hours', minutesToday: 80 } }), effectiveSharing({ ...ALL, paused: true }, ALL), NOW);
    expect(shared).toEqual({ v: 1, at: Date.parse('2026-11-23T19:42:00Z'), paused: true });
  });

  it('is refused by the schema when it carries anything extra', () => {
    const shared = stateOf({});
    expect(v.is(SharedStatus, { ...shared, site: 'github.com' })).toBe(false);
    expect(v.is(SharedStatus, { v: 1, at: 0, paused: true, note: 'x' })).toBe(false);
    expect(v.is(SharedStatus, { ...shared, state: { kind: 'override', site: 'github.com' } })).toBe(false);
  });

  it('is refused with a time no date can hold, which the popup could not write', () => {
    const shared = stateOf({});
    const never = 9e15;
    expect(v.is(SharedStatus, { ...shared, at: never })).toBe(false);
    expect(v.is(SharedStatus, { ...shared, state: { kind: 'off', since: never } })).toBe(false);
    expect(v.is(SharedStatus, { ...shared, nextRitual: { label: 'Walk', start: never } })).toBe(false);
    expect(v.is(SharedStatus, { ...shared, state: { kind: 'off', since: LATEST_INSTANT } })).toBe(true);
  });
});

describe('receivedStatus', () => {
  const theirs = sharedStatus(status(), everything, NOW);
  const mine = (changes: Partial<SharingChoices>) => effectiveSharing({ ...ALL, ...changes }, ALL);

  it('shows all they sent while both share every kind', () => {
    expect(receivedStatus(theirs, everything)).toEqual(theirs);
  });

  it('drops each kind I do not share back, whatever they sent', () => {
    expect(receivedStatus(theirs, mine({ note: false, budget: false }))).toEqual({ v: 1, at: theirs.at, paused: false, state: { kind: 'off', since: min(10) }, nextRitual: { label: 'Evening walk', start: min(90) } });
    expect(receivedStatus(theirs, mine({ state: false, ritual: false }))).toEqual({ v: 1, at: theirs.at, paused: false, note: 'Deadline Thursday', budget: { usedMinutes: 95, budgetMinutes: 120 } });
  });

  it('reads "paused" while I pause, and keeps their own pause as it came', () => {
    expect(receivedStatus(theirs, mine({ paused: true }))).toEqual({ v: 1, at: theirs.at, paused: true });
    expect(receivedStatus({ v: 1, at: 5, paused: true }, everything)).toEqual({ v: 1, at: 5, paused: true });
  });
});
