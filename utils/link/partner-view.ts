import type { SharedStatus } from './shared-status';

/**
 * How old a partner's status may be and still be shown as theirs. Their browser publishes at least
 * every 10 minutes while it runs and the relay keeps a status 15 minutes: past 15 minutes no
 * refresh came although one was due, and the relay itself has let it go. Past that Hearth says
 * "offline since", never a guess of what they are doing now.
 */
export const PARTNER_STALE_MS = 15 * 60_000;

export interface ReceivedStatus {
  status: SharedStatus;
  /** When the relay stored it (its `at`), or when it arrived live: Hearth's own clock, not theirs. */
  receivedAt: number;
}

export type PartnerView =
  | { kind: 'unknown' }
  | { kind: 'fresh'; status: SharedStatus; minutesAgo: number }
  | { kind: 'offline'; since: number };

export function partnerView(received: ReceivedStatus | null, now: number): PartnerView {
  if (!received) return { kind: 'unknown' };
  const age = Math.max(0, now - received.receivedAt);
  if (age >= PARTNER_STALE_MS) return { kind: 'offline', since: received.receivedAt };
  return { kind: 'fresh', status: received.status, minutesAgo: Math.floor(age / 60_000) };
}
