import type { Agreement } from '../agreement/agreement-schema';

/**
 * A proposed change to the shared agreement (design decision 7), as kept on either browser. The
 * base and the proposed document are both kept whole, so the change list and a rebase never depend
 * on what this browser happens to hold now.
 */
export interface ProposalRecord {
  /** The same on both browsers: it names the proposal in the answer. */
  id: string;
  /** Made on this browser (outgoing) or received from the partner (incoming). */
  mine: boolean;
  /** The partner id who proposed it. */
  proposedBy: string;
  /** The agreement it was made on, and its digest (utils/agreement/agreement-digest.ts). */
  base: Agreement;
  baseDigest: string;
  proposed: Agreement;
  /** Why, in the proposer's words. */
  note?: string;
  sentAt: number;
  /**
   * `open`: waiting for an answer. `declined` (outgoing only): the partner said no, kept with their
   * word until the proposer dismisses it. `diverged` (outgoing only): the partner accepted it, but on
   * an agreement this browser no longer held (or after it was withdrawn here), so it was not applied
   * here and the person chooses (see proposal-receipts.ts).
   */
  state: 'open' | 'declined' | 'diverged';
  /** The partner's word with a decline. */
  word?: string;
  answeredAt?: number;
  /** `diverged`: the agreement the partner accepted and now guards by, and who accepted it. */
  accepted?: Agreement;
  acceptedBy?: string;
  /**
   * `diverged`: the digest of the agreement held here when the acceptance arrived. Taken later,
   * once another revision came here, the accepted document would silently undo it.
   */
  divergedFrom?: string;
}
