import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { isoWithOffset } from './iso-with-offset';

describe('isoWithOffset', () => {
  it.each([
    ['2026-11-23T00:00:00+01:00', 'Europe/Berlin', '2026-11-23T00:00:00+01:00'],
    ['2026-07-01T12:30:00+02:00', 'Europe/Berlin', '2026-07-01T12:30:00+02:00'],
    ['2026-07-01T12:30:00Z', 'America/St_Johns', '2026-07-01T10:00:00-02:30'],
    ['2026-07-01T00:00:00Z', 'UTC', '2026-07-01T00:00:00+00:00'],
    // The hour Berlin lives twice when it turns back: each time with its own offset.
    ['2026-10-25T02:30:00+02:00', 'Europe/Berlin', '2026-10-25T02:30:00+02:00'],
    ['2026-10-25T02:30:00+01:00', 'Europe/Berlin', '2026-10-25T02:30:00+01:00'],
  ])('%s in %s', (iso, zone, expected) => {
    expect(isoWithOffset(at(iso), zone)).toBe(expected);
  });
});
