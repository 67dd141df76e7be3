import { tzOffset } from '@date-fns/tz';

const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');

/** "2026-11-23T00:00:00+01:00": an instant as the household's clock shows it, with that zone's offset (ISO 8601). */
export function isoWithOffset(instant: number, timeZone: string): string {
  const offset = Math.round(tzOffset(timeZone, new Date(instant)));
  const local = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  return `${local}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
