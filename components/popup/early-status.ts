import type { HearthReplies } from '@/utils/messages';

export type PopupStatusReply = HearthReplies['popup:status'];

/** Where entrypoints/popup-early-status.ts leaves the status request it sends before the popup's modules load. */
const EARLY_STATUS = 'hearthPopupStatus';

type Scope = { [EARLY_STATUS]?: Promise<PopupStatusReply> };

export function leaveEarlyStatus(reply: Promise<PopupStatusReply>): void {
  // The app takes over its failure; until then it is not an unhandled rejection.
  reply.catch(() => {});
  (globalThis as Scope)[EARLY_STATUS] = reply;
}

/** The early request once, so a later "ask again" never gets the stale first answer. */
export function takeEarlyStatus(): Promise<PopupStatusReply> | undefined {
  const scope = globalThis as Scope;
  const reply = scope[EARLY_STATUS];
  delete scope[EARLY_STATUS];
  return reply;
}
