import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import type { RitualOccurrence } from '../schedule/rituals';
import { automaticMarks, ritualOutcome } from './ritual-outcome';

const START = at('2026-10-23T19:30:00+02:00');
const END = at('2026-10-23T20:15:00+02:00');
const walk: RitualOccurrence = { ritualId: 'walk', label: 'Walk', start: START, end: END, protected: false, reminderAt: START - 15 * 60_000 };
const span = (start: number, end: number) => ({ start, end });

describe('ritualOutcome', () => {
  it.each([
    ['no work at all', [], 'kept'],
    ['work that ended as the ritual began', [span(START - 60_000, START)], 'kept'],
    ['work that began as the ritual ended', [span(END, END + 60_000)], 'kept'],
    ['work before and after, none during', [span(START - 60_000, START), span(END, END + 1)], 'kept'],
    ['a minute of work inside', [span(START + 60_000, START + 120_000)], 'skipped'],
    ['work running into the start', [span(START - 60_000, START + 1)], 'skipped'],
    ['work starting in its last millisecond', [span(END - 1, END + 60_000)], 'skipped'],
    ['work spanning the whole ritual', [span(START - 1, END + 1)], 'skipped'],
  ])('%s: %s', (_, work, outcome) => {
    expect(ritualOutcome(walk, work)).toBe(outcome);
  });
});

describe('automaticMarks', () => {
  it('marks only occurrences that have ended, as Hearth', () => {
    const running = { ...walk, ritualId: 'story', start: END - 60_000, end: END + 60_000 };
    expect(automaticMarks([walk, running], [span(END - 30_000, END)], END)).toEqual([
      { ritualId: 'walk', start: START, outcome: 'skipped', markedAt: END, source: 'auto' },
    ]);
  });
});
