import type { Agreement } from './agreement-schema';

/** The commitments still to do, soonest due first: what the weekly check-in goes through. */
export function openCommitments(agreement: Agreement) {
  return agreement.commitments.filter((item) => item.state === 'open').sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
}

/** The agreement with one commitment marked done; the rest unchanged. */
export function markCommitmentDone(agreement: Agreement, id: string): Agreement {
  return { ...agreement, commitments: agreement.commitments.map((item) => (item.id === id ? { ...item, state: 'done' } : item)) };
}

/**
 * The agreement with one commitment carried to a new due date. It stays open; a review date that
 * would now fall after the new due date moves with it, so the look together still comes first.
 */
export function carryCommitment(agreement: Agreement, id: string, by: string): Agreement {
  return {
    ...agreement,
    commitments: agreement.commitments.map((item) => (item.id === id ? { ...item, by, reviewOn: item.reviewOn > by ? by : item.reviewOn } : item)),
  };
}
