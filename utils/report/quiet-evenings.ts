/**
 * Quiet evenings so far: of the days whose evening is decided, those with no after-hours work.
 * A past day is decided. Today is decided only once after-hours work was seen (it can no longer be
 * quiet); a quiet today may still change before midnight, so it is not counted yet: on Wednesday
 * morning, two quiet evenings are "2 of 2", not "3 of 3".
 */
export function quietEvenings(days: ReadonlyArray<{ date: string; afterHoursMs: number }>, today: string): { quiet: number; of: number } {
  const decided = days.filter((day) => day.date < today || (day.date === today && day.afterHoursMs > 0));
  return { quiet: decided.filter((day) => day.afterHoursMs === 0).length, of: decided.length };
}
