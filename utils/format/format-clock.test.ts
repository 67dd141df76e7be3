import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { formatClock } from './format-clock';

const NOW = at('2026-11-23T18:00:00+01:00');

describe('formatClock', () => {
  it.each([
    ['later today, American English', at('2026-11-23T19:05:00+01:00'), 'en-US', /^7:05\sPM$/],
    ['later today, German', at('2026-11-23T19:05:00+01:00'), 'de', /^19:05$/],
    ['tomorrow morning, American English', at('2026-11-24T07:00:00+01:00'), 'en-US', /^Tue 7:00\sAM$/],
    ['tomorrow morning, German', at('2026-11-24T07:00:00+01:00'), 'de', /^Di\., 07:00$/],
    ['tomorrow morning, British English', at('2026-11-24T07:00:00+01:00'), 'en-GB', /^Tue 07:00$/],
  ])('%s', (_, instant, locale, expected) => {
    expect(formatClock(instant, NOW, 'Europe/Berlin', locale)).toMatch(expected);
  });

  it("decides 'today' on the household's calendar, not the machine's", () => {
    // 01:00 on Tuesday in Berlin; in Auckland both it and "now" fall on Tuesday.
    expect(formatClock(at('2026-11-24T01:00:00+01:00'), NOW, 'Europe/Berlin', 'en-GB')).toBe('Tue 01:00');
    expect(formatClock(at('2026-11-24T01:00:00+01:00'), NOW, 'Pacific/Auckland', 'en-GB')).toBe('13:00');
  });
});
