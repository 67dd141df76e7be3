import type { Role, StatusEntry } from '../../utils/link/relay-protocol';

/**
 * What the relay keeps, behind one interface with two engines (design decision 6). Only opaque
 * strings pass through: a room id, a hash of its token, envelopes, pairing data. Every method is
 * async so the embedded SQLite engine and Redis are interchangeable; nothing above this file knows
 * which one runs.
 */
export type LogEntry = { seq: number; role: Role; envelope: string; at: number };

export type AppendResult =
  | { ok: true; seq: number; at: number; duplicate: boolean }
  /** The room was deleted (by a socket of this or another relay process) since this socket's hello. */
  | { ok: false };

export type SlotResult = { ok: true; entries: string[]; written: boolean } | { ok: false };

/** What one relay process tells the others (and itself) about a room or a pairing slot. */
export type BusEvent =
  | { k: 'msg'; room: string; origin: string; entry: LogEntry }
  | { k: 'status'; room: string; origin: string; status: StatusEntry }
  | { k: 'gone'; room: string; origin: string }
  | { k: 'pair'; slot: string; origin: string; entries: string[] };

export type Topic = { kind: 'room' | 'slot'; id: string };

export interface RelayStorage {
  readonly engine: 'sqlite' | 'redis';
  /**
   * True when the room exists with this token hash; with `create`, makes a missing room first.
   * An unknown room and a wrong hash both answer false. A true answer starts the room's life
   * (`roomTtlSeconds`) anew: a room nobody opens for that long is gone, as if deleted.
   */
  openRoom(room: string, tokenHash: string, create: boolean, now: number): Promise<boolean>;
  head(room: string): Promise<number>;
  /**
   * Appends with the next gap-free seq and publishes it as a `msg` event from `origin` (one round
   * trip in Redis); a `clientId` already stored answers its first seq again and publishes nothing.
   */
  append(room: string, role: Role, clientId: string, envelope: string, now: number, origin: string): Promise<AppendResult>;
  entriesAfter(room: string, after: number, limit: number): Promise<LogEntry[]>;
  /** Replaces the role's latest status and publishes it from `origin`; false when the room is gone. */
  setStatus(room: string, role: Role, envelope: string, now: number, origin: string): Promise<boolean>;
  statuses(room: string, now: number): Promise<StatusEntry[]>;
  deleteRoom(room: string): Promise<void>;
  /** Writes `data` (when given) to the slot, at most twice in its life; then answers its entries. */
  slot(slot: string, data: string | undefined, now: number): Promise<SlotResult>;
  /** Delivery between relay processes; a process hears its own events too. */
  publish(event: BusEvent): Promise<void>;
  watch(topic: Topic): Promise<void>;
  unwatch(topic: Topic): Promise<void>;
  onEvent(listener: (event: BusEvent) => void): void;
  close(): Promise<void>;
}

export const topicOf = (event: BusEvent): Topic =>
  event.k === 'pair' ? { kind: 'slot', id: event.slot } : { kind: 'room', id: event.room };
