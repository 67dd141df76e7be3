const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** "YYYYMMDDTHHMMSS" for a wall time, to be read in the zone its TZID names (RFC 5545 §3.3.5, form 3). */
export function localDateTime(date: string, minute: number): string {
  return `${date.replaceAll('-', '')}T${pad(Math.floor(minute / 60))}${pad(minute % 60)}00`;
}

/** "YYYYMMDDTHHMMSSZ": an instant in UTC, as DTSTAMP must be (RFC 5545 §3.8.7.2). */
export function utcDateTime(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** "+0530" or "-0400" (RFC 5545 §3.3.14) for an offset in minutes east of UTC. */
export function utcOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}${pad(minutes % 60)}`;
}

/**
 * A length of exact time in minutes ("PT45M"): RFC 5545 §3.3.6 counts a duration written in hours
 * and minutes as real time across a DST change, which is how the schedule engine counts a ritual.
 */
export function minutesDuration(minutes: number): string {
  return `PT${minutes}M`;
}
