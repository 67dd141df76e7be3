import { t } from '../i18n';

/**
 * The partner's status will live here once the two browsers are paired (design decision 5).
 * Until then it says so plainly: no placeholder person, no made-up status.
 */
export function PartnerCard({ linked }: { linked: boolean }) {
  if (linked) return null;
  return (
    <section class="card partner" aria-labelledby="partner-title">
      <h2 id="partner-title">{t('popupPartnerTitle')}</h2>
      <p>
        {t('popupPartnerNotLinked')} <span class="muted">{t('popupPartnerSoon')}</span>
      </p>
    </section>
  );
}
