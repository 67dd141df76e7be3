/** "HH:MM" on a 24-hour clock. "24:00" is accepted only where a block may end at midnight. */
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const MINUTES_PER_DAY = 24 * 60;

export function isTimeOfDay(value: string): boolean {
  return TIME.test(value);
}

export function isEndTimeOfDay(value: string): boolean {
  return value === '24:00' || TIME.test(value);
}

/** Minutes after local midnight. Callers validate first; the schema guarantees the shape. */
export function minutesOfDay(value: string): number {
  if (value === '24:00') return MINUTES_PER_DAY;
  const match = TIME.exec(value);
  if (!match) throw new RangeError(`"${value}" is not a time`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatMinutesOfDay(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
