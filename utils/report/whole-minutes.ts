import { MS_PER_MINUTE } from '../schedule/calendar-date';
import type { ReportDay } from './weekly-report';

/**
 * Milliseconds written as whole minutes that still add up. Work is recorded to the millisecond, so
 * rounding each figure on its own makes a day's 30.5 + 30.5 min read "31 + 31 = 61", and a week's
 * after-hours days sum to a minute or two more than the week the report and its budget show.
 */

/** Each value in whole minutes, rounded on the running total: they sum to the rounded total, each within a minute of its own. */
export function runningMinutes(values: readonly number[]): number[] {
  let total = 0;
  let written = 0;
  return values.map((ms) => {
    total += ms;
    const upTo = Math.round(total / MS_PER_MINUTE);
    const minutes = upTo - written;
    written = upTo;
    return minutes;
  });
}

/** `minutes` shared among parts by their milliseconds, the largest remainders first: the shares sum to `minutes` exactly. */
export function shareMinutes(parts: readonly number[], minutes: number): number[] {
  const total = parts.reduce((sum, ms) => sum + ms, 0);
  if (total <= 0) return parts.map(() => 0);
  const exact = parts.map((ms) => (ms / total) * minutes);
  const shares = exact.map(Math.floor);
  let left = minutes - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - shares[index]! })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    shares[index]! += 1;
    left -= 1;
  }
  return shares;
}

export interface DayMinutes {
  inHours: number;
  afterHours: number;
  inZone: number;
}

/**
 * Each watched day's figures in whole minutes, as the report's day table and the CSV both show
 * them: each column sums to the week's figure as the page rounds it, so the two never disagree.
 */
export function dayMinutes(days: readonly Pick<ReportDay, 'date' | 'inHoursMs' | 'afterHoursMs' | 'inZoneMs'>[]): Map<string, DayMinutes> {
  const inHours = runningMinutes(days.map((day) => day.inHoursMs));
  const afterHours = runningMinutes(days.map((day) => day.afterHoursMs));
  const inZone = runningMinutes(days.map((day) => day.inZoneMs));
  return new Map(days.map((day, index) => [day.date, { inHours: inHours[index]!, afterHours: afterHours[index]!, inZone: inZone[index]! }]));
}
