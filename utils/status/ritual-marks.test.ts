import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { outcomeOf, parseRitualMark, RITUAL_MARKS_CAP, storedRitualMarks, withAutomaticMark, withRitualMark, type RitualMark } from './ritual-marks';

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

describe('withRitualMark', () => {
  const mark = (ritualId: string, start: number, outcome: RitualMark['outcome'] = 'kept'): RitualMark => ({ ritualId, start, outcome, markedAt: NOW });

  it('replaces the mark of the same occurrence, keeping others', () => {
    const marks = withRitualMark([mark('breakfast', BREAKFAST), mark('walk', BREAKFAST - 1)], mark('breakfast', BREAKFAST, 'skipped'));
    expect(marks).toEqual([mark('walk', BREAKFAST - 1), mark('breakfast', BREAKFAST, 'skipped')]);
    expect(outcomeOf(marks, 'breakfast', BREAKFAST)).toBe('skipped');
    expect(outcomeOf(marks, 'breakfast', BREAKFAST + 1)).toBeUndefined();
  });

  it(`keeps only the last ${RITUAL_MARKS_CAP}`, () => {
    const many = Array.from({ length: RITUAL_MARKS_CAP }, (_, index) => mark('walk', index));
    const marks = withRitualMark(many, mark('breakfast', BREAKFAST));
    expect(marks).toHaveLength(RITUAL_MARKS_CAP);
    expect(marks[0]!.start).toBe(1);
    expect(marks.at(-1)).toEqual(mark('breakfast', BREAKFAST));
  });

  it('reads a damaged stored list as the entries that are whole', () => {
    const whole = mark('walk', 5);
    expect(storedRitualMarks([whole, null, { ritualId: 'walk' }, { ...whole, outcome: 'maybe' }])).toEqual([whole]);
    expect(storedRitualMarks('nonsense')).toEqual([]);
  });
});

describe('withAutomaticMark', () => {
  const person: RitualMark = { ritualId: 'walk', start: BREAKFAST, outcome: 'kept', markedAt: NOW };
  const auto: RitualMark = { ritualId: 'walk', start: BREAKFAST, outcome: 'skipped', markedAt: NOW + 1, source: 'auto' };

  it('fills a gap, saying it was Hearth', () => {
    expect(withAutomaticMark([], { ...auto, source: undefined })).toEqual([auto]);
  });

  it.each([
    ['the person', person],
    ['Hearth earlier', { ...auto, outcome: 'kept' as const }],
  ])('never replaces a mark made by %s', (_, existing) => {
    expect(withAutomaticMark([existing], auto)).toEqual([existing]);
  });

  it('gives way to the person correcting it', () => {
    const corrected = withRitualMark(withAutomaticMark([], auto), person);
    expect(corrected).toEqual([person]);
    expect(outcomeOf(corrected, 'walk', BREAKFAST)).toBe('kept');
  });

  it('keeps the source when reading stored marks, and drops an unknown one', () => {
    expect(storedRitualMarks([auto, person, { ...auto, source: 'robot' }])).toEqual([auto, person]);
  });
});
