import { wallTimeAt } from '../schedule/wall-clock';

/**
 * The household date a plan holds through: the day of its last instant, as "until Friday" names it.
 * Its own file, without valibot, so the popup's partner card can name the day without loading the
 * link message's schema (~11 KB of the popup's first module graph, issue #11 item 17).
 */
export function lastDayOf(plan: { endsAt: number }, timeZone: string): string {
  return wallTimeAt(plan.endsAt - 1, timeZone).date;
}
