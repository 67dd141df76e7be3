import { describe, expect, it } from 'vitest';
import type { LinkRecord } from '../link/link-record';
import { DEFAULT_SHARING, type SharingChoices } from '../link/sharing';
import { checkIn, trendWeeks } from './check-in';
import { checkInTogether } from './check-in-together';
import { revisions, SUNDAY_NIGHT, WEEK, WEEK_OVER } from './week-fixture';

const week = checkIn(
  { now: WEEK_OVER, weekContaining: SUNDAY_NIGHT, revisions, intervals: WEEK, overrides: [], marks: undefined, stretchLevels: [], ownerId: () => 'alex', locale: 'en' },
  trendWeeks(revisions, WEEK_OVER, SUNDAY_NIGHT),
)!;
const answers = { stretched: 'Thursday', celebrate: 'Walks', adjust: 'Earlier dinners', savedAt: SUNDAY_NIGHT };
const link = (mine: Partial<SharingChoices>, theirs: Partial<SharingChoices>) =>
  ({ mySharing: { ...DEFAULT_SHARING, ...mine }, theirSharing: { ...DEFAULT_SHARING, ...theirs } }) as LinkRecord;
const theirs = { weekStart: week.report.weekStart, answers: { stretched: 'Tuesday', celebrate: 'Sunday brunch', adjust: 'Phones away at dinner' } };

describe('checkInTogether', () => {
  it('is nothing while unlinked', () => {
    expect(checkInTogether(undefined, week, answers, theirs)).toEqual({ kind: 'unlinked' });
  });

  it('shows nothing of theirs while either keeps check-ins to themselves or pauses', () => {
    expect(checkInTogether(link({ checkIn: true }, {}), week, answers, theirs)).toEqual({ kind: 'not-shared' });
    expect(checkInTogether(link({}, { checkIn: true }), week, answers, theirs)).toEqual({ kind: 'not-shared' });
    expect(checkInTogether(link({ checkIn: true }, { checkIn: true, paused: true }), week, answers, theirs)).toEqual({ kind: 'not-shared' });
  });

  it('puts my side, as they receive it, beside theirs', () => {
    const together = checkInTogether(link({ checkIn: true, budget: true }, { checkIn: true, budget: true }), week, answers, theirs);
    expect(together).toEqual({
      kind: 'shared',
      mine: { weekStart: week.report.weekStart, answers: { stretched: 'Thursday', celebrate: 'Walks', adjust: 'Earlier dinners' }, afterHours: { usedMinutes: 215, budgetMinutes: 120 }, quietEvenings: { quiet: 3, of: 7 } },
      theirs,
    });
  });

  it('has no side of theirs for a week they did not send, or a damaged one', () => {
    const shared = link({ checkIn: true }, { checkIn: true });
    expect(checkInTogether(shared, week, null, { ...theirs, weekStart: 5 })).toMatchObject({ kind: 'shared', theirs: null });
    expect(checkInTogether(shared, week, null, { weekStart: 'x' })).toMatchObject({ kind: 'shared', theirs: null, mine: { answers: null } });
  });

  it('shows of theirs only the figures both share now, whatever they sent or sent before', () => {
    // They shared budget, rituals and stretch with it; I do not (or no longer): nothing of it shows, as none of mine goes.
    const sent = { ...theirs, afterHours: { usedMinutes: 90, budgetMinutes: 120 }, quietEvenings: { quiet: 5, of: 7 }, ritualsKept: { kept: 2, of: 3 }, stretch: [3, null, 4] };
    const together = checkInTogether(link({ checkIn: true }, { checkIn: true, budget: true, ritual: true, stretch: true }), week, null, sent);
    expect(together).toMatchObject({ kind: 'shared', theirs });
    expect(together.kind === 'shared' && together.theirs && Object.keys(together.theirs).sort()).toEqual(['answers', 'weekStart']);
  });
});
