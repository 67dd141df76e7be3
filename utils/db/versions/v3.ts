/**
 * v3: the partner link (issue #8). `link` holds at most one row (the pairing, with its two
 * non-extractable AES keys, stored as CryptoKeys by structured clone); `outbox` keeps envelopes
 * written offline until the relay acknowledges them, oldest first; `thanks` keeps received
 * thank-you notes by arrival, for the weekly report.
 */
export const v3 = {
  version: 3,
  stores: {
    link: 'id',
    outbox: '++id',
    thanks: '++id, receivedAt',
  },
} as const;
