import { render } from 'preact';
import { PopupApp } from '@/components/popup/popup-app';
import { t } from '@/components/i18n';

// No Dexie, valibot or schedule engine here: everything comes from the background by message,
// which keeps the popup small enough to open at once (see bench/popup-size.ts).
document.title = t('extName');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<PopupApp locale={navigator.language} />, document.getElementById('app')!);
