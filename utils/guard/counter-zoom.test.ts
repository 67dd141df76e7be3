import { describe, expect, it } from 'vitest';
import { counterZoom } from './counter-zoom';

describe('counterZoom', () => {
  it.each([
    [0.1, 10],
    [0.5, 2],
    [1, 1],
    [4, 0.25],
  ])('undoes an effective zoom of %s with %s', (effective, expected) => {
    expect(counterZoom(effective)).toBeCloseTo(expected, 12);
    expect(effective * counterZoom(effective)).toBeCloseTo(1, 12);
  });

  it.each([undefined, 0, -1, Number.NaN, Number.POSITIVE_INFINITY])('leaves the zoom alone when the browser gives %s', (effective) => {
    expect(counterZoom(effective)).toBe(1);
  });
});
