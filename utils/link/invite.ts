import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from './base64url';

/**
 * An invite is `H1.<secret>.<relay URL>` in base64url: the version first, so a newer Hearth's
 * invite is told apart from a garbled one. Shared as `https://hearth.family/link#<code>`: the code
 * sits after `#`, which a browser never sends to any server.
 */
export const INVITE_VERSION = 'H1';
export const INVITE_SECRET_BYTES = 32;
const INVITE_LINK_BASE = 'https://hearth.family/link';
const MAX_RELAY_URL = 512;

export type InviteResult = { ok: true; secret: Uint8Array; relayUrl: string } | { ok: false; key: InviteErrorKey };
export type InviteErrorKey = 'linkInviteEmpty' | 'linkInviteMalformed' | 'linkInviteWrongVersion' | 'linkInviteBadRelay';

export function createInvite(relayUrl: string): { secret: Uint8Array; code: string } {
  if (!isRelayUrl(relayUrl)) throw new Error(`createInvite: not a relay address: ${relayUrl}`);
  const secret = crypto.getRandomValues(new Uint8Array(INVITE_SECRET_BYTES));
  return { secret, code: `${INVITE_VERSION}.${toBase64Url(secret)}.${toBase64Url(utf8(relayUrl))}` };
}

export const inviteLink = (code: string): string => `${INVITE_LINK_BASE}#${code}`;

/** Reads what a person pasted or scanned: the link, or the bare code, with any white space around it. */
export function parseInvite(text: string): InviteResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, key: 'linkInviteEmpty' };
  const code = codeOf(trimmed);
  const parts = code.split('.');
  if (/^H\d+$/.test(parts[0] ?? '') && parts[0] !== INVITE_VERSION) return { ok: false, key: 'linkInviteWrongVersion' };
  if (parts.length !== 3 || parts[0] !== INVITE_VERSION) return { ok: false, key: 'linkInviteMalformed' };
  const secret = fromBase64Url(parts[1] ?? '');
  const relayBytes = fromBase64Url(parts[2] ?? '');
  if (!secret || secret.length !== INVITE_SECRET_BYTES || !relayBytes) return { ok: false, key: 'linkInviteMalformed' };
  const relayUrl = fromUtf8(relayBytes);
  if (relayUrl === null || !isRelayUrl(relayUrl)) return { ok: false, key: 'linkInviteBadRelay' };
  return { ok: true, secret, relayUrl };
}

/** The link's fragment when it is a link, else the text itself. */
function codeOf(text: string): string {
  if (!/^https?:\/\//i.test(text)) return text;
  const hash = text.indexOf('#');
  return hash === -1 ? '' : text.slice(hash + 1);
}

function isRelayUrl(text: string): boolean {
  if (text.length > MAX_RELAY_URL) return false;
  try {
    return ['ws:', 'wss:', 'http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
