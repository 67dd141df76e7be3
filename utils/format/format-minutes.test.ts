import { describe, expect, it } from 'vitest';
import { formatMinutes } from './format-minutes';

describe('formatMinutes', () => {
  it.each([
    [1, 'en', '1 minute'],
    [30, 'en', '30 minutes'],
    [0, 'en', '0 minutes'],
    [1, 'de', '1 Minute'],
    [120, 'de', '120 Minuten'],
    [1500, 'en-GB', '1,500 minutes'],
  ])('%d in %s reads "%s"', (minutes, locale, expected) => {
    expect(formatMinutes(minutes, locale)).toBe(expected);
  });
});
