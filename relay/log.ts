/**
 * The relay's only log: JSON lines of event kinds and counts. It never writes a room id, a slot,
 * a token, an envelope or an address: an operator learns how busy the relay is, nothing about whom.
 */
const counts = new Map<string, number>();

export function logLine(event: string, fields: Record<string, string | number | boolean> = {}): void {
  process.stdout.write(`${JSON.stringify({ ts: new Date().toISOString(), event, ...fields })}\n`);
}

/** Counts one occurrence of `kind`, reported in the next `stats` line. */
export function count(kind: string): void {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
}

export function flushCounts(gauges: Record<string, number>): void {
  logLine('stats', { ...gauges, ...Object.fromEntries(counts) });
  counts.clear();
}
