import type { PageGuard } from '@/utils/guard/page-guard';
import { formatClock } from '@/utils/format/format-clock';
import { t, uiLocale } from '../i18n';

interface Props {
  guard: PageGuard;
  graceUntil: number;
  now: number;
}

/** A call running when the zone began is let finish: a quiet note instead of the dimming, saying when it will come. */
export function GraceBanner({ guard, graceUntil, now }: Props) {
  const label = guard.labels.join(' · ') || t('guardDefaultLabel');
  return (
    <section class="panel grace" role="status" aria-label={t('graceBannerName')}>
      <p class="brand">{t('extName')}</p>
      <h2>{label}</h2>
      <p class="until">{t('graceUntil', [formatClock(graceUntil, now, guard.timeZone, uiLocale())])}</p>
    </section>
  );
}
