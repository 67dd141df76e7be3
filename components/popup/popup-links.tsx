import { t } from '../i18n';
import { openOptions } from './request';

/** The agreement and the weekly report; both live on the options page for now. */
export function PopupLinks() {
  return (
    <nav class="links" aria-label={t('popupLinksName')}>
      <button type="button" class="link" onClick={openOptions}>
        {t('popupLinkAgreement')}
      </button>
      <button type="button" class="link" onClick={openOptions}>
        {t('popupLinkReport')}
      </button>
    </nav>
  );
}
