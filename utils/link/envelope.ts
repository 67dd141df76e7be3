import type { Role } from './relay-protocol';
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from './base64url';

/**
 * One message between partners (design decision 5). Bytes, then base64url:
 *   version u8 | epoch u32 | sender u8 | counter u64 | nonce (12) | AES-GCM
 * The header is in the clear so the receiver can rebuild the authenticated data; the room is not
 * in it (both know it) but is bound too. The plaintext is the kind (length u8, then its text) and a
 * length-prefixed JSON text, padded to a multiple of 1 KiB, so the size says little about what
 * changed. Version 1 carried the kind in the header, so the relay could read when a thank-you, a
 * plan or an unpair was sent; it is still opened, from a partner whose Hearth is not yet updated.
 */
export const ENVELOPE_VERSION = 2;
const KIND_IN_HEADER_VERSION = 1;
export const PAD_STEP = 1024;
/** Well inside the relay's 48 KiB opaque limit once base64url and the header are added. */
export const MAX_PADDED_BYTES = 32 * PAD_STEP;
const NONCE_BYTES = 12;

/** Whether `payload` can be sealed at all: a caller checks first, so a too-large one is refused with a clear word before anything is stored. */
export function fitsInEnvelope(payload: unknown): boolean {
  const json = JSON.stringify(payload);
  return json !== undefined && 1 + MAX_KIND_BYTES + 4 + utf8(json).length <= MAX_PADDED_BYTES;
}

const TAG_BYTES = 16;
/** The LINK_PAYLOADS keys: lower camelCase (`checkIn`, `proposalAnswer`) or kebab-case. */
const KIND_PATTERN = /^[a-z][a-zA-Z-]{0,31}$/;
const MAX_KIND_BYTES = 32;

export interface SealInput {
  key: CryptoKey;
  room: string;
  epoch: number;
  sender: Role;
  counter: number;
  kind: string;
  payload: unknown;
}

export interface OpenInput {
  key: CryptoKey;
  room: string;
  epoch: number;
  /** Who the receiver expects it from: the other partner. */
  sender: Role;
  /** The highest counter accepted from that sender so far; -1 before the first. */
  lastCounter: number;
  data: string;
}

export type OpenRejection = 'malformed' | 'replayed' | 'undecryptable' | 'wrong-epoch';
export type OpenResult = { ok: true; kind: string; counter: number; payload: unknown } | { ok: false; reason: OpenRejection };

interface Header {
  version: number;
  epoch: number;
  sender: Role;
  counter: number;
  /** Version 1 only: later versions seal it with the payload. */
  kind?: string;
}

const buf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => bytes as Uint8Array<ArrayBuffer>;

const authenticatedData = (room: string, header: Header) =>
  utf8(JSON.stringify(['hearth/envelope', header.version, room, header.epoch, header.sender, header.counter, ...(header.kind === undefined ? [] : [header.kind])]));

export async function sealEnvelope({ key, room, epoch, sender, counter, kind, payload }: SealInput): Promise<string> {
  if (!Number.isInteger(epoch) || epoch < 0 || epoch > 0xffffffff) throw new Error(`sealEnvelope: bad epoch ${epoch}`);
  if (!Number.isSafeInteger(counter) || counter < 0) throw new Error(`sealEnvelope: bad counter ${counter}`);
  if (!KIND_PATTERN.test(kind)) throw new Error(`sealEnvelope: bad kind ${kind}`);
  const json = JSON.stringify(payload);
  if (json === undefined) throw new Error(`sealEnvelope: payload of kind ${kind} is not JSON`);
  const header: Header = { version: ENVELOPE_VERSION, epoch, sender, counter };
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const params = { name: 'AES-GCM', iv: nonce, additionalData: buf(authenticatedData(room, header)) };
  const kindBytes = utf8(kind);
  const sealed = new Uint8Array(await crypto.subtle.encrypt(params, key, buf(padded(concat(Uint8Array.of(kindBytes.length), kindBytes), utf8(json), kind))));
  return toBase64Url(concat(encodeHeader(header), nonce, sealed));
}

export async function openEnvelope({ key, room, epoch, sender, lastCounter, data }: OpenInput): Promise<OpenResult> {
  const bytes = fromBase64Url(data);
  const parsed = bytes && decodeHeader(bytes);
  if (!parsed || parsed.header.sender !== sender) return { ok: false, reason: 'malformed' };
  const { header, rest } = parsed;
  if (rest.length < NONCE_BYTES + PAD_STEP + TAG_BYTES || (rest.length - NONCE_BYTES - TAG_BYTES) % PAD_STEP !== 0) {
    return { ok: false, reason: 'malformed' };
  }
  if (header.epoch !== epoch) return { ok: false, reason: 'wrong-epoch' };
  let plain: Uint8Array;
  try {
    const params = { name: 'AES-GCM', iv: buf(rest.subarray(0, NONCE_BYTES)), additionalData: buf(authenticatedData(room, header)) };
    plain = new Uint8Array(await crypto.subtle.decrypt(params, key, buf(rest.subarray(NONCE_BYTES))));
  } catch {
    return { ok: false, reason: 'undecryptable' };
  }
  // Judged only once authentic, so a forged header cannot make a real message look replayed.
  if (header.counter <= lastCounter) return { ok: false, reason: 'replayed' };
  const sealedKind = header.kind === undefined ? sealedKindOf(plain) : { kind: header.kind, rest: plain };
  const payload = sealedKind && unpadded(sealedKind.rest);
  return !sealedKind || payload === undefined ? { ok: false, reason: 'malformed' } : { ok: true, kind: sealedKind.kind, counter: header.counter, payload };
}

/** The kind at the start of the plaintext, and what follows it. */
function sealedKindOf(plain: Uint8Array): { kind: string; rest: Uint8Array } | null {
  const length = plain[0];
  if (length === undefined || plain.length < 1 + length) return null;
  const kind = fromUtf8(plain.subarray(1, 1 + length));
  return kind !== null && KIND_PATTERN.test(kind) ? { kind, rest: plain.subarray(1 + length) } : null;
}

/** `prefix` (the sealed kind), then the JSON's length and the JSON, zero-padded to the next step. */
function padded(prefix: Uint8Array, json: Uint8Array, kind: string): Uint8Array {
  const used = prefix.length + 4 + json.length;
  const size = Math.ceil(used / PAD_STEP) * PAD_STEP;
  if (size > MAX_PADDED_BYTES) throw new Error(`sealEnvelope: payload of kind ${kind} is ${json.length} bytes, over ${MAX_PADDED_BYTES - 4 - prefix.length}`);
  const out = new Uint8Array(size);
  out.set(prefix, 0);
  new DataView(out.buffer).setUint32(prefix.length, json.length);
  out.set(json, prefix.length + 4);
  return out;
}

/** The JSON after its length, with nothing but zeros after it. */
function unpadded(plain: Uint8Array): unknown {
  if (plain.length < 4) return undefined;
  const length = new DataView(plain.buffer, plain.byteOffset, plain.byteLength).getUint32(0);
  if (4 + length > plain.length || plain.subarray(4 + length).some((byte) => byte !== 0)) return undefined;
  const text = fromUtf8(plain.subarray(4, 4 + length));
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const HEADER_BYTES = 14;

function encodeHeader({ version, epoch, sender, counter }: Header): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES);
  const view = new DataView(out.buffer);
  view.setUint8(0, version);
  view.setUint32(1, epoch);
  view.setUint8(5, sender === 'a' ? 0 : 1);
  view.setUint32(6, Math.floor(counter / 2 ** 32));
  view.setUint32(10, counter >>> 0);
  return out;
}

function decodeHeader(bytes: Uint8Array): { header: Header; rest: Uint8Array } | null {
  if (bytes.length < HEADER_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint8(0);
  const senderByte = view.getUint8(5);
  const counter = view.getUint32(6) * 2 ** 32 + view.getUint32(10);
  if ((version !== ENVELOPE_VERSION && version !== KIND_IN_HEADER_VERSION) || senderByte > 1 || !Number.isSafeInteger(counter)) return null;
  const header: Header = { version, epoch: view.getUint32(1), sender: senderByte === 0 ? 'a' : 'b', counter };
  if (version === ENVELOPE_VERSION) return { header, rest: bytes.subarray(HEADER_BYTES) };
  const kindLength = bytes[HEADER_BYTES];
  const kind = kindLength === undefined ? null : fromUtf8(bytes.subarray(HEADER_BYTES + 1, HEADER_BYTES + 1 + kindLength));
  if (kindLength === undefined || bytes.length < HEADER_BYTES + 1 + kindLength || kind === null || !KIND_PATTERN.test(kind)) return null;
  return { header: { ...header, kind }, rest: bytes.subarray(HEADER_BYTES + 1 + kindLength) };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
