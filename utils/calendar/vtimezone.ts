import { wallTimeAt } from '../schedule/wall-clock';
import { localDateTime, utcOffset } from './ics-time';
import { onsetWallTime, yearlyRule } from './yearly-rule';
import { offsetChangesInYears, offsetMinutesAt, startOfLocalYear, type OffsetChange } from './zone-offsets';

/**
 * The years sampled: the one before `now`'s, so that an observance has begun before any event,
 * through a decade ahead. A derived rule must hold in all of them; without one, these years'
 * changes are listed one by one and the last offset is assumed to stay.
 */
const YEARS_BEFORE = 1;
const YEARS_AHEAD = 10;

/** A change and its way back (summer time and winter time) form one pair; the later offset is daylight. */
function isDaylight(group: readonly OffsetChange[], all: readonly OffsetChange[]): boolean {
  const { from, to } = group[0]!;
  return to > from && all.some((change) => change.from === to && change.to === from);
}

function observance(group: readonly OffsetChange[], rule: string | null, daylight: boolean): string[] {
  const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
  const { from, to } = group[0]!;
  const onsets = group.map(onsetWallTime).map((onset) => localDateTime(onset.date, onset.minute));
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `DTSTART:${onsets[0]}`,
    // ical.js ignores DTSTART once an observance has RDATEs, so the first onset is listed again;
    // one value per property because it reads only the first value of each (ical.js 2.2).
    ...(rule ? [`RRULE:${rule}`] : onsets.map((onset) => `RDATE:${onset}`)),
    `END:${kind}`,
  ];
}

/**
 * The household zone as a VTIMEZONE (RFC 5545 §3.6.5) whose TZID is its IANA name, derived from
 * the offset changes the schedule engine sees, so a calendar app places every occurrence at the
 * same instant as Hearth does, also for apps that do not know the IANA name.
 */
export function vtimezoneLines(timeZone: string, now: number): string[] {
  const year = Number(wallTimeAt(now, timeZone).date.slice(0, 4));
  const years = Array.from({ length: YEARS_BEFORE + YEARS_AHEAD }, (_, i) => year - YEARS_BEFORE + i);
  const changes = offsetChangesInYears(years[0]!, year + YEARS_AHEAD, timeZone);

  const groups = new Map<string, OffsetChange[]>();
  for (const change of changes) {
    const key = `${change.from}>${change.to}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  const rules = [...groups.values()].map((group) => yearlyRule(group, years));
  // Rules for some observances and a finite list for others would run out of step after the
  // list ends, so it is rules for all or for none.
  const useRules = rules.every((rule) => rule !== null);

  // Before its first onset a VTIMEZONE says nothing (ical.js then assumes UTC), so a zone that
  // did not change in the year before `now`'s gets an observance that holds from 1970.
  const changedBefore = changes.some((change) => Number(onsetWallTime(change).date.slice(0, 4)) < year);
  const base = offsetMinutesAt(startOfLocalYear(years[0]!, timeZone), timeZone);
  const baseLines = changedBefore
    ? []
    : ['BEGIN:STANDARD', `TZOFFSETFROM:${utcOffset(base)}`, `TZOFFSETTO:${utcOffset(base)}`, 'DTSTART:19700101T000000', 'END:STANDARD'];

  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...baseLines,
    ...[...groups.values()].flatMap((group, i) => observance(group, useRules ? rules[i]! : null, isDaylight(group, changes))),
    'END:VTIMEZONE',
  ];
}
