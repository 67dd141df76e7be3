import type { HearthDb } from '../db/hearth-db';

/** The local development relay (`npm run relay`); a couple who self-host put theirs in the options page. */
export const DEFAULT_RELAY_URL = 'ws://127.0.0.1:8787/v1';
export const RELAY_URL_KEY = 'link:relayUrl';

export type RelayUrlResult = { ok: true; url: string } | { ok: false; key: string };

/**
 * A relay address as the person typed it. Only WebSocket addresses with a host; plain `ws:` only to
 * this computer, since anything else would carry the room's token unencrypted over the network.
 */
export function parseRelayUrl(text: string): RelayUrlResult {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, key: 'linkRelayUrlInvalid' };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return { ok: false, key: 'linkRelayUrlScheme' };
  if (url.protocol === 'ws:' && !isLoopback(url.hostname)) return { ok: false, key: 'linkRelayUrlInsecure' };
  if (url.username || url.password || url.hash) return { ok: false, key: 'linkRelayUrlInvalid' };
  return { ok: true, url: url.href };
}

const isLoopback = (host: string) => host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** The address stored for this browser, or the default when none (or a damaged one) is stored. */
export async function storedRelayUrl(db: HearthDb): Promise<string> {
  const stored = (await db.settings.get(RELAY_URL_KEY))?.value;
  const parsed = typeof stored === 'string' ? parseRelayUrl(stored) : null;
  return parsed?.ok ? parsed.url : DEFAULT_RELAY_URL;
}
