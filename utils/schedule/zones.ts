import type { Agreement, SpecialDay, ZoneMode } from '../agreement/agreement-schema';
import { MINUTES_PER_DAY, minutesOfDay } from '../agreement/time-of-day';
import { weekdayIndex } from '../agreement/weekday';
import { isInsideWindow, type DailyWindow } from './daily-window';
import { wallTimeAt } from './wall-clock';

export interface ZoneSource {
  kind: 'zone' | 'special-day';
  id: string;
  label: string;
  mode: ZoneMode;
}

export interface ZoneWindow {
  source: ZoneSource;
  window: DailyWindow;
}

/** A special day without times covers its whole date; a yearly one, that date every year. */
function specialDayWindow(day: SpecialDay): DailyWindow {
  const startsOn = { date: day.date, yearly: day.repeats === 'yearly' };
  if (day.start === undefined || day.end === undefined) return { startsOn, start: 0, end: MINUTES_PER_DAY };
  return { startsOn, start: minutesOfDay(day.start), end: minutesOfDay(day.end) };
}

/** Weekly zones first, then special days, each in the agreement's own order. */
export function zoneWindows(agreement: Agreement): ZoneWindow[] {
  const weekly = agreement.zones.map(({ id, label, mode, days, start, end }) => ({
    source: { kind: 'zone' as const, id, label, mode },
    window: { startsOn: { weekdays: days.map(weekdayIndex) }, start: minutesOfDay(start), end: minutesOfDay(end) },
  }));
  const special = agreement.specialDays.map((day) => ({
    source: { kind: 'special-day' as const, id: day.id, label: day.label, mode: day.mode },
    window: specialDayWindow(day),
  }));
  return [...weekly, ...special];
}

/** The weekly zones and special days whose window holds the household's wall time at `now`. */
export function activeZoneSources(agreement: Agreement, now: number): ZoneSource[] {
  const wall = wallTimeAt(now, agreement.household.timeZone);
  return zoneWindows(agreement)
    .filter(({ window }) => isInsideWindow(window, wall))
    .map(({ source }) => source);
}
