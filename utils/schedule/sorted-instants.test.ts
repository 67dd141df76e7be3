import { describe, expect, it } from 'vitest';
import { sortedInstantsBetween } from './sorted-instants';

describe('sortedInstantsBetween', () => {
  it.each([
    ['sorts and drops duplicates', [30, 10, 20, 10], 0, 100, [10, 20, 30]],
    ['excludes both ends', [0, 1, 99, 100], 0, 100, [1, 99]],
    ['is empty when nothing falls inside', [5, 200], 10, 100, []],
  ])('%s', (_, instants, from, to, expected) => {
    expect(sortedInstantsBetween(instants, from, to)).toEqual(expected);
  });
});
