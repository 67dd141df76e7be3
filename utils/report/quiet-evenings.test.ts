import { describe, expect, it } from 'vitest';
import { quietEvenings } from './quiet-evenings';

const H = 3_600_000;
const week = (afterHours: number[]) => afterHours.map((hours, index) => ({ date: `2026-11-${String(23 + index).padStart(2, '0')}`, afterHoursMs: hours * H }));
/** Watched whole since the week began. */
const MONDAY = '2026-11-23';

describe('quietEvenings', () => {
  const days = week([1, 0, 0, 2, 0, 0, 0]);

  it('counts every day of a week that is over', () => {
    expect(quietEvenings(days, '2026-11-30', MONDAY)).toEqual({ quiet: 5, of: 7 });
  });

  it("leaves out a quiet today, whose evening may still change, and the days to come", () => {
    expect(quietEvenings(days, '2026-11-25', MONDAY)).toEqual({ quiet: 1, of: 2 });
    expect(quietEvenings(days, '2026-11-29', MONDAY)).toEqual({ quiet: 4, of: 6 });
  });

  it('counts today once after-hours work was seen in it: it can no longer be quiet', () => {
    expect(quietEvenings(days, '2026-11-26', MONDAY)).toEqual({ quiet: 2, of: 4 });
  });

  it('has nothing decided on the first morning of the week', () => {
    expect(quietEvenings(days, '2026-11-23', MONDAY)).toEqual({ quiet: 0, of: 1 });
    expect(quietEvenings(week([0, 0, 0, 0, 0, 0, 0]), '2026-11-23', MONDAY)).toEqual({ quiet: 0, of: 0 });
  });

  it('does not vouch for quiet evenings before Hearth watched whole days, but counts work it saw in them', () => {
    // Installed on Wednesday afternoon: Monday, Tuesday and Wednesday were not watched whole.
    const thursday = '2026-11-26';
    expect(quietEvenings(week([0, 0, 0, 0, 0, 0, 0]), '2026-11-30', thursday)).toEqual({ quiet: 4, of: 4 });
    expect(quietEvenings(week([0, 0, 1, 0, 0, 0, 0]), '2026-11-30', thursday)).toEqual({ quiet: 4, of: 5 });
    expect(quietEvenings(week([0, 0, 1, 0, 0, 0, 0]), '2026-11-25', thursday)).toEqual({ quiet: 0, of: 1 });
    expect(quietEvenings(week([0, 0, 0, 0, 0, 0, 0]), thursday, thursday)).toEqual({ quiet: 0, of: 0 });
  });
});
