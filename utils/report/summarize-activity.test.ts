import { describe, expect, it } from 'vitest';
import { agreementIn, at } from '../schedule/agreement-fixture';
import type { GuardSource } from '../schedule/guard-sources';
import { WORK_SITE_CATEGORIES, type WorkSiteCategory } from '../sites/work-site-category';
import { intervalId, type ActivityInterval } from '../tracking/activity-interval';
import { classifyActivity, type ClassifiedSlice } from './classify-activity';
import { summarizeByDay, summarizeWeek, type ActivityTotals } from './summarize-activity';

const MINUTE = 60_000;
const ZONE: GuardSource = { kind: 'zone', id: 'evenings', label: 'Evenings', mode: 'dim' };
const TRACKED: GuardSource = { kind: 'zone', id: 'market', label: 'Market', mode: 'track' };
const RITUAL: GuardSource = { kind: 'ritual', id: 'tea', label: 'Tea', mode: 'dim' };

const slice = (
  start: string,
  minutes: number,
  date: string,
  hours: ClassifiedSlice['hours'],
  category: WorkSiteCategory = 'chat',
  zones: GuardSource[] = [],
  overridden = false,
): ClassifiedSlice => ({
  start: at(start),
  end: at(start) + minutes * MINUTE,
  domain: `${category}.example.com`,
  category,
  audible: false,
  hours,
  zones,
  overridden,
  date,
  revisionId: 1,
});

const categories = (minutes: Partial<Record<WorkSiteCategory, number>>) =>
  Object.fromEntries(WORK_SITE_CATEGORIES.map((category) => [category, (minutes[category] ?? 0) * MINUTE])) as Record<WorkSiteCategory, number>;

const totals = (inHours: number, afterHours: number, inZone: number, overridden: number, byCategory: Partial<Record<WorkSiteCategory, number>>): ActivityTotals => ({
  inHoursMs: inHours * MINUTE,
  afterHoursMs: afterHours * MINUTE,
  inZoneMs: inZone * MINUTE,
  overriddenMs: overridden * MINUTE,
  byCategory: categories(byCategory),
});

describe('summarizeByDay', () => {
  it.each([
    ['nothing', [], []],
    [
      'in hours and after hours, by category',
      [slice('2026-06-01T10:00:00+02:00', 30, '2026-06-01', 'in-hours'), slice('2026-06-01T18:00:00+02:00', 20, '2026-06-01', 'after-hours', 'code')],
      [{ date: '2026-06-01', ...totals(30, 20, 0, 0, { chat: 30, code: 20 }) }],
    ],
    [
      'zone time outside hours is after-hours and in-zone; zone time inside hours is in-hours and in-zone',
      [
        slice('2026-06-01T19:00:00+02:00', 40, '2026-06-01', 'after-hours', 'email', [ZONE]),
        slice('2026-06-01T15:00:00+02:00', 15, '2026-06-01', 'in-hours', 'email', [RITUAL]),
        slice('2026-06-01T08:00:00+02:00', 10, '2026-06-01', 'in-hours', 'docs', [TRACKED, RITUAL]),
      ],
      [{ date: '2026-06-01', ...totals(25, 40, 65, 0, { email: 55, docs: 10 }) }],
    ],
    [
      'overridden time counts on top, and days come out sorted',
      [
        slice('2026-06-03T20:00:00+02:00', 15, '2026-06-03', 'after-hours', 'chat', [ZONE], true),
        slice('2026-06-03T20:15:00+02:00', 5, '2026-06-03', 'after-hours', 'chat', [ZONE]),
        slice('2026-06-02T09:00:00+02:00', 60, '2026-06-02', 'in-hours', 'meetings'),
        slice('2026-06-03T10:00:00+02:00', 7, '2026-06-03', 'in-hours', 'chat', [], true),
      ],
      [
        { date: '2026-06-02', ...totals(60, 0, 0, 0, { meetings: 60 }) },
        { date: '2026-06-03', ...totals(7, 20, 20, 22, { chat: 27 }) },
      ],
    ],
  ])('%s', (_, slices, expected) => {
    expect(summarizeByDay(slices)).toEqual(expected);
  });
});

describe('summarizeWeek', () => {
  const berlin = agreementIn('Europe/Berlin');

  it('clips to the household week, lists all seven days and totals them', () => {
    const slices = [
      // The Sunday before: outside the week.
      slice('2026-05-31T23:00:00+02:00', 60, '2026-05-31', 'after-hours'),
      // Hand-made to straddle the week's start (a revision in another zone could do this): only its last 10 minutes count.
      slice('2026-05-31T23:50:00+02:00', 20, '2026-06-01', 'after-hours', 'code'),
      slice('2026-06-03T09:00:00+02:00', 90, '2026-06-03', 'in-hours', 'code', [], true),
      slice('2026-06-05T19:30:00+02:00', 30, '2026-06-05', 'after-hours', 'chat', [ZONE]),
      slice('2026-06-07T23:30:00+02:00', 30, '2026-06-07', 'after-hours', 'email'),
      // The Monday after: outside the week.
      slice('2026-06-08T00:00:00+02:00', 5, '2026-06-08', 'after-hours'),
    ];
    const week = summarizeWeek(slices, berlin, at('2026-06-03T12:00:00+02:00'));
    expect([new Date(week.weekStart).toISOString(), new Date(week.weekEnd).toISOString()]).toEqual([
      new Date(at('2026-06-01T00:00:00+02:00')).toISOString(),
      new Date(at('2026-06-08T00:00:00+02:00')).toISOString(),
    ]);
    expect(week.days).toEqual([
      { date: '2026-06-01', ...totals(0, 10, 0, 0, { code: 10 }) },
      { date: '2026-06-02', ...totals(0, 0, 0, 0, {}) },
      { date: '2026-06-03', ...totals(90, 0, 0, 90, { code: 90 }) },
      { date: '2026-06-04', ...totals(0, 0, 0, 0, {}) },
      { date: '2026-06-05', ...totals(0, 30, 30, 0, { chat: 30 }) },
      { date: '2026-06-06', ...totals(0, 0, 0, 0, {}) },
      { date: '2026-06-07', ...totals(0, 30, 0, 0, { email: 30 }) },
    ]);
    expect(week.totals).toEqual(totals(90, 70, 30, 90, { code: 100, chat: 30, email: 30 }));
  });

  it.each([
    // zone, a moment in the week, its start and end, its length in hours, Sunday's working hours, hours in the nights zone
    ['Europe/Berlin', '2026-10-21T12:00:00+02:00', '2026-10-19T00:00:00+02:00', '2026-10-26T00:00:00+01:00', 7 * 24 + 1, 3, 57],
    ['America/New_York', '2026-03-10T12:00:00-04:00', '2026-03-09T00:00:00-04:00', '2026-03-16T00:00:00-04:00', 7 * 24, 2, 56],
    ['America/New_York', '2026-03-04T12:00:00-05:00', '2026-03-02T00:00:00-05:00', '2026-03-09T00:00:00-04:00', 7 * 24 - 1, 1, 55],
    ['Australia/Sydney', '2026-04-01T12:00:00+11:00', '2026-03-30T00:00:00+11:00', '2026-04-06T00:00:00+10:00', 7 * 24 + 1, 3, 57],
  ])('%s: a week of nonstop activity around %s sums to the week (%s to %s, %i h)', (timeZone, now, start, end, hours, sundayHours, zoneHours) => {
    const agreement = agreementIn(timeZone, {
      partners: [
        { id: 'alex', name: 'Alex', workingHours: { mon: [{ start: '09:00', end: '17:00' }], sun: [{ start: '01:30', end: '03:30' }] } },
        { id: 'sam', name: 'Sam', workingHours: {} },
      ],
      zones: [{ id: 'nights', label: 'Nights', days: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '22:00', end: '06:00', mode: 'track' }],
    });
    // One long interval from well before the week to well after it, classified for real.
    const from = at(start as string) - 36 * 3_600_000;
    const to = at(end as string) + 36 * 3_600_000;
    const interval: ActivityInterval = { id: intervalId(from, 'github.com'), domain: 'github.com', category: 'code', start: from, end: to, audible: false };
    const slices = classifyActivity([interval], [{ id: 1, effectiveAt: from - 1, source: 'edit', agreement }], [], 'alex');
    const week = summarizeWeek(slices, agreement, at(now as string));

    expect([week.weekStart, week.weekEnd]).toEqual([at(start as string), at(end as string)]);
    expect(week.days).toHaveLength(7);
    const weekMs = (hours as number) * 3_600_000;
    expect(week.totals.inHoursMs + week.totals.afterHoursMs).toBe(weekMs);
    expect(week.totals.byCategory.code).toBe(weekMs);
    // Monday 09:00–17:00, and Sunday 01:30–03:30, which a clock change stretches to 3 h or shrinks to 1 h.
    expect(week.days.map((day) => day.inHoursMs / 3_600_000)).toEqual([8, 0, 0, 0, 0, 0, sundayHours]);
    expect(week.totals.inZoneMs).toBe((zoneHours as number) * 3_600_000);
    // Days add up to the totals, field by field.
    const sum = (pick: (totals: ActivityTotals) => number) => week.days.reduce((total, day) => total + pick(day), 0);
    expect(sum((day) => day.inHoursMs)).toBe(week.totals.inHoursMs);
    expect(sum((day) => day.afterHoursMs)).toBe(week.totals.afterHoursMs);
    expect(sum((day) => day.inZoneMs)).toBe(week.totals.inZoneMs);
  });
});
