import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { lastDayOf } from './plan-last-day';

describe('the day a plan holds through', () => {
  it('is the household day of its last instant, not the day it ends at midnight', () => {
    expect(lastDayOf({ endsAt: at('2026-12-05T00:00:00+01:00') }, 'Europe/Berlin')).toBe('2026-12-04');
  });

  it('is read in the household time zone', () => {
    expect(lastDayOf({ endsAt: at('2026-12-05T02:00:00+01:00') }, 'America/New_York')).toBe('2026-12-04');
  });
});
