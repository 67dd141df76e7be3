import type { Role } from './relay-protocol';

/** The one row of the `link` table: the pairing, as both partners confirmed it. */
export interface LinkRecord {
  id: 'current';
  role: Role;
  /** base64url room id and access token, as sent in `hello`. */
  room: string;
  token: string;
  epoch: number;
  /** Non-extractable AES-256-GCM keys: one for what this browser sends, one for what it receives. */
  sendKey: CryptoKey;
  receiveKey: CryptoKey;
  /** The counter of the last envelope this browser sealed, and of the last it accepted from the partner. */
  sendCounter: number;
  lastReceived: number;
  /** Statuses are not in the log, so their counters are checked apart from log entries'. */
  lastStatusCounter: number;
  /** The relay's seq of the last log entry read, so a catch-up asks only for newer ones. */
  lastSeq: number;
  relayUrl: string;
  pairedAt: number;
  /** This browser's sharing choices and the partner's last announced ones (validated on read). */
  mySharing: unknown;
  theirSharing: unknown;
  /** The partner's latest status payload (validated on read) and when it arrived here. */
  partnerStatus: unknown;
  partnerStatusAt: number | null;
}

/** An envelope sealed while offline, kept until the relay acknowledges it. */
export interface OutboxEntry {
  id?: number;
  /** The `send` frame's id, so a resend after a lost ack is stored once. */
  clientId: string;
  envelope: string;
  createdAt: number;
  /**
   * What the envelope carries, for this browser only: the envelope seals its kind, and a message
   * of a kind the person stopped sharing is dropped before it goes (`dropUnshared`). Entries
   * queued before it was kept have none.
   */
  kind?: string;
}

/** A thank-you note the partner sent, kept for the weekly report until the person deletes it. */
export interface ThanksRecord {
  id?: number;
  text: string;
  receivedAt: number;
}
