import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { outcomeOf, parseRitualMark, storedRitualMarks, type RitualMark } from './ritual-marks';

const NOW = at('2026-11-23T09:00:00+01:00');
const BREAKFAST = at('2026-11-23T07:15:00+01:00');

describe('parseRitualMark', () => {
  it('accepts a mark of an occurrence that has begun', () => {
    expect(parseRitualMark({ ritualId: 'breakfast', start: BREAKFAST, outcome: 'kept' }, NOW)).toEqual({
      ok: true,
      mark: { ritualId: 'breakfast', start: BREAKFAST, outcome: 'kept', markedAt: NOW },
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['an occurrence still to come', { ritualId: 'breakfast', start: NOW + 1, outcome: 'kept' }],
    ['an unknown outcome', { ritualId: 'breakfast', start: BREAKFAST, outcome: 'maybe' }],
    ['an id the agreement could not have', { ritualId: 'Breakfast!', start: BREAKFAST, outcome: 'kept' }],
    ['a start that is not an instant', { ritualId: 'breakfast', start: '07:15', outcome: 'kept' }],
    ['a fractional start', { ritualId: 'breakfast', start: BREAKFAST + 0.5, outcome: 'skipped' }],
    ['nothing', {}],
  ])('refuses %s', (_, request) => {
    expect(parseRitualMark(request, NOW)).toEqual({ ok: false, key: 'popupMarkInvalid' });
  });
});

describe('stored marks', () => {
  const mark = (ritualId: string, start: number, outcome: RitualMark['outcome'] = 'kept'): RitualMark => ({ ritualId, start, outcome, markedAt: NOW });
  const auto: RitualMark = { ritualId: 'walk', start: BREAKFAST, outcome: 'skipped', markedAt: NOW + 1, source: 'auto' };

  it('reads damaged records as the entries that are whole', () => {
    const whole = mark('walk', 5);
    expect(storedRitualMarks([whole, null, { ritualId: 'walk' }, { ...whole, outcome: 'maybe' }])).toEqual([whole]);
    expect(storedRitualMarks('nonsense')).toEqual([]);
  });

  it('keeps the source, and drops an unknown one', () => {
    expect(storedRitualMarks([auto, mark('breakfast', BREAKFAST), { ...auto, source: 'robot' }])).toEqual([auto, mark('breakfast', BREAKFAST)]);
  });

  it('finds the outcome of one occurrence by ritual and start', () => {
    const marks = [mark('breakfast', BREAKFAST), mark('walk', BREAKFAST, 'skipped')];
    expect(outcomeOf(marks, 'walk', BREAKFAST)).toBe('skipped');
    expect(outcomeOf(marks, 'breakfast', BREAKFAST + 1)).toBeUndefined();
  });
});
