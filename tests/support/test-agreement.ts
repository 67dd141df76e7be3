import { readFileSync } from 'node:fs';
import { WORK_PATTERN } from './test-sites';

export const HOUSEHOLD_ZONE = 'Europe/Berlin';
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The household's wall clock at an instant, computed independently of Hearth's own code. */
export function wallClock(instant: number, timeZone = HOUSEHOLD_ZONE) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { weekday: parts.weekday!.toLowerCase().slice(0, 3) as (typeof DAYS)[number], time: `${parts.hour}:${parts.minute}` };
}

/** A weekly zone covering [start, end) of real time, to the minute, in the household zone. */
export function zoneBetween(start: number, end: number, extra: Record<string, unknown> = {}) {
  const from = wallClock(start);
  return { id: 'test-zone', label: 'Family dinner', days: [from.weekday], start: from.time, end: wallClock(end).time, mode: 'dim', ...extra };
}

/** An unprotected daily ritual at the household wall time of `startsAt`. */
export const dailyRitual = (id: string, label: string, startsAt: number) => ({
  id,
  label,
  recurrence: { kind: 'daily' },
  time: wallClock(startsAt).time,
  durationMinutes: 30,
  reminderMinutes: 10,
  protected: false,
});

export const minute = 60_000;
export const floorToMinute = (instant: number) => Math.floor(instant / minute) * minute;

/** The household's date a year from now (YYYY-MM-DD), computed independently of Hearth's own code. */
const aYearAway = () => new Intl.DateTimeFormat('en-CA', { timeZone: HOUSEHOLD_ZONE }).format(Date.now() + 365 * 24 * 60 * minute);

/**
 * The documented example, with the test work site and the given changes. Nothing in it depends on
 * the day a test runs: no focus season, and the agreement's review a year away (reckoned when
 * called), so no test sees a "review due" unless it adds one.
 */
export function testAgreement(changes: Record<string, unknown> = {}) {
  const example = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));
  return {
    ...example,
    household: { timeZone: HOUSEHOLD_ZONE, weekStartsOn: 'mon' },
    workSites: [{ pattern: WORK_PATTERN, category: 'docs', label: 'Test work' }],
    zones: [],
    specialDays: [],
    rituals: [],
    focusSeasons: [],
    commitments: [],
    contingencyPlans: [],
    reviewRhythm: { everyMonths: 3, from: aYearAway() },
    ...changes,
  };
}
