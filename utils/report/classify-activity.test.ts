import { describe, expect, it } from 'vitest';
import type { Agreement } from '../agreement/agreement-schema';
import type { AgreementRevision } from '../db/hearth-db';
import { agreementIn, at } from '../schedule/agreement-fixture';
import { guardTimeline } from '../schedule/guard-sources';
import { scheduleBoundaries } from '../schedule/schedule-boundaries';
import { wallTimeAt } from '../schedule/wall-clock';
import { isWithinWorkingHours } from '../schedule/working-hours';
import { intervalId, type ActivityInterval } from '../tracking/activity-interval';
import { workInterval } from '../tracking/interval-fixture';
import { classifyActivity, type ClassifiedSlice, type OverrideSpan } from './classify-activity';
import { seededRandom } from '../../tests/support/seeded-random';

type Hours = Record<string, { start: string; end: string }[]>;
const person = (id: string, workingHours: Hours = {}) => ({ id, name: id, workingHours });

/** Alex owns the activity; Sam works nights, so Sam's edges must never leak into Alex's hours. */
const householdIn = (timeZone: string, alexHours: Hours, parts: Parameters<typeof agreementIn>[1] = {}) =>
  agreementIn(timeZone, { partners: [person('alex', alexHours), person('sam')], ...parts });

const revision = (id: number, effectiveAt: string, agreement: Agreement): AgreementRevision => ({
  id,
  effectiveAt: at(effectiveAt),
  source: 'edit',
  agreement,
});

const activity = (start: string, end: string, domain = 'app.slack.com') => workInterval(start, end, domain, domain === 'github.com' ? 'code' : 'chat');

const iso = (instant: number) => new Date(instant).toISOString();

/** What a reader checks: when, whether in hours, which sources, which date. */
const brief = (slice: ClassifiedSlice) => [
  iso(slice.start),
  iso(slice.end),
  slice.hours,
  slice.zones.map((zone) => zone.id).join(','),
  slice.date,
];

const row = (start: string, end: string, hours: ClassifiedSlice['hours'], zones: string, date: string) => [
  iso(at(start)),
  iso(at(end)),
  hours,
  zones,
  date,
];

const totalMs = (slices: readonly ClassifiedSlice[]) => slices.reduce((sum, slice) => sum + slice.end - slice.start, 0);

const BERLIN_WEEKDAYS = householdIn('Europe/Berlin', { mon: [{ start: '09:00', end: '17:00' }], fri: [{ start: '09:00', end: '17:00' }] }, {
  partners: [
    person('alex', { mon: [{ start: '09:00', end: '17:00' }], fri: [{ start: '09:00', end: '17:00' }] }),
    person('sam', { mon: [{ start: '22:00', end: '06:00' }] }),
  ],
  zones: [{ id: 'evenings', label: 'Evenings', days: ['fri'], start: '19:00', end: '07:00', mode: 'dim' }],
});

describe('classifyActivity: cuts at the schedule', () => {
  it.each([
    [
      'an interval crossing the end of working hours',
      BERLIN_WEEKDAYS,
      ['2026-06-01T16:30:00+02:00', '2026-06-01T17:30:00+02:00'],
      [
        row('2026-06-01T16:30:00+02:00', '2026-06-01T17:00:00+02:00', 'in-hours', '', '2026-06-01'),
        row('2026-06-01T17:00:00+02:00', '2026-06-01T17:30:00+02:00', 'after-hours', '', '2026-06-01'),
      ],
    ],
    [
      "an interval crossing midnight, and the other partner's edge (22:00) cutting without changing anything",
      BERLIN_WEEKDAYS,
      ['2026-06-01T21:30:00+02:00', '2026-06-02T00:30:00+02:00'],
      [
        row('2026-06-01T21:30:00+02:00', '2026-06-01T22:00:00+02:00', 'after-hours', '', '2026-06-01'),
        row('2026-06-01T22:00:00+02:00', '2026-06-02T00:00:00+02:00', 'after-hours', '', '2026-06-01'),
        row('2026-06-02T00:00:00+02:00', '2026-06-02T00:30:00+02:00', 'after-hours', '', '2026-06-02'),
      ],
    ],
    [
      'a zone crossing midnight, Fri 19:00 to Sat 07:00',
      BERLIN_WEEKDAYS,
      ['2026-06-05T16:00:00+02:00', '2026-06-06T08:00:00+02:00'],
      [
        row('2026-06-05T16:00:00+02:00', '2026-06-05T17:00:00+02:00', 'in-hours', '', '2026-06-05'),
        row('2026-06-05T17:00:00+02:00', '2026-06-05T19:00:00+02:00', 'after-hours', '', '2026-06-05'),
        row('2026-06-05T19:00:00+02:00', '2026-06-06T00:00:00+02:00', 'after-hours', 'evenings', '2026-06-05'),
        row('2026-06-06T00:00:00+02:00', '2026-06-06T07:00:00+02:00', 'after-hours', 'evenings', '2026-06-06'),
        row('2026-06-06T07:00:00+02:00', '2026-06-06T08:00:00+02:00', 'after-hours', '', '2026-06-06'),
      ],
    ],
    [
      'Berlin fall-back: a zone over the repeated hour holds through both passes, 3 h stay 3 h',
      householdIn('Europe/Berlin', {}, {
        zones: [{ id: 'small-hours', label: 'Small hours', days: ['sun'], start: '02:00', end: '03:00', mode: 'dim' }],
      }),
      ['2026-10-25T01:30:00+02:00', '2026-10-25T03:30:00+01:00'],
      [
        row('2026-10-25T01:30:00+02:00', '2026-10-25T02:00:00+02:00', 'after-hours', '', '2026-10-25'),
        row('2026-10-25T02:00:00+02:00', '2026-10-25T02:00:00+01:00', 'after-hours', 'small-hours', '2026-10-25'),
        row('2026-10-25T02:00:00+01:00', '2026-10-25T03:00:00+01:00', 'after-hours', 'small-hours', '2026-10-25'),
        row('2026-10-25T03:00:00+01:00', '2026-10-25T03:30:00+01:00', 'after-hours', '', '2026-10-25'),
      ],
    ],
    [
      'Berlin spring-forward: hours starting in the gap start at the jump',
      householdIn('Europe/Berlin', { sun: [{ start: '02:30', end: '04:00' }] }),
      ['2026-03-29T01:30:00+01:00', '2026-03-29T04:30:00+02:00'],
      [
        row('2026-03-29T01:30:00+01:00', '2026-03-29T03:00:00+02:00', 'after-hours', '', '2026-03-29'),
        row('2026-03-29T03:00:00+02:00', '2026-03-29T04:00:00+02:00', 'in-hours', '', '2026-03-29'),
        row('2026-03-29T04:00:00+02:00', '2026-03-29T04:30:00+02:00', 'after-hours', '', '2026-03-29'),
      ],
    ],
    [
      'New York fall-back: a track zone ending at 01:30 ends twice and holds again in the repeated hour',
      householdIn('America/New_York', {}, {
        zones: [{ id: 'late', label: 'Late', days: ['sun'], start: '00:00', end: '01:30', mode: 'track' }],
      }),
      ['2026-11-01T00:30:00-04:00', '2026-11-01T02:30:00-05:00'],
      [
        row('2026-11-01T00:30:00-04:00', '2026-11-01T01:30:00-04:00', 'after-hours', 'late', '2026-11-01'),
        row('2026-11-01T01:30:00-04:00', '2026-11-01T01:00:00-05:00', 'after-hours', '', '2026-11-01'),
        row('2026-11-01T01:00:00-05:00', '2026-11-01T01:30:00-05:00', 'after-hours', 'late', '2026-11-01'),
        row('2026-11-01T01:30:00-05:00', '2026-11-01T02:30:00-05:00', 'after-hours', '', '2026-11-01'),
      ],
    ],
    [
      'New York spring-forward: cut at the jump even when nothing else changes',
      householdIn('America/New_York', { sun: [{ start: '02:30', end: '04:00' }] }),
      ['2026-03-08T01:30:00-05:00', '2026-03-08T03:30:00-04:00'],
      [
        row('2026-03-08T01:30:00-05:00', '2026-03-08T03:00:00-04:00', 'after-hours', '', '2026-03-08'),
        row('2026-03-08T03:00:00-04:00', '2026-03-08T03:30:00-04:00', 'in-hours', '', '2026-03-08'),
      ],
    ],
    [
      'Sydney fall-back: hours ending in the repeated hour end twice',
      householdIn('Australia/Sydney', { sun: [{ start: '01:30', end: '02:30' }] }),
      ['2026-04-05T01:30:00+11:00', '2026-04-05T02:30:00+10:00'],
      [
        row('2026-04-05T01:30:00+11:00', '2026-04-05T02:30:00+11:00', 'in-hours', '', '2026-04-05'),
        row('2026-04-05T02:30:00+11:00', '2026-04-05T02:00:00+10:00', 'after-hours', '', '2026-04-05'),
        row('2026-04-05T02:00:00+10:00', '2026-04-05T02:30:00+10:00', 'in-hours', '', '2026-04-05'),
      ],
    ],
    [
      'Sydney spring-forward: hours starting in the gap start at the jump',
      householdIn('Australia/Sydney', { sun: [{ start: '02:30', end: '03:30' }] }),
      ['2026-10-04T01:00:00+10:00', '2026-10-04T04:00:00+11:00'],
      [
        row('2026-10-04T01:00:00+10:00', '2026-10-04T03:00:00+11:00', 'after-hours', '', '2026-10-04'),
        row('2026-10-04T03:00:00+11:00', '2026-10-04T03:30:00+11:00', 'in-hours', '', '2026-10-04'),
        row('2026-10-04T03:30:00+11:00', '2026-10-04T04:00:00+11:00', 'after-hours', '', '2026-10-04'),
      ],
    ],
    [
      'a protected ritual is a zone source; an unprotected one cuts nothing',
      householdIn('Europe/Berlin', { tue: [{ start: '09:00', end: '17:00' }] }, {
        rituals: [
          { id: 'tea', label: 'Tea', recurrence: { kind: 'daily' }, time: '15:00', durationMinutes: 30, reminderMinutes: 0, protected: true },
          { id: 'walk', label: 'Walk', recurrence: { kind: 'daily' }, time: '14:30', durationMinutes: 20, reminderMinutes: 0, protected: false },
        ],
      }),
      ['2026-06-02T14:00:00+02:00', '2026-06-02T16:00:00+02:00'],
      [
        row('2026-06-02T14:00:00+02:00', '2026-06-02T15:00:00+02:00', 'in-hours', '', '2026-06-02'),
        row('2026-06-02T15:00:00+02:00', '2026-06-02T15:30:00+02:00', 'in-hours', 'tea', '2026-06-02'),
        row('2026-06-02T15:30:00+02:00', '2026-06-02T16:00:00+02:00', 'in-hours', '', '2026-06-02'),
      ],
    ],
    [
      'a special day and a weekly zone at once, in a half-hour-offset zone',
      householdIn('Asia/Kolkata', { wed: [{ start: '09:00', end: '18:00' }] }, {
        zones: [{ id: 'lunch', label: 'Lunch', days: ['wed'], start: '13:00', end: '14:00', mode: 'block' }],
        specialDays: [{ id: 'school-play', label: 'School play', date: '2026-06-03', start: '13:30', end: '16:00', mode: 'dim' }],
      }),
      ['2026-06-03T12:30:00+05:30', '2026-06-03T14:30:00+05:30'],
      [
        row('2026-06-03T12:30:00+05:30', '2026-06-03T13:00:00+05:30', 'in-hours', '', '2026-06-03'),
        row('2026-06-03T13:00:00+05:30', '2026-06-03T13:30:00+05:30', 'in-hours', 'lunch', '2026-06-03'),
        row('2026-06-03T13:30:00+05:30', '2026-06-03T14:00:00+05:30', 'in-hours', 'lunch,school-play', '2026-06-03'),
        row('2026-06-03T14:00:00+05:30', '2026-06-03T14:30:00+05:30', 'in-hours', 'school-play', '2026-06-03'),
      ],
    ],
  ])('%s', (_, agreement, [start, end], expected) => {
    const interval = activity(start!, end!);
    const slices = classifyActivity([interval], [revision(1, '2026-01-01T00:00:00Z', agreement)], [], 'alex');
    expect(slices.map(brief)).toEqual(expected);
    expect(totalMs(slices)).toBe(interval.end - interval.start);
    expect(slices.every((slice) => slice.revisionId === 1 && !slice.overridden && slice.domain === 'app.slack.com')).toBe(true);
  });

  it('reports the zone as the agreement names it, mode included', () => {
    const agreement = householdIn('America/New_York', {}, {
      zones: [{ id: 'late', label: 'Late nights', days: ['sun'], start: '00:00', end: '01:30', mode: 'track' }],
    });
    const [slice] = classifyActivity(
      [activity('2026-06-07T00:10:00-04:00', '2026-06-07T00:20:00-04:00')],
      [revision(1, '2026-01-01T00:00:00Z', agreement)],
      [],
      'alex',
    );
    expect(slice?.zones).toEqual([{ kind: 'zone', id: 'late', label: 'Late nights', mode: 'track' }]);
  });
});

describe('classifyActivity: revisions', () => {
  const before = householdIn('Europe/Berlin', { wed: [{ start: '09:00', end: '17:00' }] });
  const after = householdIn('Europe/Berlin', { wed: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '20:00' }] });
  const revisions = [revision(1, '2026-06-01T00:00:00+02:00', before), revision(2, '2026-06-03T12:00:00+02:00', after)];

  it.each([
    [
      'an edit on Wednesday 12:00: before it revision 1, after it revision 2',
      activity('2026-06-03T11:00:00+02:00', '2026-06-03T18:00:00+02:00'),
      [
        ['2026-06-03T11:00:00+02:00', '2026-06-03T12:00:00+02:00', 'in-hours', 1],
        ['2026-06-03T12:00:00+02:00', '2026-06-03T13:00:00+02:00', 'after-hours', 2],
        ['2026-06-03T13:00:00+02:00', '2026-06-03T18:00:00+02:00', 'in-hours', 2],
      ],
    ],
    [
      'time before the first revision is dropped',
      activity('2026-05-31T23:00:00+02:00', '2026-06-01T01:00:00+02:00'),
      [['2026-06-01T00:00:00+02:00', '2026-06-01T01:00:00+02:00', 'after-hours', 1]],
    ],
    ['an interval wholly before the first revision leaves nothing', activity('2026-05-30T10:00:00+02:00', '2026-05-30T11:00:00+02:00'), []],
  ])('%s', (_, interval, expected) => {
    const slices = classifyActivity([interval], revisions, [], 'alex');
    expect(slices.map((slice) => [iso(slice.start), iso(slice.end), slice.hours, slice.revisionId])).toEqual(
      expected.map(([start, end, hours, id]) => [iso(at(start as string)), iso(at(end as string)), hours, id]),
    );
  });

  it('takes revisions in any order, and the later of two with the same effectiveAt', () => {
    const superseded = revision(3, '2026-06-03T12:00:00+02:00', before);
    const slices = classifyActivity(
      [activity('2026-06-03T12:00:00+02:00', '2026-06-03T13:30:00+02:00')],
      [revisions[1]!, superseded, revision(4, '2026-06-03T12:00:00+02:00', after), revisions[0]!],
      [],
      'alex',
    );
    expect(slices.map((slice) => [slice.hours, slice.revisionId])).toEqual([
      ['after-hours', 4],
      ['in-hours', 4],
    ]);
  });

  it("judges by the owner's hours, and by the first partner's when the owner is not a partner", () => {
    const agreement = agreementIn('Europe/Berlin', {
      partners: [person('alex', { wed: [{ start: '09:00', end: '10:00' }] }), person('sam', { wed: [{ start: '10:00', end: '11:00' }] })],
    });
    const interval = activity('2026-06-03T09:30:00+02:00', '2026-06-03T10:30:00+02:00');
    const hoursFor = (owner: string) =>
      classifyActivity([interval], [revision(1, '2026-06-01T00:00:00+02:00', agreement)], [], owner).map((slice) => slice.hours);
    expect(hoursFor('alex')).toEqual(['in-hours', 'after-hours']);
    expect(hoursFor('sam')).toEqual(['after-hours', 'in-hours']);
    expect(hoursFor('someone-else')).toEqual(['in-hours', 'after-hours']);
  });

  it('returns nothing without revisions or without activity', () => {
    expect(classifyActivity([activity('2026-06-03T09:30:00+02:00', '2026-06-03T10:30:00+02:00')], [], [], 'alex')).toEqual([]);
    expect(classifyActivity([], revisions, [], 'alex')).toEqual([]);
  });
});

describe('classifyActivity: overrides', () => {
  const agreement = householdIn('Europe/Berlin', { tue: [{ start: '09:00', end: '17:00' }] });
  const revisions = [revision(7, '2026-06-01T00:00:00+02:00', agreement)];
  const override = (site: string, start: string, end: string): OverrideSpan => ({ site, start: at(start), end: at(end) });

  it.each([
    [
      'covers part of an interval of its own domain',
      [override('app.slack.com', '2026-06-02T10:15:00+02:00', '2026-06-02T10:30:00+02:00')],
      [
        ['app.slack.com', '2026-06-02T10:00:00+02:00', '2026-06-02T10:15:00+02:00', false],
        ['app.slack.com', '2026-06-02T10:15:00+02:00', '2026-06-02T10:30:00+02:00', true],
        ['app.slack.com', '2026-06-02T10:30:00+02:00', '2026-06-02T11:00:00+02:00', false],
        ['github.com', '2026-06-02T10:00:00+02:00', '2026-06-02T11:00:00+02:00', false],
      ],
    ],
    [
      'overlapping overrides: cut at each start and end, covered throughout',
      [
        override('app.slack.com', '2026-06-02T10:45:00+02:00', '2026-06-02T11:30:00+02:00'),
        override('app.slack.com', '2026-06-02T09:00:00+02:00', '2026-06-02T10:15:00+02:00'),
        override('app.slack.com', '2026-06-02T10:05:00+02:00', '2026-06-02T10:20:00+02:00'),
        override('app.slack.com', '2026-06-02T10:40:00+02:00', '2026-06-02T10:40:00+02:00'),
      ],
      [
        ['app.slack.com', '2026-06-02T10:00:00+02:00', '2026-06-02T10:05:00+02:00', true],
        ['app.slack.com', '2026-06-02T10:05:00+02:00', '2026-06-02T10:15:00+02:00', true],
        ['app.slack.com', '2026-06-02T10:15:00+02:00', '2026-06-02T10:20:00+02:00', true],
        ['app.slack.com', '2026-06-02T10:20:00+02:00', '2026-06-02T10:45:00+02:00', false],
        ['app.slack.com', '2026-06-02T10:45:00+02:00', '2026-06-02T11:00:00+02:00', true],
        ['github.com', '2026-06-02T10:00:00+02:00', '2026-06-02T11:00:00+02:00', false],
      ],
    ],
    [
      'an override for another site changes nothing here',
      [override('mail.google.com', '2026-06-02T10:15:00+02:00', '2026-06-02T10:30:00+02:00')],
      [
        ['app.slack.com', '2026-06-02T10:00:00+02:00', '2026-06-02T11:00:00+02:00', false],
        ['github.com', '2026-06-02T10:00:00+02:00', '2026-06-02T11:00:00+02:00', false],
      ],
    ],
  ])('%s', (_, overrides, expected) => {
    const slices = classifyActivity(
      [activity('2026-06-02T10:00:00+02:00', '2026-06-02T11:00:00+02:00', 'github.com'), activity('2026-06-02T10:00:00+02:00', '2026-06-02T11:00:00+02:00')],
      revisions,
      overrides,
      'alex',
    );
    const bySiteThenStart = (a: (string | boolean)[], b: (string | boolean)[]) => String(a[0]).localeCompare(String(b[0]));
    expect(slices.map((slice) => [slice.domain, iso(slice.start), iso(slice.end), slice.overridden]).sort(bySiteThenStart)).toEqual(
      expected.map(([site, start, end, covered]) => [site, iso(at(start as string)), iso(at(end as string)), covered]),
    );
  });
});

describe('classifyActivity: order', () => {
  it('sorts slices by start even when intervals overlap or come unsorted', () => {
    const agreement = householdIn('Europe/Berlin', { tue: [{ start: '09:00', end: '17:00' }] });
    const slices = classifyActivity(
      [
        activity('2026-06-02T16:50:00+02:00', '2026-06-02T17:20:00+02:00'),
        activity('2026-06-02T16:00:00+02:00', '2026-06-02T18:00:00+02:00', 'github.com'),
        activity('2026-06-02T17:05:00+02:00', '2026-06-02T17:10:00+02:00'),
        activity('2026-06-02T17:30:00+02:00', '2026-06-02T17:30:00+02:00'),
      ],
      [revision(1, '2026-06-01T00:00:00+02:00', agreement)],
      [],
      'alex',
    );
    expect(slices.map((slice) => `${iso(slice.start)} ${slice.domain}`)).toEqual([
      `${iso(at('2026-06-02T16:00:00+02:00'))} github.com`,
      `${iso(at('2026-06-02T16:50:00+02:00'))} app.slack.com`,
      `${iso(at('2026-06-02T17:00:00+02:00'))} github.com`,
      `${iso(at('2026-06-02T17:00:00+02:00'))} app.slack.com`,
      `${iso(at('2026-06-02T17:05:00+02:00'))} app.slack.com`,
    ]);
  });
});


describe('classifyActivity: the slices of each interval tile it', () => {
  const richIn = (timeZone: string, lateHours: boolean) =>
    agreementIn(timeZone, {
      partners: [
        person('alex', {
          mon: [{ start: '08:30', end: '12:30' }, { start: '13:30', end: '17:30' }],
          tue: [{ start: '08:30', end: '17:30' }],
          wed: [{ start: '08:30', end: lateHours ? '21:00' : '17:30' }],
          thu: [{ start: '08:30', end: '17:30' }],
          fri: [{ start: '08:30', end: '15:00' }],
          sun: [{ start: '02:30', end: '03:30' }],
        }),
        person('sam', { sat: [{ start: '22:00', end: '02:00' }] }),
      ],
      zones: [
        { id: 'evenings', label: 'Evenings', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '19:00', end: '07:00', mode: 'dim' },
        { id: 'sundays', label: 'Sundays', days: ['sun'], start: '00:00', end: '24:00', mode: 'block' },
        { id: 'small-hours', label: 'Small hours', days: ['sun'], start: '02:00', end: '03:00', mode: 'track' },
      ],
      specialDays: [{ id: 'party', label: 'Party', date: '2026-10-28', start: '14:00', end: '24:00', mode: 'block' }],
      rituals: [
        { id: 'breakfast', label: 'Breakfast', recurrence: { kind: 'weekly', days: ['mon', 'wed'] }, time: '07:15', durationMinutes: 30, reminderMinutes: 0, protected: true },
        { id: 'date', label: 'Date', recurrence: { kind: 'monthly', week: -1, day: 'fri' }, time: '20:00', durationMinutes: 180, reminderMinutes: 0, protected: true },
      ],
    });

  it.each([
    ['Europe/Berlin', '2026-10-18T00:00:00+02:00', 1],
    ['America/New_York', '2026-10-26T00:00:00-04:00', 2],
    ['Australia/Sydney', '2026-09-28T00:00:00+10:00', 3],
  ])('%s from %s, around a clock change and two revisions, seed %i', (timeZone, from, seed) => {
    const random = seededRandom(seed as number);
    const origin = at(from);
    const span = 16 * 24 * 3_600_000;
    const revisions = [
      revision(1, new Date(origin + 2 * 24 * 3_600_000).toISOString(), richIn(timeZone, false)),
      revision(2, new Date(origin + 9 * 24 * 3_600_000 + 12 * 3_600_000 + 123_456).toISOString(), richIn(timeZone, true)),
    ];
    const domains = ['app.slack.com', 'github.com', 'mail.google.com'];
    const intervals: ActivityInterval[] = [];
    for (let index = 0; index < 400; index++) {
      const start = origin + Math.floor(random() * span);
      // Mostly minutes, sometimes most of a day, so intervals cross many boundaries and overlap.
      const length = random() < 0.1 ? Math.floor(random() * 30 * 3_600_000) : 1 + Math.floor(random() * 3 * 3_600_000);
      const domain = domains[Math.floor(random() * domains.length)]!;
      intervals.push({ id: intervalId(start, domain), domain, category: 'chat', start, end: start + length, audible: random() < 0.2 });
    }
    const overrides: OverrideSpan[] = Array.from({ length: 40 }, () => {
      const start = origin + Math.floor(random() * span);
      return { site: domains[Math.floor(random() * 2)]!, start, end: start + Math.floor(random() * 90 * 60_000) };
    });

    const slices = classifyActivity(intervals, revisions, overrides, 'alex');
    for (let index = 1; index < slices.length; index++) expect(slices[index - 1]!.start).toBeLessThanOrEqual(slices[index]!.start);

    // Match slices back to their intervals (start, domain and audible identify one here).
    const remaining = new Map<string, ClassifiedSlice[]>();
    for (const slice of slices) {
      const list = remaining.get(slice.domain) ?? [];
      list.push(slice);
      remaining.set(slice.domain, list);
    }
    const firstEffective = revisions[0]!.effectiveAt;
    let checked = 0;
    for (const interval of [...intervals].sort((a, b) => a.start - b.start)) {
      const from = Math.max(interval.start, firstEffective);
      if (from >= interval.end) continue;
      // A naive reference: the cuts as specified, computed for this interval alone.
      const cuts = new Set<number>();
      for (const [index, { effectiveAt, agreement }] of revisions.entries()) {
        const until = revisions[index + 1]?.effectiveAt ?? Infinity;
        const periodFrom = Math.max(from, effectiveAt);
        const periodTo = Math.min(interval.end, until);
        if (periodFrom >= periodTo) continue;
        if (periodFrom > from) cuts.add(periodFrom);
        for (const boundary of scheduleBoundaries(agreement, periodFrom, periodTo)) cuts.add(boundary);
      }
      for (const override of overrides) {
        if (override.site !== interval.domain || override.end <= override.start) continue;
        for (const edge of [override.start, override.end]) if (edge > from && edge < interval.end) cuts.add(edge);
      }
      const edges = [from, ...[...cuts].sort((a, b) => a - b), interval.end];

      // Take this interval's slices out of the pool: one per reference piece, exactly matching it.
      // Two overlapping intervals of one site can have identical pieces; either may take either.
      const pool = remaining.get(interval.domain) ?? [];
      const mine = edges.slice(0, -1).map((start, index) => {
        const end = edges[index + 1]!;
        const found = pool.findIndex((slice) => slice.start === start && slice.end === end && slice.audible === interval.audible);
        expect(found, `${interval.id}: no slice [${iso(start)}, ${iso(end)})`).toBeGreaterThanOrEqual(0);
        return pool.splice(found, 1)[0]!;
      });
      // No gaps, no overlaps, the same duration.
      expect(totalMs(mine)).toBe(interval.end - from);

      for (const slice of mine) {
        const revision = [...revisions].reverse().find((candidate) => candidate.effectiveAt <= slice.start)!;
        const { agreement } = revision;
        expect(slice.revisionId).toBe(revision.id);
        expect(slice.hours).toBe(isWithinWorkingHours(agreement, 'alex', slice.start) ? 'in-hours' : 'after-hours');
        expect(slice.zones).toEqual(guardTimeline(agreement, slice.start, slice.end).sourcesAt(slice.start));
        expect(slice.date).toBe(wallTimeAt(slice.start, timeZone as string).date);
        expect(slice.date).toBe(wallTimeAt(slice.end - 1, timeZone as string).date);
        expect(slice.overridden).toBe(
          overrides.some((override) => override.site === interval.domain && override.start <= slice.start && slice.start < override.end),
        );
        checked++;
      }
    }
    // Every slice belongs to exactly one interval.
    expect([...remaining.values()].flat()).toEqual([]);
    expect(checked).toBe(slices.length);
    expect(checked).toBeGreaterThan(500);
  });
});
