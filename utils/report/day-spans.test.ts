import { describe, expect, it } from 'vitest';
import { daySpans } from './day-spans';

const H = 3_600_000;

describe('daySpans', () => {
  it('takes the first start and last end per date, gaps included, clipped to the range', () => {
    const slices = [
      { date: 'd1', start: 10 * H, end: 11 * H },
      { date: 'd1', start: 20 * H, end: 21 * H },
      { date: 'd1', start: 9 * H, end: 9.5 * H },
      { date: 'd2', start: 30 * H, end: 50 * H },
      { date: 'd0', start: -5 * H, end: -1 * H },
    ];
    expect(Object.fromEntries(daySpans(slices, 0, 40 * H))).toEqual({
      d1: { firstStart: 9 * H, lastEnd: 21 * H },
      d2: { firstStart: 30 * H, lastEnd: 40 * H },
    });
  });

  it('is empty without work', () => {
    expect(daySpans([], 0, H).size).toBe(0);
  });
});
