import type { ReviewsDue } from '@/utils/agreement/reviews-due';
import { t } from '../i18n';
import { openOptionsAt } from './request';

/** "Review due": a focus season whose review date has come, or the agreement's review by its rhythm. */
export function ReviewDueCard({ reviews }: { reviews: ReviewsDue }) {
  const { seasons, agreement } = reviews;
  if (seasons.length === 0 && !agreement) return null;
  return (
    <section class="card review-due" aria-labelledby="review-due-title">
      <h2 id="review-due-title">{t('reviewDueTitle')}</h2>
      <ul>
        {seasons.map((season) => (
          <li key={season.id}>{t('reviewDueSeason', [season.label])}</li>
        ))}
        {agreement && <li>{t('reviewDueAgreement')}</li>}
      </ul>
      <div class="toolbar">
        {seasons.length > 0 && (
          <button type="button" onClick={() => openOptionsAt('#season-review')}>
            {seasons.length === 1 ? t('reviewDueBeginSeason', [seasons[0]!.label]) : t('reviewDueOpen')}
          </button>
        )}
        {agreement && (
          <button type="button" onClick={() => openOptionsAt('#review')}>
            {t('reviewDueBegin')}
          </button>
        )}
      </div>
    </section>
  );
}
