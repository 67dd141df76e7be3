import { describe, expect, it } from 'vitest';
import { endsNextDay } from './ends-next-day';

describe('endsNextDay', () => {
  it.each([
    ['19:00', '07:00', true],
    ['22:00', '00:00', true],
    ['08:00', '12:00', false],
    ['14:00', '24:00', false],
    ['00:00', '24:00', false],
    ['19:00', '19:00', false],
    ['19:00', '25:00', false],
    ['7 pm', '07:00', false],
    ['', '', false],
  ])('%s to %s: %s', (start, end, expected) => {
    expect(endsNextDay(start, end)).toBe(expected);
  });
});
