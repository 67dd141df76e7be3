import { describe, expect, it } from 'vitest';
import { daySpans, finishedAt } from './day-spans';

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
      d1: { firstStart: 9 * H, lastEnd: 21 * H, firstStop: 9.5 * H },
      d2: { firstStart: 30 * H, lastEnd: 40 * H, firstStop: 40 * H },
    });
  });

  it("keeps where each day's first stretch of work stopped, so an evening that ran on past midnight finishes there", () => {
    // d1 works 22 h to its midnight at 24 h; d2 goes on from 24 h without a break (one slice
    // touching, one overlapping) to 25.5 h and works again at 40 h; d3 begins after a break.
    const slices = [
      { date: 'd1', start: 22 * H, end: 24 * H },
      { date: 'd2', start: 24 * H, end: 25 * H },
      { date: 'd2', start: 40 * H, end: 47 * H },
      { date: 'd2', start: 24.5 * H, end: 25.5 * H },
      { date: 'd3', start: 48.5 * H, end: 49 * H },
    ];
    const spans = daySpans(slices, 0, 72 * H);
    expect(Object.fromEntries(spans)).toEqual({
      d1: { firstStart: 22 * H, lastEnd: 24 * H, firstStop: 24 * H },
      d2: { firstStart: 24 * H, lastEnd: 47 * H, firstStop: 25.5 * H },
      d3: { firstStart: 48.5 * H, lastEnd: 49 * H, firstStop: 49 * H },
    });
    expect(finishedAt(spans.get('d1')!, spans.get('d2'))).toBe(25.5 * H);
    expect(finishedAt(spans.get('d2')!, spans.get('d3'))).toBe(47 * H);
    expect(finishedAt(spans.get('d3')!, undefined)).toBe(49 * H);
  });

  it('is empty without work', () => {
    expect(daySpans([], 0, H).size).toBe(0);
  });
});
