import { useEffect, useState } from 'preact/hooks';
import { LINK_PORT, type LinkView } from '@/utils/link/link-view';

/** Long enough not to spin on a background that cannot start, short enough that a live view stays live. */
const RECONNECT_MS = 1_000;

/**
 * The link as the background sees it, live: opening the port asks the background to hold the
 * relay socket while this page is open, and it pushes a new view on every change. A worker that
 * stops (Chrome stops idle ones; an update restarts it) drops the port, so the page opens it again:
 * that starts the worker, which goes live once more, instead of leaving the partner offline until
 * the next alarm.
 */
export function useLinkView(): LinkView | null {
  const [view, setView] = useState<LinkView | null>(null);
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const connect = () => {
      try {
        port = browser.runtime.connect({ name: LINK_PORT });
      } catch {
        // The extension was removed or reloaded under this page: nothing to reconnect to.
        return;
      }
      port.onMessage.addListener((message) => setView(message as LinkView));
      port.onDisconnect.addListener(() => {
        if (!closed) retry = setTimeout(connect, RECONNECT_MS);
      });
    };
    connect();
    return () => {
      closed = true;
      clearTimeout(retry);
      port?.disconnect();
    };
  }, []);
  return view;
}
