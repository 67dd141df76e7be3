import { describe, expect, it } from 'vitest';
import { checkIn, trendWeeks } from '../report/check-in';
import { revisions, SUNDAY_NIGHT, WEEK, WEEK_OVER } from '../report/week-fixture';
import { parseLinkPayload } from './link-payloads';
import { sharedCheckIn, sharedStretch } from './shared-check-in';
import { DEFAULT_SHARING, effectiveSharing, type SharingChoices } from './sharing';

const stretchLevels = [
  { date: '2026-11-23', level: 4 as const },
  { date: '2026-11-25', level: 2 as const },
];
const week = checkIn(
  { now: WEEK_OVER, weekContaining: SUNDAY_NIGHT, revisions, intervals: WEEK, overrides: [], marks: undefined, stretchLevels, ownerId: () => 'alex', locale: 'en' },
  trendWeeks(revisions, WEEK_OVER, SUNDAY_NIGHT),
)!;
const answers = { stretched: 'Thursday', celebrate: 'Three quiet evenings', adjust: 'No laptop on Saturday', savedAt: SUNDAY_NIGHT };
const both = (choices: Partial<SharingChoices>) => {
  const mine = { ...DEFAULT_SHARING, ...choices };
  return effectiveSharing(mine, mine);
};

describe('sharedCheckIn', () => {
  it('sends nothing unless both share check-ins', () => {
    const all = { state: true, note: true, budget: true, ritual: true, stretch: true };
    expect(sharedCheckIn(week, answers, both(all))).toBeNull();
    expect(sharedCheckIn(week, answers, effectiveSharing({ ...DEFAULT_SHARING, checkIn: true }, DEFAULT_SHARING))).toBeNull();
    expect(sharedCheckIn(week, answers, effectiveSharing({ ...DEFAULT_SHARING, checkIn: true, paused: true }, { ...DEFAULT_SHARING, checkIn: true }))).toBeNull();
  });

  it('with check-ins alone, sends the answers and no figure', () => {
    expect(sharedCheckIn(week, answers, both({ checkIn: true }))).toEqual({
      weekStart: week.report.weekStart,
      answers: { stretched: 'Thursday', celebrate: 'Three quiet evenings', adjust: 'No laptop on Saturday' },
    });
    expect(sharedCheckIn(week, null, both({ checkIn: true }))).toEqual({ weekStart: week.report.weekStart, answers: null });
  });

  it('adds each figure only when its own kind is shared too', () => {
    const shared = sharedCheckIn(week, answers, both({ checkIn: true, budget: true, ritual: true, stretch: true }));
    // The fixture's hand-computed week: 215 min after hours against a 120 min plan, 3 of 7 quiet evenings.
    expect(shared).toMatchObject({
      afterHours: { usedMinutes: 215, budgetMinutes: 120 },
      quietEvenings: { quiet: 3, of: 7 },
      ritualsKept: { kept: 0, of: 0 },
      stretch: [4, null, 2, null, null, null, null],
    });
    expect(sharedCheckIn(week, answers, both({ checkIn: true, ritual: true }))).not.toHaveProperty('afterHours');
    expect(sharedCheckIn(week, answers, both({ checkIn: true, budget: true }))).not.toHaveProperty('stretch');
  });

  it('is a valid checkIn payload, which an answer too long is not', () => {
    const shared = sharedCheckIn(week, answers, both({ checkIn: true, budget: true, ritual: true, stretch: true }));
    expect(parseLinkPayload('checkIn', shared)).toEqual({ ok: true, kind: 'checkIn', payload: shared });
    expect(parseLinkPayload('checkIn', { ...shared, answers: { ...shared!.answers, adjust: 'x'.repeat(4001) } }).ok).toBe(false);
    expect(parseLinkPayload('checkIn', { ...shared, url: 'https://example.com' }).ok).toBe(false);
  });
});

describe('sharedStretch', () => {
  it("sends today's answer only when both share stretch", () => {
    expect(sharedStretch(stretchLevels, '2026-11-23', both({ stretch: true }))).toEqual({ date: '2026-11-23', level: 4 });
    expect(sharedStretch(stretchLevels, '2026-11-24', both({ stretch: true }))).toBeNull();
    expect(sharedStretch(stretchLevels, '2026-11-23', both({ checkIn: true }))).toBeNull();
  });

  it('is a valid stretch payload; a level out of range is not', () => {
    expect(parseLinkPayload('stretch', { date: '2026-11-23', level: 4 }).ok).toBe(true);
    expect(parseLinkPayload('stretch', { date: '2026-11-23', level: 6 }).ok).toBe(false);
    expect(parseLinkPayload('stretch', { date: 'today', level: 3 }).ok).toBe(false);
  });
});
