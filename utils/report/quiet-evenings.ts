/**
 * Quiet evenings so far: of the days whose evening is decided, those with no after-hours work.
 * A past day is decided. Today is decided only once after-hours work was seen (it can no longer be
 * quiet); a quiet today may still change before midnight, so it is not counted yet: on Wednesday
 * morning, two quiet evenings are "2 of 2", not "3 of 3". A day before `watchedFrom` (the first day
 * Hearth watched whole in this browser) is decided only by work seen in it: Hearth cannot vouch
 * for a quiet evening it did not watch, so the week it was installed does not begin "2 of 2".
 */
export function quietEvenings(days: ReadonlyArray<{ date: string; afterHoursMs: number }>, today: string, watchedFrom: string): { quiet: number; of: number } {
  const decided = days.filter((day) => day.afterHoursMs > 0 ? day.date <= today : day.date < today && day.date >= watchedFrom);
  return { quiet: decided.filter((day) => day.afterHoursMs === 0).length, of: decided.length };
}
