import { describe, expect, it } from 'vitest';
import type { AgreementRevision } from '../db/hearth-db';
import { at } from '../schedule/agreement-fixture';
import { household } from '../status/status-fixture';
import { trendWeeks, TREND_WEEKS } from './check-in';

const revisions: AgreementRevision[] = [{ id: 1, effectiveAt: at('2026-03-02T00:00:00+01:00'), source: 'import', agreement: household() }];
const starts = (weeks: ReturnType<typeof trendWeeks>) => weeks.map((week) => week.start);

describe('trendWeeks', () => {
  it('takes the asked week and the seven before it while an agreement was in force', () => {
    const weeks = trendWeeks(revisions, at('2026-11-26T12:00:00+01:00'), at('2026-11-26T12:00:00+01:00'));
    expect(weeks).toHaveLength(TREND_WEEKS);
    expect(starts(weeks)[0]).toBe(at('2026-11-23T00:00:00+01:00'));
    expect(starts(weeks).at(-1)).toBe(at('2026-10-05T00:00:00+02:00'));
  });

  it('stops at the last week of which Hearth still keeps anything: a deleted week is not a quiet one', () => {
    // 400 days before this is 6 October 2026, 13:00 in Berlin.
    const now = at('2027-11-10T12:00:00+01:00');
    expect(starts(trendWeeks(revisions, now, at('2026-10-21T12:00:00+02:00')))).toEqual([
      at('2026-10-19T00:00:00+02:00'),
      at('2026-10-12T00:00:00+02:00'),
      at('2026-10-05T00:00:00+02:00'),
    ]);
    // A week wholly older than that is still shown when asked for (it says so), but alone.
    expect(starts(trendWeeks(revisions, now, at('2026-09-16T12:00:00+02:00')))).toEqual([at('2026-09-14T00:00:00+02:00')]);
  });
});
