import { describe, expect, it } from 'vitest';
import { CHECK_IN_ANSWER_MAX, checkInAnswersKey, parseCheckInAnswers, storedCheckInAnswers } from './check-in-answers';

describe('check-in answers', () => {
  it('are trimmed and stamped', () => {
    expect(parseCheckInAnswers({ stretched: '  Thursday  ', celebrate: 'Three walks', adjust: '' }, 5)).toEqual({
      ok: true,
      answers: { stretched: 'Thursday', celebrate: 'Three walks', adjust: '', savedAt: 5 },
    });
  });

  it('refuse an answer that is too long, naming which, rather than cutting it', () => {
    const long = 'x'.repeat(CHECK_IN_ANSWER_MAX + 1);
    expect(parseCheckInAnswers({ stretched: '', celebrate: '', adjust: long }, 5)).toEqual({ ok: false, key: 'checkinAnswerTooLong', prompt: 'adjust' });
  });

  it('read back only what has their shape', () => {
    expect(storedCheckInAnswers({ stretched: 'a', celebrate: 'b', adjust: 'c', savedAt: 1 })).toEqual({ stretched: 'a', celebrate: 'b', adjust: 'c', savedAt: 1 });
    expect(storedCheckInAnswers({ stretched: 1 })).toBeNull();
    expect(storedCheckInAnswers(undefined)).toBeNull();
  });

  it('are kept per week', () => {
    expect(checkInAnswersKey(1_700_000_000_000)).toBe('checkIn:1700000000000');
  });
});
