/**
 * For the parts of a page that read their own small piece of storage (a settings form, the link,
 * the thank-yous): when the read fails they show nothing and log why. The page says once, at the
 * top, that storage cannot be opened (storage-error.tsx); each part repeating it would bury that.
 */
export function readFailed(error: unknown): void {
  console.error('Hearth could not read what this part of the page shows', error);
}
