import type { Agreement } from '../agreement/agreement-schema';
import { currentRituals, nextRitual, ritualOccurrences, type RitualOccurrence } from '../schedule/rituals';
import { countdownTo, type Countdown } from './countdown-text';

/** One occurrence of a ritual, as small as the popup needs it. */
export interface RitualTime {
  ritualId: string;
  label: string;
  start: number;
  end: number;
}

export interface RitualCountdown {
  next: (RitualTime & { countdown: Countdown }) | null;
  /** Under way now: start <= now < end. */
  running: RitualTime[];
  /** Ended within the last two hours (end in (now - 2 h, now]), oldest first: the ones to mark kept or skipped. */
  recentlyEnded: RitualTime[];
}

/** How long after a ritual ends the popup still asks whether it was kept. */
export const RECENTLY_ENDED_MS = 2 * 60 * 60_000;

export function ritualCountdown(agreement: Agreement, now: number, locale?: string): RitualCountdown {
  const next = nextRitual(agreement, now);
  const recentlyEnded = ritualOccurrences(agreement, now - RECENTLY_ENDED_MS, now + 1)
    .filter((occurrence) => occurrence.end <= now && occurrence.end > now - RECENTLY_ENDED_MS)
    .sort((a, b) => a.end - b.end);
  return {
    next: next && { ...ritualTime(next), countdown: countdownTo(next.start, now, agreement.household.timeZone, locale) },
    running: currentRituals(agreement, now).map(ritualTime),
    recentlyEnded: recentlyEnded.map(ritualTime),
  };
}

function ritualTime({ ritualId, label, start, end }: RitualOccurrence): RitualTime {
  return { ritualId, label, start, end };
}
