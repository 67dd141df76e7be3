import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { countdownSubstitutions, countdownTo, type Countdown } from './countdown-text';
import { ritualCountdown } from './ritual-countdown';
import { household } from './status-fixture';

const BERLIN = 'Europe/Berlin';

describe('countdownTo', () => {
  it.each<[string, string, string, string, Countdown]>([
    ['minutes under an hour', '2026-11-23T07:00:00+01:00', '2026-11-23T07:25:00+01:00', BERLIN, { key: 'popupCountdownMinutes', count: 25 }],
    ['a part minute rounds up, never "in 0 min"', '2026-11-23T07:14:30+01:00', '2026-11-23T07:15:00+01:00', BERLIN, { key: 'popupCountdownMinutes', count: 1 }],
    ['59.5 minutes is an hour', '2026-11-23T07:00:30+01:00', '2026-11-23T08:00:00+01:00', BERLIN, { key: 'popupCountdownHours', count: 1 }],
    ['hours later the same local day', '2026-11-23T07:00:00+01:00', '2026-11-23T10:20:00+01:00', BERLIN, { key: 'popupCountdownHours', count: 3 }],
    ['at the start itself', '2026-11-23T07:15:00+01:00', '2026-11-23T07:15:00+01:00', BERLIN, { key: 'popupCountdownNow' }],
    ['the next local day', '2026-11-23T22:00:00+01:00', '2026-11-24T07:15:00+01:00', BERLIN, { key: 'popupCountdownTomorrow', time: '07:15' }],
    // 22:30 UTC: already the 24th on the machine's clock (Chatham), still the 23rd in Berlin.
    ['tomorrow by the household\'s date, not the machine\'s', '2026-11-23T23:30:00+01:00', '2026-11-24T07:15:00+01:00', BERLIN, { key: 'popupCountdownTomorrow', time: '07:15' }],
    ['past midnight but under an hour: minutes', '2026-11-23T23:45:00+01:00', '2026-11-24T00:30:00+01:00', BERLIN, { key: 'popupCountdownMinutes', count: 45 }],
    ['past midnight and over an hour: tomorrow', '2026-11-23T22:30:00+01:00', '2026-11-24T01:00:00+01:00', BERLIN, { key: 'popupCountdownTomorrow', time: '01:00' }],
    ['tomorrow across the spring-forward night', '2027-03-27T22:00:00+01:00', '2027-03-28T07:15:00+02:00', BERLIN, { key: 'popupCountdownTomorrow', time: '07:15' }],
    ['in another household zone', '2026-11-23T21:00:00-05:00', '2026-11-24T06:30:00-05:00', 'America/New_York', { key: 'popupCountdownTomorrow', time: '06:30' }],
    ['later this week: the weekday', '2026-11-23T10:00:00+01:00', '2026-11-28T09:00:00+01:00', BERLIN, { key: 'popupCountdownLater', day: 'Sat', time: '09:00' }],
    ['a week or more away: the date too', '2026-11-23T10:00:00+01:00', '2026-12-25T20:00:00+01:00', BERLIN, { key: 'popupCountdownLater', day: 'Fri 25 Dec', time: '20:00' }],
  ])('%s', (_, now, start, timeZone, expected) => {
    expect(countdownTo(at(start), at(now), timeZone, 'en-GB')).toEqual(expected);
  });

  it.each<[Countdown, string[]]>([
    [{ key: 'popupCountdownNow' }, []],
    [{ key: 'popupCountdownMinutes', count: 25 }, ['25']],
    [{ key: 'popupCountdownHours', count: 3 }, ['3']],
    [{ key: 'popupCountdownTomorrow', time: '07:15' }, ['07:15']],
    [{ key: 'popupCountdownLater', day: 'Sat', time: '09:00' }, ['Sat', '09:00']],
  ])('%o fills its message with %o', (countdown, substitutions) => {
    expect(countdownSubstitutions(countdown)).toEqual(substitutions);
  });
});

describe('ritualCountdown', () => {
  // Shared breakfast weekdays 07:15 for 30 min; evening walk daily 19:30 for 45 min.
  const berlin = household();
  const brief = (now: string) => {
    const result = ritualCountdown(berlin, at(now), 'en-GB');
    const when = (instant: number) => new Date(instant).toISOString();
    return {
      next: result.next && [result.next.ritualId, when(result.next.start), result.next.countdown],
      running: result.running.map((ritual) => ritual.ritualId),
      ended: result.recentlyEnded.map((ritual) => [ritual.ritualId, when(ritual.end)]),
    };
  };

  it.each([
    [
      'during breakfast: the walk is next, breakfast is running',
      '2026-11-23T07:20:00+01:00',
      { next: ['walk', '2026-11-23T18:30:00.000Z', { key: 'popupCountdownHours', count: 12 }], running: ['breakfast'], ended: [] },
    ],
    [
      'at the end of breakfast it has ended, not running',
      '2026-11-23T07:45:00+01:00',
      { next: ['walk', '2026-11-23T18:30:00.000Z', { key: 'popupCountdownHours', count: 12 }], running: [], ended: [['breakfast', '2026-11-23T06:45:00.000Z']] },
    ],
    [
      'just under two hours after it ended, still asked about',
      '2026-11-23T09:44:00+01:00',
      { next: ['walk', '2026-11-23T18:30:00.000Z', { key: 'popupCountdownHours', count: 10 }], running: [], ended: [['breakfast', '2026-11-23T06:45:00.000Z']] },
    ],
    [
      'two hours after it ended, no longer',
      '2026-11-23T09:45:00+01:00',
      { next: ['walk', '2026-11-23T18:30:00.000Z', { key: 'popupCountdownHours', count: 10 }], running: [], ended: [] },
    ],
    [
      'on Sunday night, Monday breakfast is tomorrow',
      '2026-11-29T21:00:00+01:00',
      { next: ['breakfast', '2026-11-30T06:15:00.000Z', { key: 'popupCountdownTomorrow', time: '07:15' }], running: [], ended: [['walk', '2026-11-29T19:15:00.000Z']] },
    ],
  ])('%s', (_, now, expected) => {
    expect(brief(now)).toEqual(expected);
  });

  it('has nothing to count down to without rituals', () => {
    expect(ritualCountdown(household({ rituals: [] }), at('2026-11-23T07:20:00+01:00'))).toEqual({ next: null, running: [], recentlyEnded: [] });
  });
});
