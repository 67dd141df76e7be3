import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { householdToday } from './household-today';

describe('householdToday', () => {
  it('is the date on the household’s calendar, not the machine’s', () => {
    const lateEvening = at('2026-11-23T23:30:00-05:00');
    expect(householdToday('America/New_York', lateEvening)).toBe('2026-11-23');
    expect(householdToday('Europe/Berlin', lateEvening)).toBe('2026-11-24');
  });

  it('falls back to UTC while the zone typed is not a zone yet', () => {
    expect(householdToday('Europe/Berl', at('2026-11-23T23:30:00-05:00'))).toBe('2026-11-24');
    expect(householdToday('', at('2026-11-23T12:00:00Z'))).toBe('2026-11-23');
  });
});
