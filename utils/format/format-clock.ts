/**
 * "07:00", or "Sat 07:00" when the instant is on another local day than `now`: the banner says
 * until when, in the household's zone, in the reader's locale.
 */
export function formatClock(instant: number, now: number, timeZone: string, locale?: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const sameDay = day.format(instant) === day.format(now);
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    ...(sameDay ? {} : { weekday: 'short' }),
  }).format(instant);
}
