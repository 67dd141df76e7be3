import { useEffect, useState } from 'preact/hooks';
import { LINK_PORT, type LinkView } from '@/utils/link/link-view';

/**
 * The link as the background sees it, live: opening the port asks the background to hold the
 * relay socket while this page is open, and it pushes a new view on every change.
 */
export function useLinkView(): LinkView | null {
  const [view, setView] = useState<LinkView | null>(null);
  useEffect(() => {
    const port = browser.runtime.connect({ name: LINK_PORT });
    port.onMessage.addListener((message) => setView(message as LinkView));
    return () => port.disconnect();
  }, []);
  return view;
}
