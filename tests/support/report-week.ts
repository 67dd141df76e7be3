import { putRecords, readStore, setAgreement } from './hearth-pages';
import type { Hearth } from './launch-hearth';
import { HOUSEHOLD_ZONE, testAgreement } from './test-agreement';
import { WORK_HOST } from './test-sites';

/*
 * Test support for the weekly report: a full household week in the past, seeded straight into
 * Hearth's IndexedDB, with dates and instants computed here, independently of Hearth's own code.
 */

const DAY_MS = 24 * 60 * 60_000;

/** The household-local date of an instant, YYYY-MM-DD. */
export function householdDate(instant: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: HOUSEHOLD_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant the household's clock shows `time` on `date` (Berlin is at +01:00 or +02:00). */
export function householdInstant(date: string, time: string): number {
  for (const offset of ['+01:00', '+02:00']) {
    const instant = Date.parse(`${date}T${time}:00${offset}`);
    const shown = new Intl.DateTimeFormat('en-GB', { timeZone: HOUSEHOLD_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
    if (householdDate(instant) === date && shown === time) return instant;
  }
  throw new Error(`${date} ${time} does not exist in ${HOUSEHOLD_ZONE}`);
}

/** The Monday (the test agreement's first weekday) of the week holding `instant`. */
export function mondayOf(instant: number): string {
  const date = householdDate(instant);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

export const REPORT_ZONE = { id: 'evenings', label: 'Family evenings', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '19:00', end: '07:00', mode: 'dim' };
const WALK = { id: 'walk', label: 'Evening walk', recurrence: { kind: 'daily' }, time: '21:00', durationMinutes: 30, reminderMinutes: 10, protected: false };

/**
 * Alex (the first partner, whose report it is) works until 17:30 on weekdays in the example. The
 * example's focus season has fixed dates, so its review would come up in the report only in some
 * weeks: here Sam's season runs around the seeded weeks, its review three weeks after this Monday.
 */
export const reportAgreement = (thisMonday = mondayOf(Date.now())) =>
  testAgreement({
    zones: [REPORT_ZONE],
    rituals: [WALK],
    focusSeasons: [
      { id: 'sam-launch', label: "Sam's product launch", lead: 'sam', start: addDays(thisMonday, -14), end: addDays(thisMonday, 28), weeklyAfterHoursMinutes: 300, reviewOn: addDays(thisMonday, 21) },
    ],
  });

export interface SeededWeek {
  /** Monday of last week, of this week, and of the week before last (when the agreement began). */
  lastMonday: string;
  thisMonday: string;
  firstMonday: string;
}

/**
 * Last week, as the tracker, the guard and the popup would have left it: 45 min on Monday evening
 * in the zone (15 of them under an override), 30 min on Tuesday after hours, 60 min on Wednesday
 * in hours, and a mark for each of the seven evening walks (5 kept, 1 missed, 1 skipped). The
 * agreement is moved back to the middle of the week before, so last week is judged by it.
 */
export async function seedLastWeek(hearth: Hearth, now = Date.now()): Promise<SeededWeek> {
  const thisMonday = mondayOf(now);
  await setAgreement(hearth, reportAgreement(thisMonday));
  const lastMonday = addDays(thisMonday, -7);
  const firstMonday = addDays(lastMonday, -7);
  const at = (day: number, time: string) => householdInstant(addDays(lastMonday, day), time);
  const interval = (day: number, from: string, to: string, category: string) => ({
    id: `${at(day, from)}:${WORK_HOST}`,
    domain: WORK_HOST,
    category,
    start: at(day, from),
    end: at(day, to),
    audible: false,
  });
  const outcomes = [
    ['kept', undefined],
    ['kept', 'auto'],
    ['kept', 'person'],
    ['kept', 'auto'],
    ['kept', undefined],
    ['skipped', 'auto'],
    ['skipped', 'person'],
  ] as const;
  const seed = {
    effectiveAt: householdInstant(addDays(firstMonday, 3), '12:00'),
    intervals: [interval(0, '20:00', '20:45', 'docs'), interval(1, '18:00', '18:30', 'code'), interval(2, '10:00', '11:00', 'chat')],
    overrides: [
      {
        start: at(0, '20:00'),
        end: at(0, '20:15'),
        minutes: 15,
        reason: 'Server down',
        site: WORK_HOST,
        sources: [{ kind: 'zone', id: REPORT_ZONE.id, label: REPORT_ZONE.label, mode: 'dim' }],
      },
    ],
    marks: outcomes.map(([outcome, source], day) => ({ ritualId: 'walk', start: at(day, '21:00'), outcome, markedAt: at(day, '21:40'), ...(source && { source }) })),
  };
  const [revision, ...others] = await readStore<{ effectiveAt: number }>(hearth, 'agreementRevisions');
  if (!revision || others.length > 0) throw new Error('expected the one revision just imported');
  await putRecords(hearth, 'agreementRevisions', [{ ...revision, effectiveAt: seed.effectiveAt }]);
  await putRecords(hearth, 'intervals', seed.intervals);
  await putRecords(hearth, 'overrides', seed.overrides);
  await putRecords(hearth, 'ritualMarks', seed.marks);
  return { lastMonday, thisMonday, firstMonday };
}
