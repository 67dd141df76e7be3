import { t } from '../i18n';
import { openOptions, openReport } from './request';

/** The agreement (on the options page) and the weekly report (a page of its own). */
export function PopupLinks() {
  return (
    <nav class="links" aria-label={t('popupLinksName')}>
      <button type="button" class="link" onClick={openOptions}>
        {t('popupLinkAgreement')}
      </button>
      <button type="button" class="link" onClick={openReport}>
        {t('popupLinkReport')}
      </button>
    </nav>
  );
}
