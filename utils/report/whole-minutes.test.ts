import { describe, expect, it } from 'vitest';
import { runningMinutes, shareMinutes } from './whole-minutes';

const MIN = 60_000;

describe('whole minutes that add up', () => {
  it('rounds on the running total', () => {
    // 30.5, 20.5, 20.5: running 30.5 → 31, 51 → 51, 71.5 → 72; one by one they would make 73.
    expect(runningMinutes([30.5 * MIN, 20.5 * MIN, 20.5 * MIN])).toEqual([31, 20, 21]);
    expect(runningMinutes([0, 29_999, 1, 0])).toEqual([0, 0, 1, 0]);
    expect(runningMinutes([])).toEqual([]);
  });

  it('shares minutes by the largest remainders, ties to the first', () => {
    expect(shareMinutes([30.5 * MIN, 30.5 * MIN], 62)).toEqual([31, 31]);
    expect(shareMinutes([30.5 * MIN, 30.5 * MIN], 61)).toEqual([31, 30]);
    expect(shareMinutes([10 * MIN, 20 * MIN, 0], 31)).toEqual([10, 21, 0]);
    expect(shareMinutes([0, 0], 0)).toEqual([0, 0]);
  });
});
