import type { Role } from './relay-protocol';
import { fromBase64Url, toBase64Url, utf8 } from './base64url';
import { checkWords, type CheckWords } from './check-words';

/**
 * Pairing (design decision 5). The invite secret only finds the slot and hides the public keys in
 * it; everything lasting comes from the ECDH result, so an invite read later opens nothing.
 */
export interface LinkKeys {
  room: string;
  token: string;
  sendKey: CryptoKey;
  receiveKey: CryptoKey;
  checkWords: CheckWords;
}

export type PairingErrorKey = 'linkPairingMalformed' | 'linkPairingUndecryptable' | 'linkPairingBadKey';
export type OpenedPairingMessage = { ok: true; publicKey: CryptoKey; raw: Uint8Array } | { ok: false; key: PairingErrorKey };

const PAIRING_FORMAT = 1;
const NONCE_BYTES = 12;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
/** An uncompressed P-256 point: 0x04, x, y. */
const PUBLIC_RAW_BYTES = 65;

// WebCrypto's BufferSource wants an ArrayBuffer-backed view; every Uint8Array here is one.
const buf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => bytes as Uint8Array<ArrayBuffer>;

async function hkdf(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', buf(ikm), 'HKDF', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: buf(salt), info: buf(info) }, key, 256));
}

const aesKey = (raw: Uint8Array, usages: KeyUsage[]) => crypto.subtle.importKey('raw', buf(raw), { name: 'AES-GCM' }, false, usages);
const NO_SALT = new Uint8Array(0);

/** The relay slot both browsers meet in: derived, so the secret itself never reaches the relay. */
export async function pairingSlot(secret: Uint8Array): Promise<string> {
  return toBase64Url(await hkdf(secret, NO_SALT, utf8('hearth/v1/pair-slot')));
}

/** The private key can derive but never be read out, not even by Hearth. */
export function generateLinkKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDH, false, ['deriveBits']);
}

const pairingKey = async (secret: Uint8Array, usage: KeyUsage) => aesKey(await hkdf(secret, NO_SALT, utf8('hearth/v1/pair-key')), [usage]);
const pairingAad = (role: Role) => utf8(`hearth/v1/pair/${role}`);

/** Format byte, nonce, then the public key sealed with the role as authenticated data. */
export async function sealPairingMessage(secret: Uint8Array, role: Role, publicKey: CryptoKey): Promise<string> {
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', publicKey));
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const key = await pairingKey(secret, 'encrypt');
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: buf(pairingAad(role)) }, key, raw));
  return toBase64Url(Uint8Array.from([PAIRING_FORMAT, ...nonce, ...sealed]));
}

/**
 * A slot holds both partners' messages: each side opens the one sealed under the other's role
 * (its own fails on the role), and a message from another invite fails to decrypt.
 */
export async function openPairingMessage(secret: Uint8Array, expectedRole: Role, data: string): Promise<OpenedPairingMessage> {
  const bytes = fromBase64Url(data);
  if (!bytes || bytes.length !== 1 + NONCE_BYTES + PUBLIC_RAW_BYTES + 16 || bytes[0] !== PAIRING_FORMAT) {
    return { ok: false, key: 'linkPairingMalformed' };
  }
  let raw: Uint8Array;
  try {
    const key = await pairingKey(secret, 'decrypt');
    const iv = bytes.subarray(1, 1 + NONCE_BYTES);
    const params = { name: 'AES-GCM', iv: buf(iv), additionalData: buf(pairingAad(expectedRole)) };
    raw = new Uint8Array(await crypto.subtle.decrypt(params, key, buf(bytes.subarray(1 + NONCE_BYTES))));
  } catch {
    return { ok: false, key: 'linkPairingUndecryptable' };
  }
  try {
    return { ok: true, publicKey: await importPublic(raw), raw };
  } catch {
    return { ok: false, key: 'linkPairingBadKey' };
  }
}

/** Import checks the point is on the curve. */
const importPublic = (raw: Uint8Array) => crypto.subtle.importKey('raw', buf(raw), ECDH, true, []);

export interface DeriveLinkKeysInput {
  secret: Uint8Array;
  role: Role;
  myPrivateKey: CryptoKey;
  myPublicRaw: Uint8Array;
  theirPublicRaw: Uint8Array;
}

/**
 * root = HKDF(ECDH bits, salt = invite secret, info = label ‖ a's public key ‖ b's public key);
 * each output is its own HKDF expansion of root. One key per direction, so the two senders never
 * share a key and so can never reuse a nonce under one.
 */
export async function deriveLinkKeys({ secret, role, myPrivateKey, myPublicRaw, theirPublicRaw }: DeriveLinkKeysInput): Promise<LinkKeys> {
  const theirs = await importPublic(theirPublicRaw);
  const shared = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: theirs }, myPrivateKey, 256));
  const [aRaw, bRaw] = role === 'a' ? [myPublicRaw, theirPublicRaw] : [theirPublicRaw, myPublicRaw];
  const root = await hkdf(shared, secret, Uint8Array.from([...utf8('hearth/v1/root'), ...aRaw, ...bRaw]));
  const expand = (label: string) => hkdf(root, NO_SALT, utf8(`hearth/v1/${label}`));
  const aToB = await expand('key/a-to-b');
  const bToA = await expand('key/b-to-a');
  return {
    room: toBase64Url(await expand('room')),
    token: toBase64Url(await expand('token')),
    sendKey: await aesKey(role === 'a' ? aToB : bToA, ['encrypt']),
    receiveKey: await aesKey(role === 'a' ? bToA : aToB, ['decrypt']),
    checkWords: checkWords(await expand('check')),
  };
}
