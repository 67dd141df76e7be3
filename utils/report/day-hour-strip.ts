import type { Agreement } from '../agreement/agreement-schema';
import { MS_PER_MINUTE } from '../schedule/calendar-date';
import { guardTimeline } from '../schedule/guard-sources';
import { wallTimeAt } from '../schedule/wall-clock';
import type { ClassifiedSlice } from './classify-activity';

const MINUTES_PER_HOUR = 60;

/** One hour of the household's clock on one day. */
export interface HourCell {
  /** 0..23, as the clock on the wall shows it. */
  hour: number;
  /** How long the clock showed this hour that day: 0 when it skipped it (spring), two hours when it showed it twice (autumn). */
  lengthMs: number;
  workMs: number;
  /** Of that work, what fell inside any guard source (as `inZoneMs` in the day's totals). */
  inZoneMs: number;
  /** How much of the hour the agreed no-work zones and special days guarded (rituals are not zones). */
  zoneMs: number;
}

export interface StripDay {
  date: string;
  hours: HourCell[];
}

/**
 * Each day of the week as 24 wall-clock hours: the work in each and how much of it the agreed zones
 * covered, for the day × hour strip. Hours are the clock's, not 60-minute steps from midnight, so
 * a DST day keeps 24 cells, one of them empty or doubled. The zones drawn are those of `agreement`,
 * the revision the week is judged by; the work comes from slices already classified revision by revision.
 */
export function dayHourStrip(slices: readonly Pick<ClassifiedSlice, 'start' | 'end' | 'zones'>[], agreement: Agreement, from: number, to: number, dates: readonly string[]): StripDay[] {
  const { timeZone } = agreement.household;
  const days = dates.map((date): StripDay => ({ date, hours: Array.from({ length: 24 }, (_, hour) => ({ hour, lengthMs: 0, workMs: 0, inZoneMs: 0, zoneMs: 0 })) }));
  const byDate = new Map(days.map((day) => [day.date, day]));
  const timeline = guardTimeline(agreement, from, to);
  const cellAt = (instant: number) => {
    const wall = wallTimeAt(instant, timeZone);
    return byDate.get(wall.date)?.hours[Math.floor(wall.minute / MINUTES_PER_HOUR)];
  };

  eachPiece(from, to, timeline.candidates, timeZone, (start, end) => {
    const cell = cellAt(start);
    if (!cell) return;
    cell.lengthMs += end - start;
    if (timeline.sourcesAt(start).some((source) => source.kind !== 'ritual')) cell.zoneMs += end - start;
  });
  for (const slice of slices) {
    eachPiece(Math.max(slice.start, from), Math.min(slice.end, to), timeline.candidates, timeZone, (start, end) => {
      const cell = cellAt(start);
      if (!cell) return;
      cell.workMs += end - start;
      if (slice.zones.length > 0) cell.inZoneMs += end - start;
    });
  }
  return days;
}

/**
 * [from, to) cut at every wall-clock hour and at every cut given (the schedule's candidates, clock
 * changes among them), so each piece lies in one hour of one day with one set of guard sources.
 */
function eachPiece(from: number, to: number, cuts: readonly number[], timeZone: string, visit: (start: number, end: number) => void): void {
  let next = cuts.findIndex((cut) => cut > from);
  for (let start = from; start < to; ) {
    while (next !== -1 && next < cuts.length && cuts[next]! <= start) next += 1;
    const cut = next === -1 || next >= cuts.length ? to : cuts[next]!;
    const end = Math.min(to, cut, nextWallHour(start, timeZone));
    visit(start, end);
    start = end;
  }
}

/** The next instant the wall clock shows a whole hour. Offsets are whole minutes, so the minute's own milliseconds are the instant's. */
function nextWallHour(instant: number, timeZone: string): number {
  const intoMinute = ((instant % MS_PER_MINUTE) + MS_PER_MINUTE) % MS_PER_MINUTE;
  const intoHour = wallTimeAt(instant, timeZone).minute % MINUTES_PER_HOUR;
  return instant - intoMinute + (MINUTES_PER_HOUR - intoHour) * MS_PER_MINUTE;
}
