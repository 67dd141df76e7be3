import type { Agreement } from './agreement-schema';
import { toBase64Url } from '../link/base64url';

/**
 * The agreement as one text that is the same on every browser holding the same document: object
 * keys sorted, lists in their order, absent optional fields left out (as JSON does with undefined).
 */
export function canonicalAgreementJson(agreement: Agreement): string {
  return JSON.stringify(agreement, (_, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/**
 * Which agreement a proposal was made on, in a form both browsers compute alike: revision ids are
 * local (each browser numbers its own saves), so a base is named by the SHA-256 of its canonical
 * text, unpadded base64url (43 characters).
 */
export async function agreementDigest(agreement: Agreement): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalAgreementJson(agreement));
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}
