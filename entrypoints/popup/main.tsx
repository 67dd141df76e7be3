import { render } from 'preact';
import { PopupApp } from '@/components/popup/popup-app';
import { request } from '@/components/popup/request';
import { takeEarlyStatus } from '@/components/popup/early-status';
import { loadMessages, t, uiLocale } from '@/components/i18n';

// No Dexie, valibot or schedule engine here: everything comes from the background by message,
// which keeps the popup small enough to open at once (see bench/popup-size.ts).
// Usually asked already by popup-early-status.js while these modules loaded; else ask before rendering.
const firstRequest = takeEarlyStatus() ?? request({ type: 'popup:status' });
// PopupApp handles a failure; this only keeps it from being reported as unhandled before it does.
firstRequest.catch(() => {});
void loadMessages().then(() => {
  document.title = t('extName');
  document.documentElement.lang = uiLocale();
  render(<PopupApp locale={uiLocale()} firstRequest={firstRequest} />, document.getElementById('app')!);
});
