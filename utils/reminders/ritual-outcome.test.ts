import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import type { RitualOccurrence } from '../schedule/rituals';
import { automaticMarks, ritualOutcome, toleratedWorkMs } from './ritual-outcome';

const START = at('2026-10-23T19:30:00+02:00');
const END = at('2026-10-23T20:15:00+02:00');
const walk: RitualOccurrence = { ritualId: 'walk', label: 'Walk', start: START, end: END, protected: false, reminderAt: START - 15 * 60_000 };
const span = (start: number, end: number) => ({ start, end });

describe('ritualOutcome', () => {
  const MIN = 60_000;
  // The walk lasts 45 minutes: a tenth is 4.5 min, so five minutes of work are tolerated.
  it.each([
    ['no work at all', [], 'kept'],
    ['work that ended as the ritual began', [span(START - MIN, START)], 'kept'],
    ['work that began as the ritual ended', [span(END, END + MIN)], 'kept'],
    ['a minute of work inside: a glance at a message', [span(START + MIN, START + 2 * MIN)], 'kept'],
    ['exactly five minutes inside', [span(START + MIN, START + 6 * MIN)], 'kept'],
    ['five minutes and a second inside', [span(START + MIN, START + 6 * MIN + 1000)], 'skipped'],
    ['three short bursts adding up to six minutes', [span(START, START + 2 * MIN), span(START + 10 * MIN, START + 12 * MIN), span(END - 2 * MIN, END)], 'skipped'],
    ['two overlapping spans count once (4 min in all)', [span(START, START + 3 * MIN), span(START + 2 * MIN, START + 4 * MIN)], 'kept'],
    ['work running into the start counts only inside', [span(START - 60 * MIN, START + 2 * MIN)], 'kept'],
    ['work spanning the whole ritual', [span(START - 1, END + 1)], 'skipped'],
  ])('%s: %s', (_, work, outcome) => {
    expect(ritualOutcome(walk, work)).toBe(outcome);
  });

  it('tolerates a tenth of a long ritual', () => {
    const dinner = { start: START, end: START + 120 * MIN };
    expect(toleratedWorkMs(dinner)).toBe(12 * MIN);
    expect(ritualOutcome(dinner, [span(START, START + 11 * MIN)])).toBe('kept');
    expect(ritualOutcome(dinner, [span(START, START + 13 * MIN)])).toBe('skipped');
  });
});

describe('automaticMarks', () => {
  it('marks only occurrences that have ended, as Hearth', () => {
    const running = { ...walk, ritualId: 'story', start: END - 60_000, end: END + 60_000 };
    expect(automaticMarks([walk, running], [span(END - 10 * 60_000, END)], END)).toEqual([
      { ritualId: 'walk', start: START, outcome: 'skipped', markedAt: END, source: 'auto' },
    ]);
  });
});
