import { createHash, randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { ClientFrame, ErrorCode, Role, ServerFrame } from '../utils/link/relay-protocol';
import { parseClientFrame } from '../utils/link/relay-protocol';
import type { RelayLimits } from './config';
import type { RateLimiter } from './limits';
import { count } from './log';
import type { TopicRegistry } from './rooms';
import type { RelayStorage } from './storage/storage';

const BACKLOG_PAGE = 100;
const SLOTS_PER_SOCKET = 4;

/** One socket: which room it opened, and whether it is still catching up on the backlog. */
export type Conn = {
  id: string;
  ws: WebSocket;
  ip: string;
  room: string | undefined;
  role: Role | undefined;
  /** Live frames that arrived while the backlog was being sent; flushed after it, minus repeats. */
  pending: ServerFrame[] | undefined;
  lastSeq: number;
  slots: Set<string>;
  /** How many entries of each slot this socket has been sent: a slot only grows, so fewer is stale. */
  slotEntries: Map<string, number>;
  /** Fanned-out entries of a slot that arrived while this socket's own read of it was under way. */
  slotPending: Map<string, string[][]>;
  /** Bytes this socket may leave unread at the relay before it is closed (see `send`). */
  maxBuffered: number;
  queue: Promise<void>;
};

export type RelayContext = {
  storage: RelayStorage;
  limits: RelayLimits;
  registry: TopicRegistry<Conn>;
  ipLimiter: RateLimiter;
  roomLimiter: RateLimiter;
  pairLimiter: RateLimiter;
};

export const newConn = (ws: WebSocket, ip: string, maxBuffered: number): Conn => ({
  id: randomUUID(), ws, ip, room: undefined, role: undefined, pending: undefined, lastSeq: 0, slots: new Set(), slotEntries: new Map(), slotPending: new Map(),
  maxBuffered, queue: Promise.resolve(),
});

/**
 * A slot's entries to a socket. Fanned-out ones can arrive after this socket has read newer ones
 * itself (a write published just before it began watching): those are dropped, so a socket never
 * sees a slot shrink. `asked`: the socket's own read or write, always answered.
 */
export function sendPairData(conn: Conn, slot: string, entries: string[], asked: boolean): void {
  const pending = asked ? undefined : conn.slotPending.get(slot);
  if (pending) return void pending.push(entries);
  if (!asked && entries.length <= (conn.slotEntries.get(slot) ?? -1)) return;
  conn.slotEntries.set(slot, Math.max(entries.length, conn.slotEntries.get(slot) ?? 0));
  send(conn, { t: 'pair-data', slot, entries });
}

/**
 * A socket that does not read its frames is closed once they pile up past `maxBuffered`: every
 * hello re-sends the whole backlog, so otherwise one client asking and never reading makes the
 * process hold its backlog over and over until memory runs out. A reader that is merely slow
 * catches up after reconnecting.
 */
export function send(conn: Conn, frame: ServerFrame): void {
  if (conn.ws.readyState !== conn.ws.OPEN) return;
  conn.ws.send(JSON.stringify(frame));
  if (conn.ws.bufferedAmount > conn.maxBuffered) {
    count('socket-unread');
    conn.ws.terminate();
  }
}

/** Sends a live frame now, or keeps it for after the backlog; log entries already sent are skipped. */
export function deliver(conn: Conn, frame: ServerFrame): void {
  if (conn.pending) {
    conn.pending.push(frame);
    return;
  }
  if (frame.t === 'msg') {
    if (frame.seq <= conn.lastSeq) return;
    conn.lastSeq = frame.seq;
  }
  send(conn, frame);
}

const fail = (conn: Conn, code: ErrorCode, id?: string) => {
  count(`error-${code}`);
  send(conn, id === undefined ? { t: 'error', code } : { t: 'error', code, id });
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function leaveRoom(ctx: RelayContext, conn: Conn): Promise<void> {
  const room = conn.room;
  if (room === undefined) return;
  conn.room = undefined;
  conn.role = undefined;
  conn.pending = undefined;
  await ctx.registry.remove({ kind: 'room', id: room }, conn);
}

export async function leaveAll(ctx: RelayContext, conn: Conn): Promise<void> {
  await leaveRoom(ctx, conn);
  for (const slot of conn.slots) await ctx.registry.remove({ kind: 'slot', id: slot }, conn);
  conn.slots.clear();
  conn.slotEntries.clear();
  conn.slotPending.clear();
}

/**
 * Handles one text frame. A frame that does not parse gets `error bad-frame` (or `too-large`) and the
 * socket stays open: the frame changed nothing, and the rate limits bound what a noisy client costs.
 */
export async function handleText(ctx: RelayContext, conn: Conn, text: string, now: number): Promise<void> {
  const allowed = ctx.ipLimiter.take(conn.ip, now);
  const parsed = parseClientFrame(text);
  // A refused send names itself, as every other answer to a send does: its sender stops waiting for it.
  // Parsing a refused frame costs about what receiving it did: it is at most MAX_FRAME_BYTES, checked first.
  if (!allowed) return fail(conn, 'rate-limited', parsed.ok && parsed.frame.t === 'send' ? parsed.frame.id : undefined);
  if (!parsed.ok) return fail(conn, parsed.code);
  const frame = parsed.frame;
  count(`frame-${frame.t}`);
  try {
    await handleFrame(ctx, conn, frame, now);
  } catch (error) {
    count('storage-error');
    fail(conn, 'server-error', frame.t === 'send' ? frame.id : undefined);
    throw error;
  }
}

async function handleFrame(ctx: RelayContext, conn: Conn, frame: ClientFrame, now: number): Promise<void> {
  switch (frame.t) {
    case 'ping':
      return send(conn, { t: 'pong' });
    case 'hello':
      return hello(ctx, conn, frame, now);
    case 'send':
      return sendFrame(ctx, conn, frame, now);
    case 'delete':
      return deleteRoom(ctx, conn);
    case 'pair':
      return pair(ctx, conn, frame, now);
  }
}

async function hello(ctx: RelayContext, conn: Conn, frame: Extract<ClientFrame, { t: 'hello' }>, now: number) {
  await leaveRoom(ctx, conn);
  if (!(await ctx.storage.openRoom(frame.room, hashToken(frame.token), frame.create === true, now))) {
    return fail(conn, 'denied');
  }
  const topic = { kind: 'room', id: frame.room } as const;
  if (ctx.registry.count(topic) >= ctx.limits.socketsPerRoom) return fail(conn, 'room-full');
  conn.room = frame.room;
  conn.role = frame.role;
  conn.lastSeq = frame.after;
  conn.pending = [];
  await ctx.registry.add(topic, conn);
  const [head, statuses] = await Promise.all([ctx.storage.head(frame.room), ctx.storage.statuses(frame.room, now)]);
  send(conn, { t: 'welcome', head, statuses });
  try {
    for (;;) {
      if (conn.room !== frame.room || conn.ws.readyState !== conn.ws.OPEN) return;
      const entries = await ctx.storage.entriesAfter(frame.room, conn.lastSeq, BACKLOG_PAGE);
      for (const entry of entries) send(conn, { t: 'msg', ...entry });
      conn.lastSeq = entries.at(-1)?.seq ?? conn.lastSeq;
      if (entries.length < BACKLOG_PAGE) break;
    }
  } catch (error) {
    // The client already has its welcome and would stay, hearing nothing while every live frame
    // piled up in `pending`. Closed, it opens a new socket and reads the backlog again.
    await leaveRoom(ctx, conn);
    conn.ws.close(1011);
    throw error;
  }
  const pending = conn.pending ?? [];
  conn.pending = undefined;
  for (const live of pending) deliver(conn, live);
}

async function sendFrame(ctx: RelayContext, conn: Conn, frame: Extract<ClientFrame, { t: 'send' }>, now: number) {
  const { room, role } = conn;
  if (room === undefined || role === undefined) return fail(conn, 'no-room', frame.id);
  if (!ctx.roomLimiter.take(room, now)) return fail(conn, 'rate-limited', frame.id);
  if (frame.kind === 'status') {
    if (!(await ctx.storage.setStatus(room, role, frame.envelope, now, conn.id))) return roomGone(ctx, conn);
    return send(conn, { t: 'ack', id: frame.id });
  }
  const result = await ctx.storage.append(room, role, frame.id, frame.envelope, now, conn.id);
  if (!result.ok) return roomGone(ctx, conn);
  if (result.duplicate) count('send-duplicate');
  send(conn, { t: 'ack', id: frame.id, seq: result.seq });
}

async function roomGone(ctx: RelayContext, conn: Conn) {
  await leaveRoom(ctx, conn);
  send(conn, { t: 'gone' });
}

async function deleteRoom(ctx: RelayContext, conn: Conn) {
  const room = conn.room;
  if (room === undefined) return fail(conn, 'no-room');
  await ctx.storage.deleteRoom(room);
  count('room-deleted');
  await ctx.storage.publish({ k: 'gone', room, origin: conn.id });
  await roomGone(ctx, conn);
}

async function pair(ctx: RelayContext, conn: Conn, frame: Extract<ClientFrame, { t: 'pair' }>, now: number) {
  const known = conn.slots.has(frame.slot);
  // A socket pairs in one slot. Every slot it reads stays watched (a Redis subscription) until it
  // closes, and reads are not counted as writes are: unbounded, one socket could watch millions.
  if (!known && conn.slots.size >= SLOTS_PER_SOCKET) return fail(conn, 'rate-limited');
  if (frame.data !== undefined && !ctx.pairLimiter.take(conn.ip, now)) return fail(conn, 'rate-limited');
  const topic = { kind: 'slot', id: frame.slot } as const;
  // Watch before writing, so the other partner's write right after ours is heard.
  conn.slots.add(frame.slot);
  // What fans out before this read is answered is held, then sent only if it is newer than the answer.
  conn.slotPending.set(frame.slot, []);
  await ctx.registry.add(topic, conn);
  const result = await ctx.storage.slot(frame.slot, frame.data, now);
  const held = conn.slotPending.get(frame.slot) ?? [];
  conn.slotPending.delete(frame.slot);
  if (!result.ok) {
    if (!known) {
      conn.slots.delete(frame.slot);
      await ctx.registry.remove(topic, conn);
    }
    return fail(conn, 'slot-closed');
  }
  sendPairData(conn, frame.slot, result.entries, true);
  for (const entries of held) sendPairData(conn, frame.slot, entries, false);
  if (result.written) await ctx.storage.publish({ k: 'pair', slot: frame.slot, origin: conn.id, entries: result.entries });
}
