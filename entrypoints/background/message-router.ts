import type { HearthMessage, HearthReplies } from '@/utils/messages';

type Handlers = {
  [K in HearthMessage['type']]?: (
    message: Extract<HearthMessage, { type: K }>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<HearthReplies[K]>;
};

/** One runtime.onMessage listener for the whole background; each feature adds its handlers. */
export function createMessageRouter() {
  const handlers: Handlers = {};
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const type = (message as { type?: unknown } | null)?.type;
    const handler = typeof type === 'string' ? (handlers as Record<string, Function | undefined>)[type] : undefined;
    // Returning undefined leaves the message to other listeners, as the API expects.
    return handler ? handler(message, sender) : undefined;
  });
  return {
    handle<K extends HearthMessage['type']>(type: K, handler: NonNullable<Handlers[K]>) {
      (handlers as Record<string, unknown>)[type] = handler;
    },
  };
}

export type MessageRouter = ReturnType<typeof createMessageRouter>;
