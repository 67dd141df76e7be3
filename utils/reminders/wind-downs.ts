import type { Agreement } from '../agreement/agreement-schema';
import { MS_PER_MINUTE } from '../schedule/calendar-date';
import { guardTimeline, type GuardSource } from '../schedule/guard-sources';
import { isGuardingMode } from '../schedule/guard-state';
import type { WindDownReminder } from './reminder';

type Guarding = GuardSource & { mode: 'dim' | 'block' };
const guards = (source: GuardSource): source is Guarding => isGuardingMode(source.mode);
const guarding = (sources: readonly GuardSource[]) => sources.some(guards);

/**
 * Wind-downs whose `at` is in (now, now + horizon]: one before each instant where the guard goes
 * from off or track to dim or block. Read from the guard's own timeline, so a wind-down can never
 * disagree with the dimming it announces (midnight-crossing zones, special days, DST included).
 */
export function windDowns(agreement: Agreement, now: number, windDownMinutes: number, horizonMs: number): WindDownReminder[] {
  if (windDownMinutes <= 0) return [];
  const lead = windDownMinutes * MS_PER_MINUTE;
  const timeline = guardTimeline(agreement, now, now + horizonMs + lead + 1);
  const reminders: WindDownReminder[] = [];
  let before = timeline.sourcesAt(now);
  for (const start of timeline.candidates) {
    const after = timeline.sourcesAt(start);
    const at = start - lead;
    // A protected ritual that dims already has its own reminder; saying it twice is nagging.
    const source = after.filter(guards).find((candidate) => candidate.kind !== 'ritual');
    // Already guarded at `at` (a zone ending just before the next one): nobody is working to wind down.
    if (!guarding(before) && source && at > now && at <= now + horizonMs && !guarding(timeline.sourcesAt(at))) {
      reminders.push({ kind: 'wind-down', sourceId: source.id, label: source.label, mode: source.mode, start, at });
    }
    before = after;
  }
  return reminders;
}
