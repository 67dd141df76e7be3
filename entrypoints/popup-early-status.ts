import type { browser as Api } from 'wxt/browser';
import type { HearthMessage } from '@/utils/messages';
import { leaveEarlyStatus, type PopupStatusReply } from '@/components/popup/early-status';

/**
 * A classic script at the top of popup.html's head: it asks for the status while the popup's module
 * chunks are still loading, so the answer is usually there by the time the app first renders and
 * the first paint is the status itself (issue #11 item 17, BENCHMARKS.md). It uses the browser's own
 * `browser` and imports no polyfill, which would cost more to load than the head start is worth.
 * Where there is no native `browser` (an older Chrome) it sends nothing and the app asks as before.
 */
export default defineUnlistedScript(() => {
  const native = (globalThis as { browser?: typeof Api }).browser;
  if (!native?.runtime?.id) return;
  leaveEarlyStatus(native.runtime.sendMessage({ type: 'popup:status' } satisfies HearthMessage) as Promise<PopupStatusReply>);
});
