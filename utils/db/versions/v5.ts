/**
 * v5: proposals to change the shared agreement while partners are linked (issue #9, design
 * decision 7). One row per open proposal, either way, by its id (the same on both browsers), and
 * per outgoing one the partner declined until its proposer has read the answer. Nothing in it is
 * the agreement in force: guarding reads only `agreementRevisions`.
 */
export const v5 = {
  version: 5,
  stores: {
    proposals: 'id, sentAt',
  },
} as const;
