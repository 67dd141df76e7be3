import { describe, expect, it } from 'vitest';
import { levelOn, storedStretchLevels, withStretchLevel } from './stretch-levels';

describe('stretch levels', () => {
  it('keep one answer a day, the latest tap winning', () => {
    const once = withStretchLevel([], '2026-11-23', 2);
    const twice = withStretchLevel(once, '2026-11-23', 4);
    expect(twice).toEqual([{ date: '2026-11-23', level: 4 }]);
    expect(levelOn(twice, '2026-11-23')).toBe(4);
    expect(levelOn(twice, '2026-11-24')).toBeNull();
  });

  it('drop answers older than the kept span', () => {
    const old = [{ date: '2025-01-01', level: 3 as const }];
    expect(withStretchLevel(old, '2026-11-23', 1)).toEqual([{ date: '2026-11-23', level: 1 }]);
  });

  it('read stored values defensively', () => {
    expect(storedStretchLevels([{ date: '2026-11-24', level: 5 }, { date: 'x', level: 2 }, { date: '2026-11-23', level: 9 }, { date: '2026-11-22', level: 1 }])).toEqual([
      { date: '2026-11-22', level: 1 },
      { date: '2026-11-24', level: 5 },
    ]);
    expect(storedStretchLevels('garbage')).toEqual([]);
  });
});
