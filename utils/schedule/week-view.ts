import type { Agreement, Ritual, ZoneMode } from '../agreement/agreement-schema';
import { MINUTES_PER_DAY, minutesOfDay } from '../agreement/time-of-day';
import { WEEKDAYS, type Weekday } from '../agreement/weekday';
import { addDays, datesThrough, weekdayOfDate } from './calendar-date';
import { windowEdgesOn, type DailyWindow } from './daily-window';
import { recursOn } from './ritual-recurrence';
import { wallTimeAt } from './wall-clock';
import { weekFirstDate } from './week-bounds';
import { workingHourWindows } from './working-hours';
import { zoneWindows } from './zones';

/*
 * The week as the household's clocks show it: every block is in wall-clock minutes of its day, as
 * the agreement itself is written. A day whose clock skips or repeats an hour still draws 00:00 to
 * 24:00; a zone "19:00 to 07:00" is drawn from 19:00 to 07:00 whatever the clock does in between,
 * so DST days need no special casing here (the guard resolves the real instants elsewhere).
 */

export type WeekBlockKind = 'work' | 'zone' | 'special-day' | 'ritual';
export type WeekLaneKind = 'work' | 'zones' | 'rituals';

/** A band of each day's row: one per partner's working hours, one for zones, one for rituals. */
export interface WeekLane {
  key: string;
  kind: WeekLaneKind;
  /** The partner whose working hours the lane holds; absent for zones and rituals. */
  partner?: { id: string; name: string };
}

export interface WeekBlock {
  kind: WeekBlockKind;
  /** The id of the zone, special day or ritual; the partner's id for working hours. */
  id: string;
  /** The zone's or ritual's label; the partner's name for working hours. */
  label: string;
  lane: string;
  /** Row within the lane, 0 at the top. */
  row: number;
  /** The part drawn on this day, minutes after local midnight: 0 <= start < end <= 1440. */
  start: number;
  end: number;
  /** The whole occurrence: from its start to its end, which is on the next day when `to` <= `from`. */
  from: number;
  to: number;
  /** This part began the day before (the occurrence crossed midnight into this day). */
  continued: boolean;
  /** This part runs on into the next day. */
  continues: boolean;
  /** What the guard does meanwhile: zones and special days by their mode, protected rituals dim, the rest nothing. */
  mode: ZoneMode | null;
  protected: boolean;
  monthly: boolean;
}

export interface WeekFocusSeason {
  id: string;
  label: string;
  leadName: string;
}

/** A date the couple agreed on: a commitment due, or the day to look at it or a focus season together. */
export interface WeekDateMark {
  kind: 'commitmentDue' | 'commitmentReview' | 'seasonReview';
  id: string;
  label: string;
}

export interface WeekViewDay {
  date: string;
  weekday: Weekday;
  today: boolean;
  /**
   * Sorted by start, then by lane; within a lane, what began the day before comes first, then the
   * agreement's order: the order a reader goes through the day.
   */
  blocks: WeekBlock[];
  /** Rows each lane needs on this day (at least one), so blocks that overlap are drawn one above the other. */
  rows: Record<string, number>;
  focusSeasons: WeekFocusSeason[];
  /** Open commitments due or to be reviewed this day, and focus seasons to be reviewed. */
  marks: WeekDateMark[];
}

export interface WeekView {
  days: WeekViewDay[];
  lanes: WeekLane[];
  /** The household's wall time at `now`. */
  now: { date: string; minute: number };
}

type BlockSource = Pick<WeekBlock, 'kind' | 'id' | 'label' | 'lane' | 'mode' | 'protected' | 'monthly'> & { window: DailyWindow };
type Part = Omit<WeekBlock, 'row'> & { date: string };

/** A ritual as wall-clock minutes, on each date it recurs; up to a whole day long, so it may cross midnight. */
function ritualSources(ritual: Ritual, dates: readonly string[]): BlockSource[] {
  const start = minutesOfDay(ritual.time);
  const end = ((start + ritual.durationMinutes - 1) % MINUTES_PER_DAY) + 1;
  return dates
    .filter((date) => recursOn(ritual.recurrence, date, weekdayOfDate(date)))
    .map((date) => ({
      kind: 'ritual',
      id: ritual.id,
      label: ritual.label,
      lane: 'rituals',
      // The guard dims during a protected ritual and leaves the others alone (guard-sources.ts).
      mode: ritual.protected ? 'dim' : null,
      protected: ritual.protected,
      monthly: ritual.recurrence.kind === 'monthly',
      window: { startsOn: { date }, start, end },
    }));
}

function sources(agreement: Agreement, dates: readonly string[]): BlockSource[] {
  const work = agreement.partners.flatMap((partner) =>
    workingHourWindows(partner).map(
      (window): BlockSource => ({ kind: 'work', id: partner.id, label: partner.name, lane: `work:${partner.id}`, mode: null, protected: false, monthly: false, window }),
    ),
  );
  const zones = zoneWindows(agreement).map(
    ({ source, window }): BlockSource => ({ kind: source.kind, id: source.id, label: source.label, lane: 'zones', mode: source.mode, protected: false, monthly: false, window }),
  );
  return [...work, ...zones, ...agreement.rituals.flatMap((ritual) => ritualSources(ritual, dates))];
}

/** The occurrence starting on `date`, split at midnight into the part on each day it touches. */
function partsStartingOn({ window, ...source }: BlockSource, date: string, weekday: number): Part[] {
  const [open, close] = windowEdgesOn(window, date, weekday);
  if (!open || !close) return [];
  const whole = { ...source, from: window.start, to: window.end };
  if (close.date === open.date) return [{ ...whole, date, start: open.minute, end: close.minute, continued: false, continues: false }];
  return [
    { ...whole, date, start: open.minute, end: MINUTES_PER_DAY, continued: false, continues: true },
    { ...whole, date: close.date, start: 0, end: close.minute, continued: true, continues: false },
  ];
}

function dateMarks(agreement: Agreement, date: string): WeekDateMark[] {
  const open = agreement.commitments.filter((item) => item.state === 'open');
  return [
    ...open.filter((item) => item.by === date).map((item): WeekDateMark => ({ kind: 'commitmentDue', id: item.id, label: item.what })),
    ...open.filter((item) => item.reviewOn === date).map((item): WeekDateMark => ({ kind: 'commitmentReview', id: item.id, label: item.what })),
    ...agreement.focusSeasons.filter((season) => season.reviewOn === date).map((season): WeekDateMark => ({ kind: 'seasonReview', id: season.id, label: season.label })),
  ];
}

/** Greedy interval packing: each block takes the first row whose last block has ended. */
function assignRows(parts: readonly Part[], laneOrder: readonly string[]): { blocks: WeekBlock[]; rowsByLane: Map<string, number> } {
  const sorted = [...parts].sort((a, b) => a.start - b.start || laneOrder.indexOf(a.lane) - laneOrder.indexOf(b.lane));
  const rowEnds = new Map<string, number[]>();
  const blocks = sorted.map(({ date: _date, ...part }) => {
    const ends = rowEnds.get(part.lane) ?? [];
    rowEnds.set(part.lane, ends);
    let row = ends.findIndex((end) => end <= part.start);
    if (row === -1) row = ends.length;
    ends[row] = part.end;
    return { ...part, row };
  });
  return { blocks, rowsByLane: new Map([...rowEnds].map(([lane, ends]) => [lane, ends.length])) };
}

/**
 * What to draw for each of the seven days of the household's week containing `now`, in the
 * household's week order: both partners' working hours, zones and special days, and each ritual
 * on the date it falls in this week (a monthly ritual only in the week it happens, marked monthly).
 */
export function weekView(agreement: Agreement, now: number): WeekView {
  const wall = wallTimeAt(now, agreement.household.timeZone);
  const first = weekFirstDate(agreement, now);
  const dates = datesThrough(first, addDays(first, 6));
  // Occurrences that start the day before the week may run past midnight into its first day.
  const startDates = [addDays(first, -1), ...dates];
  const all = sources(agreement, startDates);
  // Date by date, so parts that start together keep the day they began in, then the agreement's order.
  const parts = startDates.flatMap((date) => {
    const weekday = weekdayOfDate(date);
    return all.flatMap((source) => partsStartingOn(source, date, weekday));
  });

  const workLanes = agreement.partners.map((partner): WeekLane => ({ key: `work:${partner.id}`, kind: 'work', partner: { id: partner.id, name: partner.name } }));
  // Each partner keeps a lane even in a week without working hours: an empty lane says so.
  const lanes: WeekLane[] = [
    ...workLanes,
    ...(['zones', 'rituals'] as const).filter((key) => parts.some((part) => part.lane === key && dates.includes(part.date))).map((key) => ({ key, kind: key })),
  ];
  const laneKeys = lanes.map((lane) => lane.key);

  const days = dates.map((date): WeekViewDay => {
    const { blocks, rowsByLane } = assignRows(
      parts.filter((part) => part.date === date),
      laneKeys,
    );
    const focusSeasons = agreement.focusSeasons
      .filter((season) => season.start <= date && date <= season.end)
      .map((season) => ({
        id: season.id,
        label: season.label,
        leadName: agreement.partners.find((partner) => partner.id === season.lead)?.name ?? season.lead,
      }));
    const rows = Object.fromEntries(laneKeys.map((key) => [key, Math.max(1, rowsByLane.get(key) ?? 0)]));
    return { date, weekday: WEEKDAYS[weekdayOfDate(date)]!, today: date === wall.date, blocks, rows, focusSeasons, marks: dateMarks(agreement, date) };
  });

  return { days, lanes, now: { date: wall.date, minute: wall.minute } };
}
