import type { SharedStatus } from './shared-status';

/**
 * How old a partner's status may be and still be shown as theirs. Their browser publishes at least
 * every 10 minutes while it runs and the relay keeps a status 15 minutes: past 15 minutes no
 * refresh came although one was due, and the relay itself has let it go. Past that Hearth says
 * "offline since", never a guess of what they are doing now.
 */
export const PARTNER_STALE_MS = 15 * 60_000;
/**
 * Silent this long, the partner is more likely to have removed or reinstalled Hearth (which
 * forgets the link on their side) than to be away: a week covers a holiday with the laptop shut.
 */
export const PARTNER_LONG_SILENT_MS = 7 * 24 * 60 * 60_000;

export interface ReceivedStatus {
  status: SharedStatus;
  /** When the relay stored it (its `at`), or when it arrived live: Hearth's own clock, not theirs. */
  receivedAt: number;
}

export type PartnerView =
  | { kind: 'unknown' }
  | { kind: 'fresh'; status: SharedStatus; minutesAgo: number }
  | { kind: 'offline'; since: number; longSilent: boolean };

export function partnerView(received: ReceivedStatus | null, now: number): PartnerView {
  if (!received) return { kind: 'unknown' };
  const age = Math.max(0, now - received.receivedAt);
  if (age >= PARTNER_STALE_MS) return { kind: 'offline', since: received.receivedAt, longSilent: age >= PARTNER_LONG_SILENT_MS };
  return { kind: 'fresh', status: received.status, minutesAgo: Math.floor(age / 60_000) };
}
