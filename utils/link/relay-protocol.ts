import * as v from 'valibot';

/**
 * The one protocol Hearth's browsers and the relay speak (design decision 6): JSON text frames over
 * a WebSocket at `/v1`, plus `GET /health`. Both sides validate every frame with these schemas.
 * The relay sees only opaque base64url strings: room ids, token hashes, envelopes, pairing data.
 * It never learns a name, a status, a note or a site; a partner is only the role `a` (who invited)
 * or `b` (who joined).
 */
export const PROTOCOL_VERSION = 1;
/** Largest frame either side accepts, in bytes of UTF-8 text. */
export const MAX_FRAME_BYTES = 64 * 1024;

/** Unpadded base64url of exactly 32 bytes (room ids, tokens, pairing slots). */
const Id32 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));
/** An envelope or a pairing message: unpadded base64url, bounded by the frame limit. */
const Opaque = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/), v.maxLength(48 * 1024));
/** A client's id for one `send`, so a resend after a lost ack is not stored twice. */
const ClientId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));
/**
 * Bounded where a number stops being exact: past it `after + 1` is no next seq, and Redis cannot
 * read such a stream id at all (SQLite could), so the two engines would answer one hello apart.
 */
const Seq = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
export const Role = v.picklist(['a', 'b']);
export type Role = v.InferOutput<typeof Role>;

export const ClientFrame = v.variant('t', [
  /**
   * Opens the room for this socket. `create`: make the room with this token if it does not exist
   * (done once, by each side, after both confirmed the four words). Unknown room and wrong token
   * get the same `denied`. After `welcome` the relay sends every log entry above `after`, then live ones.
   */
  v.strictObject({ t: v.literal('hello'), v: v.literal(PROTOCOL_VERSION), room: Id32, token: Id32, role: Role, after: Seq, create: v.optional(v.boolean()) }),
  /**
   * Appends to the room's log (`kind: 'log'`, kept until the cap, answered with its seq) or replaces
   * this role's latest status (`kind: 'status'`, kept 15 minutes, not in the log, fanned out live).
   */
  v.strictObject({ t: v.literal('send'), id: ClientId, kind: v.picklist(['log', 'status']), envelope: Opaque }),
  /** Deletes the room and everything in it; every socket in it gets `gone`. */
  v.strictObject({ t: v.literal('delete') }),
  /**
   * A one-time pairing slot: `data` (optional) is written to it (at most two writes, 24 h life),
   * and this socket then hears `pair-data` on every change. A slot needs no hello.
   */
  v.strictObject({ t: v.literal('pair'), slot: Id32, data: v.optional(Opaque) }),
  v.strictObject({ t: v.literal('ping') }),
]);
export type ClientFrame = v.InferOutput<typeof ClientFrame>;

export const StatusEntry = v.strictObject({ role: Role, envelope: Opaque, at: Seq });
export type StatusEntry = v.InferOutput<typeof StatusEntry>;

export const ERROR_CODES = [
  /** Unknown room or wrong token: deliberately one answer for both. */
  'denied',
  /** Not JSON, or not a frame of this protocol. */
  'bad-frame',
  'too-large',
  'rate-limited',
  /** Already as many sockets in the room as allowed. */
  'room-full',
  /** A `send` or `delete` before a successful `hello`. */
  'no-room',
  /** The pairing slot already holds two writes, or expired. */
  'slot-closed',
  'server-error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ServerFrame = v.variant('t', [
  /** `head`: the room's latest seq. `statuses`: each role's unexpired latest status. */
  v.strictObject({ t: v.literal('welcome'), head: Seq, statuses: v.array(StatusEntry) }),
  v.strictObject({ t: v.literal('msg'), seq: Seq, role: Role, envelope: Opaque, at: Seq }),
  v.strictObject({ t: v.literal('status'), role: Role, envelope: Opaque, at: Seq }),
  /** `seq` for a log entry; a status has none. A resend of a known `id` gets its first seq again. */
  v.strictObject({ t: v.literal('ack'), id: ClientId, seq: v.optional(Seq) }),
  v.strictObject({ t: v.literal('pair-data'), slot: Id32, entries: v.array(Opaque) }),
  /** The room was deleted (by either partner): forget everything about it. */
  v.strictObject({ t: v.literal('gone') }),
  /** `id`: the `send` this answers, when it answers one. */
  v.strictObject({ t: v.literal('error'), code: v.picklist(ERROR_CODES), id: v.optional(ClientId) }),
  v.strictObject({ t: v.literal('pong') }),
]);
export type ServerFrame = v.InferOutput<typeof ServerFrame>;

export type FrameResult<T> = { ok: true; frame: T } | { ok: false; code: 'bad-frame' | 'too-large' };

function parseFrame<T>(schema: v.GenericSchema<unknown, T>, text: string): FrameResult<T> {
  if (new TextEncoder().encode(text).length > MAX_FRAME_BYTES) return { ok: false, code: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, code: 'bad-frame' };
  }
  const result = v.safeParse(schema, json);
  return result.success ? { ok: true, frame: result.output } : { ok: false, code: 'bad-frame' };
}

export const parseClientFrame = (text: string) => parseFrame(ClientFrame, text);
export const parseServerFrame = (text: string) => parseFrame(ServerFrame, text);
