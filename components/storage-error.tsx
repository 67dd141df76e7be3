import { t } from './i18n';

/**
 * What every page shows when the browser will not let Hearth use IndexedDB: what happened, the
 * usual causes, what to do, and that the guard goes on. Never a "Loading…" that never ends.
 */
export function StorageError() {
  return (
    <section class="status error" role="alert" aria-labelledby="storage-error-title">
      <h2 id="storage-error-title">{t('storageUnavailableTitle')}</h2>
      <p>{t('storageUnavailableBody')}</p>
      <p>{t('storageUnavailableGuard')}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('storageReload')}
      </button>
    </section>
  );
}
