import type { HearthMessage, HearthReplies } from '@/utils/messages';
import { parseMessage } from '@/utils/message-schemas';
import { senderMaySend, type Self } from '@/utils/message-senders';
import { isStorageFailure, STORAGE_FAILURE } from '@/utils/db/storage-failure';

type Handlers = {
  [K in HearthMessage['type']]?: (
    message: Extract<HearthMessage, { type: K }>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<HearthReplies[K]>;
};

/**
 * One runtime.onMessage listener for the whole background; each feature adds its handlers. No
 * handler runs before its message has the shape of its type and comes from a sender allowed to
 * send it (utils/message-senders.ts); anything else is refused with an error the sender sees.
 */
export function createMessageRouter() {
  const handlers: Handlers = {};
  const self: Self = { id: browser.runtime.id, base: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const type = (message as { type?: unknown } | null)?.type;
    const handler = typeof type === 'string' ? (handlers as Record<string, Function | undefined>)[type] : undefined;
    // Returning undefined leaves the message to other listeners, as the API expects.
    if (!handler) return undefined;
    const parsed = parseMessage(message);
    if (!parsed.ok) return Promise.reject(new Error(`Hearth refused a malformed message (${parsed.problem})`));
    if (!senderMaySend(parsed.message.type, sender, self)) return Promise.reject(new Error(`Hearth refused "${parsed.message.type}" from this sender`));
    // A page cannot see the error's name across the message boundary, only its text: say it plainly.
    return (handler(parsed.message, sender) as Promise<unknown>).catch((error: unknown) => {
      throw isStorageFailure(error) ? new Error(STORAGE_FAILURE) : error;
    });
  });
  return {
    handle<K extends HearthMessage['type']>(type: K, handler: NonNullable<Handlers[K]>) {
      (handlers as Record<string, unknown>)[type] = handler;
    },
    /**
     * Answers a message inside the background as its handler would answer `sender`, so one reply
     * can carry another's (the popup's status carries its cards'); a type without a handler is null.
     */
    async ask<K extends HearthMessage['type']>(message: Extract<HearthMessage, { type: K }>, sender: Browser.runtime.MessageSender): Promise<HearthReplies[K] | null> {
      const handler = handlers[message.type as K] as Handlers[K] | undefined;
      return handler ? handler(message, sender) : null;
    },
  };
}

export type MessageRouter = ReturnType<typeof createMessageRouter>;
