import { describe, expect, it } from 'vitest';
import { weekBounds } from './week-bounds';
import type { Agreement } from '../agreement/agreement-schema';

const household = (timeZone: string, weekStartsOn: Agreement['household']['weekStartsOn']) =>
  ({ household: { timeZone, weekStartsOn } }) as Agreement;

describe('weekBounds', () => {
  it.each([
    ['a Wednesday, weeks from Monday', 'Europe/Berlin', 'mon', '2026-11-25T12:00:00+01:00', '2026-11-23T00:00:00+01:00', '2026-11-30T00:00:00+01:00'],
    ['exactly the start of the week (half-open)', 'Europe/Berlin', 'mon', '2026-11-23T00:00:00+01:00', '2026-11-23T00:00:00+01:00', '2026-11-30T00:00:00+01:00'],
    ['a Sunday night, weeks from Monday', 'Europe/Berlin', 'mon', '2026-11-29T23:59:00+01:00', '2026-11-23T00:00:00+01:00', '2026-11-30T00:00:00+01:00'],
    ['a Sunday, weeks from Sunday', 'America/New_York', 'sun', '2026-11-29T08:00:00-05:00', '2026-11-29T00:00:00-05:00', '2026-12-06T00:00:00-05:00'],
    ['the week with the fall-back night is 169 hours long', 'Europe/Berlin', 'mon', '2026-10-25T12:00:00+01:00', '2026-10-19T00:00:00+02:00', '2026-10-26T00:00:00+01:00'],
    ['a Saturday, weeks from Saturday, in Kolkata', 'Asia/Kolkata', 'sat', '2026-11-27T23:00:00+05:30', '2026-11-21T00:00:00+05:30', '2026-11-28T00:00:00+05:30'],
  ] as const)('%s', (_, zone, first, now, start, end) => {
    expect(weekBounds(household(zone, first), Date.parse(now))).toEqual({ start: Date.parse(start), end: Date.parse(end) });
  });
});
