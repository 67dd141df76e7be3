import { describe, expect, it } from 'vitest';
import { agreementIn, at, utc } from './agreement-fixture';
import { guardTimeline } from './guard-sources';
import { activeZoneSources } from './zones';

const ALL_WEEK = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The same small-hours zones in every household zone, so each DST night can be probed alike. */
function smallHoursIn(timeZone: string) {
  return agreementIn(timeZone, {
    zones: [
      { id: 'one-to-two', label: '01–02', days: ['sun'], start: '01:00', end: '02:00', mode: 'dim' },
      { id: 'two-to-three', label: '02–03', days: ['sun'], start: '02:00', end: '03:00', mode: 'dim' },
      { id: 'half-past-two', label: '02:30–04', days: ['sun'], start: '02:30', end: '04:00', mode: 'block' },
      { id: 'night', label: 'Night', days: ALL_WEEK, start: '22:00', end: '06:00', mode: 'track' },
    ],
  });
}

const activeIds = (timeZone: string, iso: string) => activeZoneSources(smallHoursIn(timeZone), at(iso)).map((source) => source.id);

describe('activeZoneSources across DST nights', () => {
  it.each([
    // Berlin falls back 03:00 CEST → 02:00 CET: 02:00–03:00 happens twice and holds both times.
    ['Europe/Berlin', '2026-10-25T01:59:00+02:00', ['one-to-two', 'night']],
    ['Europe/Berlin', '2026-10-25T02:00:00+02:00', ['two-to-three', 'night']],
    ['Europe/Berlin', '2026-10-25T02:30:00+02:00', ['two-to-three', 'half-past-two', 'night']],
    ['Europe/Berlin', '2026-10-25T02:59:59+02:00', ['two-to-three', 'half-past-two', 'night']],
    // The clock is back at 02:00: before 02:30 again, so that zone lets go until 02:30 returns.
    ['Europe/Berlin', '2026-10-25T02:00:00+01:00', ['two-to-three', 'night']],
    ['Europe/Berlin', '2026-10-25T02:30:00+01:00', ['two-to-three', 'half-past-two', 'night']],
    ['Europe/Berlin', '2026-10-25T03:00:00+01:00', ['half-past-two', 'night']],
    ['Europe/Berlin', '2026-10-25T05:59:59+01:00', ['night']],
    ['Europe/Berlin', '2026-10-25T06:00:00+01:00', []],
    // Berlin springs forward 02:00 CET → 03:00 CEST: a zone starting at 02:30 is on from the jump.
    ['Europe/Berlin', '2026-03-29T01:59:59+01:00', ['one-to-two', 'night']],
    ['Europe/Berlin', '2026-03-29T03:00:00+02:00', ['half-past-two', 'night']],
    ['Europe/Berlin', '2026-03-29T03:59:59+02:00', ['half-past-two', 'night']],
    ['Europe/Berlin', '2026-03-29T04:00:00+02:00', ['night']],
    // New York falls back 02:00 EDT → 01:00 EST: 01:00–02:00 repeats.
    ['America/New_York', '2026-11-01T00:59:00-04:00', ['night']],
    ['America/New_York', '2026-11-01T01:00:00-04:00', ['one-to-two', 'night']],
    ['America/New_York', '2026-11-01T01:59:59-04:00', ['one-to-two', 'night']],
    ['America/New_York', '2026-11-01T01:00:00-05:00', ['one-to-two', 'night']],
    ['America/New_York', '2026-11-01T01:59:59-05:00', ['one-to-two', 'night']],
    ['America/New_York', '2026-11-01T02:00:00-05:00', ['two-to-three', 'night']],
    ['America/New_York', '2026-11-01T02:30:00-05:00', ['two-to-three', 'half-past-two', 'night']],
    ['America/New_York', '2026-03-08T01:59:59-05:00', ['one-to-two', 'night']],
    ['America/New_York', '2026-03-08T03:00:00-04:00', ['half-past-two', 'night']],
    // Sydney, southern hemisphere: back on 5 April (03:00 AEDT → 02:00 AEST), forward on 4 October.
    ['Australia/Sydney', '2026-04-05T02:00:00+11:00', ['two-to-three', 'night']],
    ['Australia/Sydney', '2026-04-05T02:45:00+11:00', ['two-to-three', 'half-past-two', 'night']],
    ['Australia/Sydney', '2026-04-05T02:15:00+10:00', ['two-to-three', 'night']],
    ['Australia/Sydney', '2026-04-05T03:00:00+10:00', ['half-past-two', 'night']],
    ['Australia/Sydney', '2026-10-04T01:59:00+10:00', ['one-to-two', 'night']],
    ['Australia/Sydney', '2026-10-04T03:00:00+11:00', ['half-past-two', 'night']],
    // St. John's, half-hour offsets: back 02:00 NDT → 01:00 NST, forward 02:00 NST → 03:00 NDT.
    ['America/St_Johns', '2026-11-01T01:30:00-02:30', ['one-to-two', 'night']],
    ['America/St_Johns', '2026-11-01T01:30:00-03:30', ['one-to-two', 'night']],
    ['America/St_Johns', '2026-11-01T02:00:00-03:30', ['two-to-three', 'night']],
    ['America/St_Johns', '2026-03-08T01:59:00-03:30', ['one-to-two', 'night']],
    ['America/St_Johns', '2026-03-08T03:00:00-02:30', ['half-past-two', 'night']],
    // Kolkata has no DST: every hour of that Sunday happens once.
    ['Asia/Kolkata', '2026-03-29T02:30:00+05:30', ['two-to-three', 'half-past-two', 'night']],
    ['Asia/Kolkata', '2026-03-29T06:00:00+05:30', []],
    ['Asia/Kolkata', '2026-03-28T22:00:00+05:30', ['night']],
  ])('%s at %s', (timeZone, iso, expected) => {
    expect(activeIds(timeZone, iso)).toEqual(expected);
  });

  it.each([
    ['Europe/Berlin', 'two-to-three', '2026-03-28T23:00:00Z'],
    ['America/New_York', 'two-to-three', '2026-03-08T05:00:00Z'],
    ['Australia/Sydney', 'two-to-three', '2026-10-03T13:00:00Z'],
    ['America/St_Johns', 'two-to-three', '2026-03-08T03:30:00Z'],
  ])('in %s the skipped hour (%s) is never inside, minute by minute through the night', (timeZone, id, fromIso) => {
    const agreement = smallHoursIn(timeZone);
    const from = at(fromIso);
    for (let instant = from; instant < from + 6 * 3_600_000; instant += 60_000) {
      expect(activeZoneSources(agreement, instant).map((source) => source.id)).not.toContain(id);
    }
  });
});

describe('activeZoneSources on ordinary days', () => {
  const weekly = agreementIn('America/New_York', {
    zones: [{ id: 'friday-night', label: 'Friday night', days: ['fri'], start: '19:00', end: '07:00', mode: 'dim' }],
  });
  const special = agreementIn('America/New_York', {
    specialDays: [
      { id: 'birthday', label: 'Birthday', date: '2026-12-05', mode: 'block' },
      { id: 'christmas-eve', label: 'Christmas Eve', date: '2026-12-24', start: '14:00', end: '24:00', mode: 'block' },
      { id: 'new-year', label: "New Year's Eve", date: '2026-12-31', start: '22:00', end: '02:00', mode: 'track' },
    ],
  });

  it.each([
    ['Friday 18:59', weekly, '2026-10-23T18:59:00-04:00', []],
    ['Friday 19:00, its start', weekly, '2026-10-23T19:00:00-04:00', ['friday-night']],
    ['Saturday 06:59', weekly, '2026-10-24T06:59:59-04:00', ['friday-night']],
    ['Saturday 07:00, its end', weekly, '2026-10-24T07:00:00-04:00', []],
    ['Saturday 19:00', weekly, '2026-10-24T19:00:00-04:00', []],
    ['Thursday 20:00', weekly, '2026-10-22T20:00:00-04:00', []],
    ['just before the birthday', special, '2026-12-04T23:59:59-05:00', []],
    ['the birthday begins', special, '2026-12-05T00:00:00-05:00', ['birthday']],
    ['the birthday, last second', special, '2026-12-05T23:59:59-05:00', ['birthday']],
    ['the day after the birthday', special, '2026-12-06T00:00:00-05:00', []],
    ['Christmas Eve 13:59', special, '2026-12-24T13:59:00-05:00', []],
    ['Christmas Eve 14:00', special, '2026-12-24T14:00:00-05:00', ['christmas-eve']],
    ['Christmas Day 00:00', special, '2026-12-25T00:00:00-05:00', []],
    ["New Year's Eve into the new year", special, '2027-01-01T01:59:00-05:00', ['new-year']],
    ["New Year's morning 02:00", special, '2027-01-01T02:00:00-05:00', []],
  ])('%s', (_, agreement, iso, expected) => {
    expect(activeZoneSources(agreement, at(iso)).map((source) => source.id)).toEqual(expected);
  });

  it('reports kind, label and mode, weekly zones before special days', () => {
    const both = agreementIn('America/New_York', { zones: weekly.zones, specialDays: special.specialDays });
    expect(activeZoneSources(both, at('2026-12-05T06:00:00-05:00'))).toEqual([
      { kind: 'zone', id: 'friday-night', label: 'Friday night', mode: 'dim' },
      { kind: 'special-day', id: 'birthday', label: 'Birthday', mode: 'block' },
    ]);
  });
});

describe('yearly special days', () => {
  const yearly = agreementIn('Europe/Berlin', {
    specialDays: [
      { id: 'anniversary', label: 'Our anniversary', date: '2019-06-15', start: '18:00', end: '02:00', mode: 'block', repeats: 'yearly' },
      { id: 'leap-birthday', label: 'Leap birthday', date: '2024-02-29', mode: 'dim', repeats: 'yearly' },
    ],
  });

  it.each([
    ['before the first year', '2018-06-15T19:00:00+02:00', []],
    ['on the first date', '2019-06-15T19:00:00+02:00', ['anniversary']],
    ['years later, crossing midnight', '2031-06-16T01:59:00+02:00', ['anniversary']],
    ['years later, at its end', '2031-06-16T02:00:00+02:00', []],
    ['on another date of the year', '2031-07-15T19:00:00+02:00', []],
    ['29 February in a leap year', '2028-02-29T12:00:00+01:00', ['leap-birthday']],
    ['not on 28 February or 1 March of other years', '2027-02-28T12:00:00+01:00', []],
    ['nor on 1 March', '2027-03-01T12:00:00+01:00', []],
  ])('%s', (_, iso, expected) => {
    expect(activeZoneSources(yearly, at(iso)).map((source) => source.id)).toEqual(expected);
  });

  it('wakes the guard at the start and end of each year\'s occurrence', () => {
    const from = at('2030-06-15T12:00:00+02:00');
    expect(utc(guardTimeline(yearly, from, from + 86_400_000).candidates)).toEqual(['2030-06-15T16:00:00.000Z', '2030-06-16T00:00:00.000Z']);
  });
});

describe('special days on DST days', () => {
  const agreement = agreementIn('Europe/Berlin', {
    specialDays: [
      { id: 'long-sunday', label: 'Long Sunday', date: '2026-10-25', mode: 'block' },
      { id: 'short-morning', label: 'Short morning', date: '2026-03-29', start: '02:30', end: '05:00', mode: 'dim' },
    ],
  });

  it.each([
    // The whole day lasts 25 real hours when the clock falls back.
    ['2026-10-24T23:59:59+02:00', []],
    ['2026-10-25T00:00:00+02:00', ['long-sunday']],
    ['2026-10-25T23:30:00+01:00', ['long-sunday']],
    ['2026-10-26T00:00:00+01:00', []],
    // A time range starting inside the gap begins at the jump.
    ['2026-03-29T01:59:59+01:00', []],
    ['2026-03-29T03:00:00+02:00', ['short-morning']],
    ['2026-03-29T04:59:59+02:00', ['short-morning']],
    ['2026-03-29T05:00:00+02:00', []],
  ])('%s', (iso, expected) => {
    expect(activeZoneSources(agreement, at(iso)).map((source) => source.id)).toEqual(expected);
  });
});
