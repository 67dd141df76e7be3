import { parseServerFrame, type ClientFrame, type ServerFrame } from './relay-protocol';

/** Why talking to the relay failed, as the UI words it (i18n keys). */
export type RelayFailure = 'linkRelayUnreachable' | 'linkRelayTimeout' | 'linkRelayClosed' | 'linkRelayBusy' | 'linkRelayRoomFull';

export class RelayError extends Error {
  constructor(readonly key: RelayFailure) {
    super(key);
  }
}

export interface RelayConnection {
  send(frame: ClientFrame): void;
  /** Every valid frame from now on; returns the unsubscribe. Invalid frames are dropped unseen. */
  onFrame(listener: (frame: ServerFrame) => void): () => void;
  /** The first frame from now that `match` accepts; rejects on timeout or when the socket closes. */
  next<T extends ServerFrame>(match: (frame: ServerFrame) => frame is T, timeoutMs?: number): Promise<T>;
  onClose(listener: () => void): void;
  close(): void;
  readonly open: boolean;
}

const CONNECT_TIMEOUT_MS = 8_000;
const REPLY_TIMEOUT_MS = 10_000;

/** Opens one WebSocket to the relay; `WebSocketImpl` lets the caller pass its environment's. */
export function connectRelay(url: string, WebSocketImpl: typeof WebSocket = WebSocket): Promise<RelayConnection> {
  return new Promise((resolve, reject) => {
    let socket: WebSocket;
    try {
      socket = new WebSocketImpl(url);
    } catch {
      return reject(new RelayError('linkRelayUnreachable'));
    }
    const listeners = new Set<(frame: ServerFrame) => void>();
    const closeListeners = new Set<() => void>();
    let opened = false;
    const timer = setTimeout(() => {
      socket.close();
      reject(new RelayError('linkRelayTimeout'));
    }, CONNECT_TIMEOUT_MS);

    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      const parsed = parseServerFrame(event.data);
      if (parsed.ok) listeners.forEach((listener) => listener(parsed.frame));
    };
    socket.onclose = () => {
      clearTimeout(timer);
      if (!opened) reject(new RelayError('linkRelayUnreachable'));
      closeListeners.forEach((listener) => listener());
    };
    socket.onopen = () => {
      opened = true;
      clearTimeout(timer);
      const connection: RelayConnection = {
        send: (frame) => socket.send(JSON.stringify(frame)),
        onFrame: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        next: (match, timeoutMs = REPLY_TIMEOUT_MS) =>
          new Promise((done, fail) => {
            const stop = () => {
              clearTimeout(wait);
              listeners.delete(listener);
              closeListeners.delete(closed);
            };
            const listener = (frame: ServerFrame) => {
              if (!match(frame)) return;
              stop();
              done(frame);
            };
            const closed = () => {
              stop();
              fail(new RelayError('linkRelayClosed'));
            };
            const wait = setTimeout(() => {
              stop();
              fail(new RelayError('linkRelayTimeout'));
            }, timeoutMs);
            listeners.add(listener);
            closeListeners.add(closed);
          }),
        onClose: (listener) => void closeListeners.add(listener),
        close: () => socket.close(),
        get open() {
          return socket.readyState === WebSocketImpl.OPEN;
        },
      };
      resolve(connection);
    };
  });
}

/** Narrowing helpers for `next`. */
export const isFrame =
  <K extends ServerFrame['t']>(...kinds: K[]) =>
  (frame: ServerFrame): frame is Extract<ServerFrame, { t: K }> =>
    (kinds as string[]).includes(frame.t);
