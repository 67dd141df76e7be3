/** Raw intervals are kept at least a year; a little more so last year's same week can be compared. */
export const RETENTION_MS = 400 * 24 * 60 * 60_000;

/** The earliest instant whose activity Hearth still keeps at `now`: what began before it has been deleted (or soon will be). */
export function keptSince(now: number): number {
  return now - RETENTION_MS;
}
