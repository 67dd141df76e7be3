import { describe, expect, it } from 'vitest';
import { CROSSING_WINDOW_MS, agreementTakenStore, takesCrossed } from './agreement-taken';

const NOW = Date.parse('2026-12-03T20:00:00Z');
const taken = { gave: 'mine-before', took: 'theirs-before', at: NOW };

describe('takesCrossed', () => {
  it('is a swap only when the partner holds what this browser gave up and this one what it took, soon after', () => {
    expect(takesCrossed(taken, 'mine-before', 'theirs-before', NOW + 5_000)).toBe(true);
    expect(takesCrossed(taken, 'mine-before', 'theirs-before', NOW + CROSSING_WINDOW_MS)).toBe(false);
    expect(takesCrossed(taken, 'theirs-before', 'theirs-before', NOW)).toBe(false);
    expect(takesCrossed(taken, 'mine-before', 'edited-since', NOW)).toBe(false);
    expect(takesCrossed(taken, null, 'theirs-before', NOW)).toBe(false);
    expect(takesCrossed(null, 'mine-before', 'theirs-before', NOW)).toBe(false);
  });

  it('reads a damaged record as no take', () => {
    expect(agreementTakenStore.parse({ gave: 'a', took: 2, at: NOW })).toBeNull();
    expect(agreementTakenStore.parse(undefined)).toBeNull();
    expect(agreementTakenStore.parse(taken)).toEqual(taken);
  });
});
