/**
 * Said in place of any storage error the background relays to a page, so the page can tell "the
 * browser will not let Hearth keep data" (which needs the person to act) from any other failure.
 */
export const STORAGE_FAILURE = 'hearth:storage-unavailable';

/**
 * The errors of an IndexedDB that cannot open or write: a private window, Firefox keeping no
 * history, a full disk, a damaged profile. By name, not by class, so the popup needs no Dexie:
 * Dexie wraps the browser's DOMException (`OpenFailedError` with an `inner` one) and keeps names.
 */
const STORAGE_ERROR_NAMES = new Set([
  'OpenFailedError',
  'DatabaseClosedError',
  'MissingAPIError',
  'QuotaExceededError',
  'UnknownError',
  'InvalidStateError',
  'VersionError',
]);

export function isStorageFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const { name, message, inner } = current as { name?: unknown; message?: unknown; inner?: unknown };
    if (typeof name === 'string' && STORAGE_ERROR_NAMES.has(name)) return true;
    if (typeof message === 'string' && message.includes(STORAGE_FAILURE)) return true;
    current = inner;
  }
  return false;
}
