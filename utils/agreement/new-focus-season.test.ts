import { describe, expect, it } from 'vitest';
import type { Agreement } from './agreement-schema';
import { SAMPLE_AGREEMENT } from './sample-agreement';
import { newFocusSeason } from './new-focus-season';
import { parseAgreement } from './parse-agreement';

const sampleAgreement = () => structuredClone(SAMPLE_AGREEMENT) as Agreement;

describe('newFocusSeason', () => {
  // 23:30 UTC on 30 Nov is already 1 December in Berlin and still 30 November in New York.
  const now = Date.UTC(2026, 10, 30, 23, 30);

  it('starts today in the household zone, lasts four weeks and is reviewed on its last day', () => {
    const draft = { ...sampleAgreement(), focusSeasons: [] };
    draft.household = { ...draft.household, timeZone: 'Europe/Berlin' };
    const season = newFocusSeason(draft, now, 'Focus season');
    expect(season).toMatchObject({ id: 'focus-season', label: 'Focus season', lead: draft.partners[0].id, start: '2026-12-01', end: '2026-12-28', reviewOn: '2026-12-28' });
    expect(season.weeklyAfterHoursMinutes).toBe(draft.budget.weeklyAfterHoursMinutes);
    expect(parseAgreement({ ...draft, focusSeasons: [season] }).ok).toBe(true);
    draft.household = { ...draft.household, timeZone: 'America/New_York' };
    expect(newFocusSeason(draft, now, 'Focus season').start).toBe('2026-11-30');
  });

  it('gets an id no other season has', () => {
    const draft = sampleAgreement();
    const first = newFocusSeason(draft, now, 'Focus season');
    expect(newFocusSeason({ ...draft, focusSeasons: [first] }, now, 'Focus season').id).toBe('focus-season-2');
  });

  it('falls back to UTC while the zone is mistyped, and to no budget while the budget is', () => {
    const draft = { ...sampleAgreement(), household: { timeZone: 'Europe/Berlinn', weekStartsOn: 'mon' as const } };
    draft.budget = { weeklyAfterHoursMinutes: 'ten' as unknown as number };
    expect(newFocusSeason(draft, now, 'Focus season')).toMatchObject({ start: '2026-11-30', weeklyAfterHoursMinutes: 0 });
  });
});
