/** The distinct instants strictly between `from` and `to`, ascending. */
export function sortedInstantsBetween(instants: readonly number[], from: number, to: number): number[] {
  return [...new Set(instants)].filter((instant) => instant > from && instant < to).sort((a, b) => a - b);
}
