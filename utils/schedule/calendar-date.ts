/**
 * Calendar arithmetic on "YYYY-MM-DD" strings. A date is treated as a day on the UTC time line
 * purely as a counting device: no zone, no clock, so nothing here depends on where it runs.
 */
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 24 * 60 * MS_PER_MINUTE;

/** The UTC instant of the date's midnight: a day number scaled to milliseconds, not a moment anyone lives. */
export function utcMsOfDate(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** The calendar date of a position on the UTC time line. */
export function dateOfUtcMs(ms: number): string {
  const day = new Date(ms);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
}

export function addDays(date: string, days: number): string {
  return dateOfUtcMs(utcMsOfDate(date) + days * MS_PER_DAY);
}

/** 0 = Sunday, matching WEEKDAYS. */
export function weekdayOfDate(date: string): number {
  return new Date(utcMsOfDate(date)).getUTCDay();
}

/** Every date from `first` to `last`, both included; empty when `last` is earlier. */
export function datesThrough(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) dates.push(date);
  return dates;
}
