import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { household } from '../status/status-fixture';
import { parseAgreement } from './parse-agreement';
import { commitmentFromAnswer } from './commitment-from-answer';

const NOW = at('2026-11-29T19:00:00+01:00');
const SUCCESS = 'We talk about it at our next check-in';

describe('commitmentFromAnswer', () => {
  it('adds an open commitment for both from the answer, due in two weeks, reviewed after one', () => {
    const next = commitmentFromAnswer(household(), NOW, '  No laptop after dinner on weekdays \n(maybe Fridays too)', SUCCESS)!;
    expect(next.commitments.at(-1)).toMatchObject({
      what: 'No laptop after dinner on weekdays',
      who: 'both',
      by: '2026-12-13',
      reviewOn: '2026-12-06',
      success: SUCCESS,
      state: 'open',
    });
    expect(next.commitments).toHaveLength(household().commitments.length + 1);
  });

  it('cuts a long answer at a word, so the agreement stays valid', () => {
    const long = `${'Less evening email '.repeat(20)}end`;
    const next = commitmentFromAnswer(household(), NOW, long, SUCCESS)!;
    const what = next.commitments.at(-1)!.what;
    expect([...what].length).toBeLessThanOrEqual(200);
    const kept = what.slice(0, -1);
    expect(what.endsWith('…') && long.startsWith(kept) && long[kept.length] === ' ').toBe(true);
    expect(parseAgreement(next).ok).toBe(true);
  });

  it('makes nothing of an empty answer', () => {
    expect(commitmentFromAnswer(household(), NOW, '  \n ', SUCCESS)).toBeNull();
  });
});
