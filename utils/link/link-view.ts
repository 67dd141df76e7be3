import type { SharedStatus } from './shared-status';

/** The port a Hearth page opens to the background while it is open: the background holds the relay socket meanwhile. */
export const LINK_PORT = 'hearth:link';

/**
 * What the background pushes to open Hearth pages whenever the link changes: small and plain (it
 * crosses a port as JSON; the keys stay in the background).
 */
export type LinkView =
  | { linked: false }
  | {
      linked: true;
      /** i18n key of the relay's last problem (unreachable, timeout), or null when it answers. */
      relayProblem: string | null;
      /** The partner's latest shared status, validated by the background, and when the relay had it. */
      partnerStatus: SharedStatus | null;
      partnerStatusAt: number | null;
      /** The partner's contingency plan holding as the view was made; shown until its end, which comes by itself. */
      partnerPlan: { name: string; endsAt: number } | null;
    };
