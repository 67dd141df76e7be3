import { describe, expect, it } from 'vitest';
import type { StretchEntry, StretchLevel } from './stretch-levels';
import { stretchedRunStart, stretchNoteDue } from './stretch-run';

/** Levels on consecutive dates ending 2026-11-26 (null: no answer that day). */
function days(...levels: Array<StretchLevel | null>): StretchEntry[] {
  const last = Date.parse('2026-11-26T00:00:00Z');
  return levels.flatMap((level, index) => {
    const date = new Date(last - (levels.length - 1 - index) * 86_400_000).toISOString().slice(0, 10);
    return level === null ? [] : [{ date, level }];
  });
}
const TODAY = '2026-11-26';

describe('stretched runs', () => {
  it.each<[string, Array<StretchLevel | null>, string | null]>([
    ['three days at 4 or more', [4, 5, 4], '2026-11-24'],
    ['a longer run starts where it began', [2, 5, 4, 4, 5], '2026-11-23'],
    ['two are not yet a run', [3, 5, 5], null],
    ['a 3 in between breaks it', [4, 3, 4], null],
    ['a day without an answer breaks it', [5, null, 5, 5], null],
    ['today not stretched ends it', [5, 5, 5, 2], null],
  ])('%s', (_, levels, start) => {
    expect(stretchedRunStart(days(...levels), TODAY)).toBe(start);
  });

  it('crosses a month and a DST change by calendar dates', () => {
    const entries: StretchEntry[] = [
      { date: '2026-10-24', level: 4 },
      { date: '2026-10-25', level: 5 },
      { date: '2026-10-26', level: 4 },
    ];
    expect(stretchedRunStart(entries, '2026-10-26')).toBe('2026-10-24');
  });
});

describe('the gentle note', () => {
  it('comes on the third stretched day', () => {
    expect(stretchNoteDue(days(4, 4), '2026-11-25', null)).toBeNull();
    expect(stretchNoteDue(days(4, 4, 5), TODAY, null)).toBe('2026-11-24');
  });

  it('comes once a run: not again on its fourth day, nor when today is answered again', () => {
    const noted = '2026-11-24';
    expect(stretchNoteDue(days(4, 4, 5), TODAY, noted)).toBeNull();
    expect(stretchNoteDue(days(4, 4, 5, 5), '2026-11-27', noted)).toBeNull();
  });

  it('comes again for a new run after a lighter day', () => {
    expect(stretchNoteDue(days(4, 4, 4, 2, 4, 5, 4), TODAY, '2026-11-20')).toBe('2026-11-24');
  });
});
