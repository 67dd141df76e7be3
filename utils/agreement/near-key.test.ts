import { describe, expect, it } from 'vitest';
import { nearKey } from './near-key';

describe('nearKey', () => {
  it.each([
    ['a letter left out', 'workSites', ['workSite', 'zones'], 'workSite'],
    ['another case and a separator', 'workSites', ['Work_Sites'], 'Work_Sites'],
    ['two letters swapped in a long name', 'weeklyAfterHoursMinutes', ['weeklyAfterHoursMniutes'], 'weeklyAfterHoursMniutes'],
    ['the closest of two', 'timeZone', ['timeZones', 'timezone'], 'timezone'],
    ['one letter off a short name', 'end', ['ends', 'start'], 'ends'],
    ['nothing close', 'workSites', ['zones', 'rituals', 'sites'], undefined],
    ['two letters off a short name is another word', 'days', ['dogs'], undefined],
    ['never itself', 'zones', ['zones'], undefined],
  ])('%s', (_, wanted, keys, expected) => {
    expect(nearKey(wanted, keys)).toBe(expected);
  });
});
